import net from 'node:net';

/**
 * What to do when HOST:PORT cannot be listened on, in one line naming the setting; undefined for an error that is
 * not about the address (left to the caller as it is).
 */
export function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string | undefined {
  switch (error.code) {
    case 'EADDRINUSE':
      return `PORT=${port}: the port is already in use; stop what uses it or set PORT`;
    case 'EACCES':
      return `PORT=${port}: this user may not listen on it (ports below 1024 need privileges); set PORT above 1023`;
    case 'EADDRNOTAVAIL':
      return `HOST=${host}: no network interface of this machine has that address; set HOST (127.0.0.1 or 0.0.0.0)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST=${host}: the name does not resolve to an address; set HOST (127.0.0.1 or 0.0.0.0)`;
    default:
      return undefined;
  }
}

/**
 * Listens on HOST:PORT for a moment and lets go, so a taken port or a wrong HOST is reported before anything
 * slow (Maven, Neo4j) starts. Resolves with the problem in one line, or undefined when the address is free. The
 * server still handles EADDRINUSE when it listens for real: another program may take the port in between.
 */
export function checkListenAddress(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const problem = listenProblem(error, host, port);
      if (problem === undefined) reject(error);
      else resolve(problem);
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}
