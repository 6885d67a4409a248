import net from 'node:net';

export interface Neo4jProxy {
  /** A bolt:// URI that reaches the tests' Neo4j through the proxy. */
  uri: string;
  /** Closes every connection and refuses new ones, as a Neo4j that stopped would. */
  stop: () => void;
  /** Stops passing bytes either way while keeping the connections open, as a Neo4j that hung would. */
  hang: () => void;
}

/** A TCP proxy on 127.0.0.1 in front of the tests' Neo4j, to make it fail at a chosen moment of a request. */
export async function startNeo4jProxy(): Promise<Neo4jProxy> {
  const target = new URL(process.env.NEO4J_TEST_URI!.replace(/^bolt/, 'http'));
  const sockets = new Set<net.Socket>();
  let passing = true;
  const proxy = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (data) => passing && upstream.write(data));
    upstream.on('data', (data) => passing && client.write(data));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`,
    stop: () => {
      proxy.close();
      for (const socket of sockets) socket.destroy();
    },
    hang: () => (passing = false),
  };
}
