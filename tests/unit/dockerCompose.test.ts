import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));

describe('docker-compose.yml', () => {
  it('runs a pinned Neo4j 5.26 community image with auth from the environment, a named volume and a healthcheck', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toMatch(/^neo4j:5\.26\.\d+-community$/);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD/);
    expect(neo4j.ports).toContain('127.0.0.1:7687:7687');
    expect(neo4j.healthcheck.test.join(' ')).toContain('RETURN 1');
    const [volume] = neo4j.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('builds the API from the Dockerfile, waiting for a healthy Neo4j and pointing at it', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(fs.existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, ''));
    expect(api.ports).toContain('127.0.0.1:4000:4000');
    expect(api.healthcheck.test.join(' ')).toContain('/health/ready');
  });

  it('has a Dockerfile that copies everything the API reads at run time', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    for (const folder of ['schema', 'seeds', 'src']) expect(dockerfile).toContain(`COPY ${folder} ./${folder}`);
  });

  it('runs the compiled code (no tsx at run time) as a non-root user', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const runStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runStage).toContain('COPY --from=build /app/dist ./dist');
    expect(runStage).toMatch(/\nUSER node\n/);
    expect(runStage).toMatch(/\nCMD \["node", "dist\/main\.js"\]\n?$/);
    expect(runStage).not.toContain('tsx');
  });
});
