import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { announceReady, benchServerEnv } from './serverEnv';

/**
 * @neo4j/graphql over the same graph: Organization, Consortium and MEMBER_OF with its properties, as a team would
 * write them for that library. It generates the Cypher; counts, co-members, overlaps and networks are not
 * expressible and are marked n/a by the benchmark.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Organization
    @node
    @fulltext(indexes: [{ indexName: "organization_names", queryName: "organizationsByName", fields: ["name"] }]) {
    id: ID!
    name: String!
    kind: String!
    country: String
    consortiumCount: Int
    consortia: [Consortium!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "MemberOf")
    parent: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    affiliates: [Organization!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Consortium @node {
    id: ID!
    name: String!
    memberCount: Int
    members: [Organization!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "MemberOf")
  }

  type MemberOf @relationshipProperties {
    role: String!
    category: String
    since: Date
    until: Date
  }
`;

async function main(): Promise<void> {
  const { uri, port } = benchServerEnv();
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 50 });
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  announceReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
}

void main();
