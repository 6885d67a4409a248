import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

let installed = false;

/**
 * Makes every TCP client socket this process opens with `net.connect` send at once (TCP_NODELAY), as Node's own HTTP
 * client and server already do for theirs. neo4j-driver opens its unencrypted Bolt sockets that way, with Nagle's
 * algorithm on, and has no option for it. It writes a message in chunks of 1,400 bytes, so for any statement longer
 * than one chunk (most of ours: organizationFields alone is longer) the last piece waited for Neo4j to acknowledge
 * the first, and Neo4j delays that acknowledgement (40 ms on Linux) since it has nothing to answer yet. Measured on
 * the CORDIS layout: similarOrganizations of a typical organisation took about 50 ms a statement, 2 ms of it in Neo4j;
 * with this, 8 ms. The sockets are seen through Node's `net.client.socket` diagnostics channel, as they are created.
 * TLS sockets (`neo4j+s://`) are created by `tls.connect` and are not on that channel.
 */
export function sendBoltWithoutDelay(): void {
  if (installed) return;
  installed = true;
  diagnostics.subscribe('net.client.socket', (message) => (message as { socket: Socket }).socket.setNoDelay(true));
}
