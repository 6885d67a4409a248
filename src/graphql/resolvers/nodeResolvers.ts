import type { NodeResolvers, QueryResolvers } from '../generated/resolvers';
import type { GraphQLContext } from '../context';
import { fromGlobalId, toGlobalId, type NodeType } from '../globalId';
import { badUserInput, MAX_PAGE_SIZE } from '../userInput';

type Loaders = GraphQLContext['loaders'];

/** How each type's objects are read by id: the loaders every other field uses, so node() batches with them. */
const READ_BY_ID: Record<NodeType, (loaders: Loaders, id: string) => Promise<object | undefined>> = {
  Organization: (loaders, id) => loaders.organization.load(id),
  Consortium: (loaders, id) => loaders.consortium.load(id),
  Program: (loaders, id) => loaders.program.load(id),
  Stage: (loaders, id) => loaders.stage.load(id),
  Source: (loaders, id) => loaders.source.load(id),
  Person: (loaders, id) => loaders.person.load(id),
  Model: (loaders, id) => loaders.model.load(id),
  Fact: (loaders, id) => loaders.fact.load(id),
};

/** The object a global id names, tagged with its type for Node's type resolution; null if there is none. */
async function loadNode(loaders: Loaders, nodeId: string) {
  const { type, id } = fromGlobalId(nodeId);
  const found = await READ_BY_ID[type](loaders, id);
  // The models carry no type; the tag tells graphql-js which implementation of Node this is.
  return found ? ({ ...found, __typename: type } as never) : null;
}

export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: (_root, { nodeId }, { loaders }) => loadNode(loaders, nodeId),
  nodes: (_root, { nodeIds }, { loaders }) => {
    if (nodeIds.length > MAX_PAGE_SIZE) {
      throw badUserInput(`nodeIds must hold at most ${MAX_PAGE_SIZE} ids, got ${nodeIds.length}`);
    }
    return Promise.all(nodeIds.map((nodeId) => loadNode(loaders, nodeId)));
  },
};

export const Node: NodeResolvers = {
  __resolveType: (node) => (node as unknown as { __typename: NodeType }).__typename,
};

/** The `nodeId` field of a type with a global id. */
export const nodeIdOf = (type: NodeType) => ({
  nodeId: (object: { id: string }) => toGlobalId(type, object.id),
});
