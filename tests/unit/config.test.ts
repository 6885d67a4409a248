import { ConfigError, loadConfig } from '../../src/config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('has defaults that run the local Neo4j and serve on port 4000', () => {
    const config = loadConfig({});
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_DATABASE).toBe('neo4j');
    expect(config.API_TOKENS).toEqual([]);
  });

  it.each(['bolt://localhost:7687', 'neo4j://db.example:7687', 'neo4j+s://abc.databases.neo4j.io'])(
    'accepts %s',
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    },
  );

  it('reports every bad value at once, one readable line each', () => {
    const problems = problemsOf({ NEO4J_URI: 'http://localhost:7474', PORT: '99999', NEO4J_LOCAL_HEAP: 'lots' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^NEO4J_URI="http:\/\/localhost:7474": must look like bolt:\/\/host:7687/);
    expect(problems[1]).toMatch(/^PORT="99999": must be between 1 and 65535/);
    expect(problems[2]).toMatch(/^NEO4J_LOCAL_HEAP="lots": must be a size such as 512m or 2g/);
  });

  it('never prints a password or token it rejects', () => {
    const [problem] = problemsOf({ API_TOKENS: 'short-secret' });
    expect(problem).toContain('(hidden)');
    expect(problem).not.toContain('short-secret');
  });

  it('speaks the project\'s words, never zod\'s (no "expected number, received NaN", no list indices)', () => {
    const problems = problemsOf({ MAX_DEPTH: 'ten', API_TOKENS: 'short-one,short-two', NETWORK_MEASURE_QUEUE: '-1' });
    expect(problems).toEqual([
      'API_TOKENS=(hidden): each token must be at least 16 characters',
      'MAX_DEPTH="ten": must be a number',
      'NETWORK_MEASURE_QUEUE="-1": must be 0 or more',
    ]);
    expect(problems.join('\n')).not.toMatch(/expected|received|NaN|API_TOKENS\.\d/);
  });
});
