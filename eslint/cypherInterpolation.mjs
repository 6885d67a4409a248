/**
 * Cypher takes values only as parameters. This rule looks at the statement given to a call of
 * run/read/write/executeQuery/runCountingUpdates/stream and, when it is a name, at what the name holds: a constant
 * (`const q = \`…${id}…\`; db.read(q)`), a constant object or array of statements (`STATEMENTS[label]`), either
 * branch of a `?:`, and strings joined with `+`, following names to where they are declared. A statement may
 * interpolate only constant Cypher: SCREAMING_CASE constants, and the fragment functions of src/db/reads/fragments.ts
 * (or SCREAMING_CASE ones) called with literal variable names. Anything else in the text is reported.
 */

const STATEMENT_RUNNERS = /^(run|read|write|executeQuery|runCountingUpdates|stream)$/;
const FRAGMENT_FUNCTIONS = new Set([
  'organizationFields',
  'consortiumFields',
  'consortiumBrief',
  'organizationBrief',
  'membershipBrief',
  'membershipFields',
  'membershipHeld',
  'membershipCites',
  'organizationInFilter',
  'standingOnDay',
  'consortiumActive',
  'topLevelParent',
  'aliasTextOf',
  'provenanceFields',
  'linkFields',
]);
const SCREAMING_CASE = /^[A-Z][A-Z0-9_]*$/;
/** What a `write` that sends Cypher is called on. */
const STATEMENT_RECEIVER = /(db|database|tx|transaction|session|driver)$/i;
/** How many names deep a statement is followed (a constant built from constants built from constants…). */
const MAX_FOLLOWED = 8;

const MESSAGE = 'Build Cypher from constants and pass values as parameters, never by interpolation.';

/** The variable `identifier` names, looked up from the scope it is used in. */
function variableOf(sourceCode, identifier) {
  for (let scope = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

/** What a variable is given: its declaration's initialiser and every later assignment. */
function valuesOf(variable) {
  const values = [];
  for (const definition of variable.defs) {
    if (definition.type === 'Variable' && definition.node.init) values.push(definition.node.init);
  }
  for (const reference of variable.references) {
    if (reference.isWrite() && reference.writeExpr && !values.includes(reference.writeExpr)) {
      values.push(reference.writeExpr);
    }
  }
  return values;
}

const isLiteralText = (node) =>
  (node.type === 'Literal' && typeof node.value === 'string') ||
  (node.type === 'TemplateLiteral' && node.expressions.length === 0);

/** A fragment of constant Cypher: a SCREAMING_CASE name (or member of one), or a fragment function called with literal names. */
function isConstantFragment(node) {
  if (node.type === 'Identifier') return SCREAMING_CASE.test(node.name);
  if (node.type === 'MemberExpression') {
    return !node.computed && node.object.type === 'Identifier' && SCREAMING_CASE.test(node.object.name);
  }
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return false;
  const name = node.callee.name;
  return (FRAGMENT_FUNCTIONS.has(name) || SCREAMING_CASE.test(name)) && node.arguments.every(isLiteralText);
}

/**
 * Whether `call` runs Cypher. `write` is also every stream's method (process.stderr.write(`…${x}…`) is no
 * statement), so for it the receiver must be a database, transaction, session or driver (`db.write`,
 * `this.db.write`, `this.write` in a repository); the other names are checked on any receiver.
 */
function runsCypher(call) {
  if (call.callee.property.name !== 'write') return true;
  const receiver = call.callee.object;
  if (receiver.type === 'ThisExpression') return true;
  const name =
    receiver.type === 'Identifier'
      ? receiver.name
      : receiver.type === 'MemberExpression' && receiver.property.type === 'Identifier'
        ? receiver.property.name
        : receiver.type === 'CallExpression' && receiver.callee.type === 'Identifier'
          ? receiver.callee.name
          : '';
  return STATEMENT_RECEIVER.test(name);
}

/** The statement of a call: `run(tx, cypher, params)` and `runCountingUpdates(tx, …)` take it second. */
function statementArgument(call) {
  const [first, second] = call.arguments;
  const name = call.callee.property.name;
  const takesTx = (name === 'run' || name === 'runCountingUpdates') && second !== undefined;
  const firstIsTx = first?.type === 'Identifier' && /tx$/i.test(first.name);
  return takesTx && (call.arguments.length >= 3 || firstIsTx) ? second : first;
}

export const cypherInterpolationRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Cypher text is built from constants only; values travel as parameters.' },
    schema: [],
    messages: { interpolated: MESSAGE },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    /** Reports what in `node` (a statement, or what a name holds) puts a non-constant into the text. */
    function check(node, depth, seen) {
      if (!node || depth > MAX_FOLLOWED || seen.has(node)) return;
      seen.add(node);
      switch (node.type) {
        case 'TemplateLiteral':
          for (const expression of node.expressions) checkPart(expression, depth, seen);
          return;
        case 'BinaryExpression':
          if (node.operator === '+') for (const side of [node.left, node.right]) checkPart(side, depth, seen);
          return;
        case 'ConditionalExpression':
          check(node.consequent, depth, seen);
          check(node.alternate, depth, seen);
          return;
        case 'Identifier':
          follow(node, depth, seen);
          return;
        case 'MemberExpression':
          // STATEMENTS[label], OVERLAPS.all: every statement the object holds.
          check(node.object, depth, seen);
          return;
        case 'ObjectExpression':
          for (const property of node.properties) if (property.type === 'Property') check(property.value, depth, seen);
          return;
        case 'ArrayExpression':
          for (const element of node.elements) check(element, depth, seen);
          return;
        case 'TSAsExpression':
        case 'TSSatisfiesExpression':
          check(node.expression, depth, seen);
          return;
        default:
          // A call (a statement builder), a parameter of the enclosing function: not followed.
          return;
      }
    }

    /** A part of a statement's text (an interpolation, a side of `+`): constant Cypher, or reported. */
    function checkPart(part, depth, seen) {
      if (isLiteralText(part)) return;
      if (part.type === 'TemplateLiteral' || (part.type === 'BinaryExpression' && part.operator === '+')) {
        check(part, depth, seen);
      } else if (!isConstantFragment(part)) {
        context.report({ node: part, messageId: 'interpolated' });
      } else if (part.type === 'Identifier') {
        follow(part, depth, seen);
      } else if (part.type === 'MemberExpression') {
        follow(part.object, depth, seen);
      }
    }

    function follow(identifier, depth, seen) {
      const variable = variableOf(sourceCode, identifier);
      if (!variable) return;
      for (const value of valuesOf(variable)) check(value, depth + 1, seen);
    }

    return {
      CallExpression(node) {
        if (node.callee.type !== 'MemberExpression' || node.callee.property.type !== 'Identifier') return;
        if (!STATEMENT_RUNNERS.test(node.callee.property.name) || !runsCypher(node)) return;
        check(statementArgument(node), 0, new Set());
      },
    };
  },
};
