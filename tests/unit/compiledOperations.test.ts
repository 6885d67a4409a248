import { buildSchema, parse } from 'graphql';
import { CompiledOperations } from '../../src/server/compiledExecution';

const schema = buildSchema(`type Query { hello: String, answer: Int }`);
const document = parse('query A { hello } query B { answer }');

describe('CompiledOperations', () => {
  it('compiles an operation the n-th time it is asked, then answers the same compiled query', () => {
    const operations = new CompiledOperations(10, 2);
    expect(operations.for(schema, document, 'a', 'A')).toBeNull();
    const compiled = operations.for(schema, document, 'a', 'A');
    expect(compiled).not.toBeNull();
    expect(operations.for(schema, document, 'a', 'A')).toBe(compiled);
    expect(operations.cached).toBe(1);
  });

  it('keeps at most its bound, forgetting the least recently used first', () => {
    const operations = new CompiledOperations(2, 1);
    const a = operations.for(schema, document, 'a', 'A');
    operations.for(schema, document, 'b', 'B');
    expect(operations.for(schema, document, 'a', 'A')).toBe(a); // a used last: b is the oldest now
    operations.for(schema, document, 'c', 'A');
    expect(operations.cached).toBe(2);
    expect(operations.for(schema, document, 'a', 'A')).toBe(a);
    expect(operations.for(schema, document, 'b', 'B')).not.toBeNull(); // compiled again: it had been dropped
    expect(operations.cached).toBe(2);
  });

  it('answers null for what graphql-jit cannot compile (graphql-js executes it)', () => {
    const operations = new CompiledOperations(10, 1);
    expect(operations.for(schema, document, 'x', 'NoSuchOperation')).toBeNull();
  });

  it('runs a compiled query', async () => {
    const operations = new CompiledOperations(10, 1);
    const compiled = operations.for(schema, document, 'a', 'A')!;
    expect(await compiled.query({ hello: 'world' }, {}, {})).toEqual({ data: { hello: 'world' } });
  });
});
