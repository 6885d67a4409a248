import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Projection } from '../db/reads/fragments';

/** What a resolver needs of `info` to look at the selection under its field. */
export interface SelectionInfo {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

/**
 * The field nodes named `name` (any name when null) directly in these selection sets, through fragments and inline
 * fragments: the one selection walker of the API. Each fragment is walked once per call, however often it is
 * spread, so the work is bounded by the document's size. A field under `@skip`/`@include` counts as selected: that
 * can only make a read project (or a network compute) more than needed, never less.
 */
export function subfields(
  selectionSets: ReadonlyArray<SelectionSetNode | undefined>,
  fragments: Record<string, FragmentDefinitionNode>,
  name: string | null,
): FieldNode[] {
  const found: FieldNode[] = [];
  const walked = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (name === null || selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || walked.has(fragment.name.value)) continue;
        walked.add(fragment.name.value);
        walk(fragment.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) walk(selectionSet);
  return found;
}

/** Follows `path` (field names) down from the resolver's field; the field nodes at its end. */
export function fieldsAt(info: SelectionInfo, path: readonly string[]): FieldNode[] {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = subfields(
      nodes.map((node) => node.selectionSet),
      info.fragments,
      name,
    );
  }
  return [...nodes];
}

/** The fields an object's id alone answers: its own, its global id and its type name. */
const ID_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'nodeId']);

/**
 * Whether the resolver's field selects nothing under it but what an id alone answers (`id`, `nodeId`,
 * `__typename`): then a node whose id a search has just read needs no read of its own.
 */
export const selectsIdOnly = (info: SelectionInfo): boolean =>
  subfields(
    info.fieldNodes.map((node) => node.selectionSet),
    info.fragments,
    null,
  ).every((field) => ID_FIELDS.has(field.name.value));

/**
 * `brief` when every field selected under `nodes` is one that the brief projection serves (`briefFields`),
 * `full` otherwise. Brief objects carry only some of a model's fields, so they are attached to their parent or
 * cached under a key that names the projection, never put where a full object is expected.
 */
export function projectionFor(
  nodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  briefFields: ReadonlySet<string>,
): Projection {
  const selected = subfields(
    nodes.map((node) => node.selectionSet),
    fragments,
    null,
  );
  return selected.every((field) => briefFields.has(field.name.value)) ? 'brief' : 'full';
}

/**
 * Consortium fields answered from a brief consortium (`id`, `name`): the scalars it carries, and the fields
 * whose resolvers need nothing but the id.
 */
export const CONSORTIUM_BRIEF_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'nodeId',
  'id',
  'name',
  'lead',
  'members',
  'membersConnection',
  'goals',
  'targetModelSizes',
  'facts',
  'memberLists',
  'standings',
  'standing',
  'models',
]);

/** Organization fields answered from a brief organisation (`id`, `name`, `kind`). */
export const ORGANIZATION_BRIEF_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'nodeId',
  'id',
  'name',
  'kind',
  'parent',
  'partOf',
  'affiliates',
  'memberships',
  'membershipsConnection',
  'consortia',
  'facts',
  'people',
]);

/** Membership fields answered from a brief membership (its ends, role, since, until). */
export const MEMBERSHIP_BRIEF_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'role',
  'since',
  'until',
  'organization',
  'consortium',
]);

/**
 * The projection of a list of memberships selected by `nodes`: `brief` when the memberships ask only for brief
 * fields and the node at their other end (`end`, e.g. `consortium`) only for fields of its brief projection.
 */
export function membershipProjection(
  nodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  end: string,
  endBriefFields: ReadonlySet<string>,
): Projection {
  if (projectionFor(nodes, fragments, MEMBERSHIP_BRIEF_FIELDS) === 'full') return 'full';
  const ends = subfields(
    nodes.map((node) => node.selectionSet),
    fragments,
    end,
  );
  return projectionFor(ends, fragments, endBriefFields);
}
