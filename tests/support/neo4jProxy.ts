import net from 'node:net';

export interface Neo4jProxy {
  /** A bolt:// URI that reaches the tests' Neo4j through the proxy. */
  uri: string;
  /** Closes every connection and refuses new ones, as a Neo4j that stopped would. */
  stop: () => void;
  /** Stops passing bytes either way while keeping the connections open, as a Neo4j that hung would. */
  hang: () => void;
  /**
   * Stops or hangs (as above), or drops (closes the connections open now and goes on accepting new ones, as a
   * network that broke for a moment would) the moment a client sends a message holding `marker` (a piece of a statement's text),
   * before that message reaches Neo4j: a failure in the middle of a request, at the statement chosen.
   */
  failOn: (marker: string, how: 'stop' | 'hang' | 'drop') => void;
}

/** A TCP proxy on 127.0.0.1 in front of the tests' Neo4j, to make it fail at a chosen moment of a request. */
export async function startNeo4jProxy(): Promise<Neo4jProxy> {
  const target = new URL(process.env.NEO4J_TEST_URI!.replace(/^bolt/, 'http'));
  const sockets = new Set<net.Socket>();
  let passing = true;
  let trigger: { marker: Buffer; fail: () => void } | undefined;
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
    client.on('data', (data: Buffer) => {
      if (trigger && data.includes(trigger.marker)) {
        trigger.fail();
        trigger = undefined;
      }
      if (passing) upstream.write(data);
    });
    upstream.on('data', (data) => passing && client.write(data));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const stop = () => {
    passing = false;
    proxy.close();
    for (const socket of sockets) socket.destroy();
  };
  const hang = () => (passing = false);
  const drop = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    uri: `bolt://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`,
    stop,
    hang,
    failOn: (marker, how) => (trigger = { marker: Buffer.from(marker, 'utf8'), fail: { stop, hang, drop }[how] }),
  };
}
