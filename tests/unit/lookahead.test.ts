import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { fieldsAt, projectionFor, subfields, CONSORTIUM_BRIEF_FIELDS } from '../../src/graphql/lookahead';
import { selectedMeasures } from '../../src/graphql/resolvers/networkResolvers';

/** The root field of `query` as a resolver's `info` shows it, with the document's fragments. */
function infoOf(query: string): { fieldNodes: FieldNode[]; fragments: Record<string, FragmentDefinitionNode> } {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const names = (fields: FieldNode[]) => fields.map((field) => field.name.value).sort();

describe('the selection walker (src/graphql/lookahead.ts)', () => {
  it('finds fields through fragments and inline fragments, whatever the alias', () => {
    const info = infoOf(`{ consortium(id: "x") { id ...Named ... on Consortium { first: members { id } } } }
      fragment Named on Consortium { name ...Lead }
      fragment Lead on Consortium { lead { id } }`);
    const selected = subfields(
      info.fieldNodes.map((node) => node.selectionSet),
      info.fragments,
      null,
    );
    expect(names(selected)).toEqual(['id', 'lead', 'members', 'name']);
    expect(names(fieldsAt(info, ['members']))).toEqual(['members']);
  });

  it('walks each fragment once however often it is spread (a document of 2^20 paths is read in linear time)', () => {
    const levels = 20;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1
        ? `fragment F${level} on Consortium { id }`
        : `fragment F${level} on Consortium { ...F${level + 1} ...F${level + 1} name }`,
    );
    const info = infoOf(`{ consortium(id: "x") { ...F0 } } ${fragments.join('\n')}`);
    const started = performance.now();
    const selected = subfields(
      info.fieldNodes.map((node) => node.selectionSet),
      info.fragments,
      null,
    );
    expect(performance.now() - started).toBeLessThan(200);
    expect(selected).toHaveLength(levels);
  });

  it('projects brief only when every selected field is brief', () => {
    const brief = infoOf('{ consortium(id: "x") { id name members { id } } }');
    const full = infoOf('{ consortium(id: "x") { id slogan } }');
    expect(projectionFor(brief.fieldNodes, brief.fragments, CONSORTIUM_BRIEF_FIELDS)).toBe('brief');
    expect(projectionFor(full.fieldNodes, full.fragments, CONSORTIUM_BRIEF_FIELDS)).toBe('full');
  });

  it('names the network measures selected under nodes, through fragments, and no others', () => {
    const info = infoOf(`{ network { edges { weight } nodes { id ...M } } }
      fragment M on NetworkNode { b: betweenness degree }`);
    expect(selectedMeasures(info)).toEqual(['degree', 'betweenness']);
    expect(selectedMeasures(infoOf('{ network { nodes { id } edges { weight } } }'))).toEqual([]);
  });
});
