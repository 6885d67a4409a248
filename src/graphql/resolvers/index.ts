import type { Resolvers } from '../generated/resolvers';
import { Consortium, Fact, MemberList, Model, ModelDeveloper, Program, Stage, Standing } from './consortiumResolvers';
import { Mutation } from './mutationResolvers';
import { network } from './networkResolvers';
import {
  SharedConsortium,
  SimilarOrganization,
  SimilarOrganizationsPage,
  similarOrganizations,
} from './similarityResolvers';
import { Changes, StandingChange, changes } from './changeResolvers';
import { ConnectionHop, ConnectionPath, Connections, PartOfLink, connections } from './connectionResolvers';
import { Membership, Organization, Person, Position } from './organizationResolvers';
import {
  CoMember,
  ConsortiumOverlap,
  MultiConsortiumOrganization,
  OrganizationConnection,
  Query,
} from './queryResolvers';
import { DateScalar } from './scalars';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, network, connections, similarOrganizations, changes },
  Mutation,
  Organization,
  Membership,
  Person,
  Position,
  Consortium,
  MemberList,
  Fact,
  Program,
  Stage,
  Standing,
  Model,
  ModelDeveloper,
  OrganizationConnection,
  MultiConsortiumOrganization,
  CoMember,
  ConsortiumOverlap,
  Connections,
  ConnectionPath,
  ConnectionHop,
  PartOfLink,
  SimilarOrganizationsPage,
  SimilarOrganization,
  SharedConsortium,
  Changes,
  StandingChange,
};
