import { badUserInput } from './userInput';

/** The types with a global id (the implementations of the Node interface), by GraphQL type name. */
export const NODE_TYPES = [
  'Organization',
  'Consortium',
  'Program',
  'Stage',
  'Source',
  'Person',
  'Model',
  'Fact',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const isNodeType = (name: string): name is NodeType => (NODE_TYPES as readonly string[]).includes(name);

/**
 * A global id (PostGraphile's classic convention): base64 of `Type:id`, so `kaist` the organisation and `kaist`
 * a team get different ones. Clients treat it as opaque; the readable slug stays in `id`.
 */
export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/** The type and id a global id of `toGlobalId` names; BAD_USER_INPUT for a string this API never gave. */
export function fromGlobalId(nodeId: string): { type: NodeType; id: string } {
  const text = Buffer.from(nodeId, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  const type = text.slice(0, colon);
  // Decoding is lenient (it skips what is not base64): only an id that encodes back to itself is one of ours.
  if (colon > 0 && isNodeType(type) && toGlobalId(type, text.slice(colon + 1)) === nodeId) {
    return { type, id: text.slice(colon + 1) };
  }
  throw badUserInput(
    `${JSON.stringify(nodeId.slice(0, 100))} is not a nodeId of this API; pass the nodeId field of an object`,
  );
}
