import type { Resolvers } from '../generated/resolvers';
import { Consortium, Fact, MemberList, Model, ModelDeveloper, Program, Stage, Standing } from './consortiumResolvers';
import { Mutation } from './mutationResolvers';
import { TimelineMutation } from './timelineMutations';
import { network } from './networkResolvers';
import { Membership, Organization, Person, Position } from './organizationResolvers';
import { BasedOnLink, PartOfLink, RunByLink } from './provenanceResolvers';
import { StandingKnowledge, UnresolvedStage } from './timelineResolvers';
import {
  CoMember,
  ConsortiumOverlap,
  MultiConsortiumOrganization,
  OrganizationConnection,
  Query,
} from './queryResolvers';
import { DateScalar } from './scalars';
import {
  connectionQueries,
  consortiumConnections,
  ConsortiumConnection,
  MembershipConnection,
  organizationConnections,
  SearchHitConnection,
  SourceConnection,
} from './connectionResolvers';
import { Node, nodeIdOf, nodeQueries } from './nodeResolvers';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, ...connectionQueries, ...nodeQueries, network },
  Mutation: { ...Mutation, ...TimelineMutation },
  Node,
  Organization: { ...Organization, ...organizationConnections, ...nodeIdOf('Organization') },
  Membership,
  Person: { ...Person, ...nodeIdOf('Person') },
  Position,
  Consortium: { ...Consortium, ...consortiumConnections, ...nodeIdOf('Consortium') },
  MemberList,
  Fact: { ...Fact, ...nodeIdOf('Fact') },
  Program: { ...Program, ...nodeIdOf('Program') },
  Stage: { ...Stage, ...nodeIdOf('Stage') },
  Source: nodeIdOf('Source'),
  Standing,
  Model: { ...Model, ...nodeIdOf('Model') },
  ModelDeveloper,
  OrganizationConnection,
  ConsortiumConnection,
  SourceConnection,
  SearchHitConnection,
  MembershipConnection,
  MultiConsortiumOrganization,
  CoMember,
  ConsortiumOverlap,
  PartOfLink,
  RunByLink,
  BasedOnLink,
  StandingKnowledge,
  UnresolvedStage,
};
