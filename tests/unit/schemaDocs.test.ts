import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../src/graphql/schema';

/**
 * The schema documents itself: every type, field, argument, enum value and input field of schema/*.graphql carries
 * a description, so the playground's docs and every generated client explain each element.
 */

/** The elements of a built schema without a description, as `Type`, `Type.field`, `Type.field(argument)`. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const needs = (name: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(name);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    needs(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        needs(`${type.name}.${field.name}`, field.description);
        for (const argument of field.args) needs(`${type.name}.${field.name}(${argument.name})`, argument.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) needs(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) needs(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

describe('schema documentation', () => {
  const schema = buildSchema(loadTypeDefs());

  it('describes every type, field, argument, enum value and input field', () => {
    expect(undocumented(schema)).toEqual([]);
  });

  it('would notice a missing description', () => {
    const bare = buildSchema('"Root." type Query { "A." a(x: Int): Int b: Int } enum E { "One." ONE TWO }');
    expect(undocumented(bare)).toEqual(['Query.a(x)', 'Query.b', 'E', 'E.TWO']);
  });
});

describe('schema evolution', () => {
  const schema = buildSchema(loadTypeDefs());

  it('takes enums in inputs where the output is an enum, keeping the text field deprecated', () => {
    const input = schema.getType('UpsertOrganizationInput');
    if (!isInputObjectType(input)) throw new Error('UpsertOrganizationInput is not an input type');
    expect(String(input.getFields().organizationKind!.type)).toBe('OrganizationKind');
    expect(input.getFields().kind!.deprecationReason).toContain('organizationKind');
    const role = (schema.getType('AddMembershipInput') as typeof input).getFields().role!;
    expect(String(role.type)).toBe('MembershipRole!');
  });
});
