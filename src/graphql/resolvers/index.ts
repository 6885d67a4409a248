import type { Resolvers } from '../generated/resolvers';
import { Consortium, Fact, MemberList, Model, ModelDeveloper, Program, Stage, Standing } from './consortiumResolvers';
import { Mutation } from './mutationResolvers';
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

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, network },
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
  PartOfLink,
  RunByLink,
  BasedOnLink,
  StandingKnowledge,
  UnresolvedStage,
};
