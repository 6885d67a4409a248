import type {
  ConsortiumResolvers,
  FactResolvers,
  MemberListResolvers,
  ModelDeveloperResolvers,
  ModelResolvers,
  ProgramResolvers,
  StageResolvers,
  StandingResolvers,
} from '../generated/resolvers';
import { membershipProjection, ORGANIZATION_BRIEF_FIELDS, projectionFor } from '../lookahead';
import { loadExisting } from './loadAll';
import { attested } from './provenanceResolvers';
import { programStandingKnowledge } from './timelineResolvers';

export const Consortium: ConsortiumResolvers = {
  program: async (consortium, _args, { loaders }) =>
    consortium.programId ? ((await loaders.program.load(consortium.programId)) ?? null) : null,
  lead: async (consortium, _args, { loaders }, info) => {
    const members = await loaders.membersOfConsortium.load({
      id: consortium.id,
      asOf: null,
      projection: projectionFor(info.fieldNodes, info.fragments, ORGANIZATION_BRIEF_FIELDS),
    });
    return members.find((member) => member.role === 'LEAD')?.organization ?? null;
  },
  // Each member carries its organisation; both are read with as many fields as the selection needs.
  members: async (consortium, { kind, role, asOf }, { loaders }, info) => {
    const members = await loaders.membersOfConsortium.load({
      id: consortium.id,
      asOf: asOf ?? null,
      projection: membershipProjection(info.fieldNodes, info.fragments, 'organization', ORGANIZATION_BRIEF_FIELDS),
    });
    return members.filter((member) => (!kind || member.kind === kind) && (!role || member.role === role));
  },
  sloganSources: (consortium, _args, { loaders }) => loadExisting(loaders.source, consortium.sloganSources),
  strategySources: (consortium, _args, { loaders }) => loadExisting(loaders.source, consortium.strategySources),
  goals: async (consortium, _args, { loaders }) =>
    (await loaders.factsOfConsortium.load(consortium.id)).filter((fact) => fact.kind === 'GOAL'),
  targetModelSizes: async (consortium, _args, { loaders }) =>
    (await loaders.factsOfConsortium.load(consortium.id)).filter((fact) => fact.kind === 'MODEL_SIZE'),
  facts: (consortium, _args, { loaders }) => loaders.factsOfConsortium.load(consortium.id),
  memberLists: (consortium, _args, { loaders }) => loaders.memberLists.load(consortium.id),
  officialMemberCount: async (consortium, _args, { loaders }) =>
    (await loaders.officialMemberCount.load(consortium.id)) ?? null,
  standings: (consortium, _args, { loaders }) => loaders.standings.load(consortium.id),
  standing: async (consortium, { asOf }, { loaders }) =>
    (await loaders.standingOnDay.load({ id: consortium.id, asOf: asOf ?? null })) ?? null,
  models: (consortium, _args, { loaders }) => loaders.modelsOfConsortium.load(consortium.id),
};

export const MemberList: MemberListResolvers = {
  source: async (list, _args, { loaders }) => (await loaders.source.load(list.sourceId))!,
};

export const Fact: FactResolvers = {
  sources: (fact, _args, { loaders }) => loadExisting(loaders.source, fact.sources),
};

export const Program: ProgramResolvers = {
  runBy: async (program, _args, { loaders }) =>
    program.runById ? ((await loaders.organization.load(program.runById)) ?? null) : null,
  runByLink: async (program, _args, { loaders }) => (await loaders.runByLink.load(program.id)) ?? null,
  stages: (program, _args, { loaders }) => loaders.stages.load(program.id),
  teams: (program, { asOf, activeOnly }, { loaders }) =>
    loaders.teamsOfProgram.load({ id: program.id, asOf: asOf ?? null, activeOnly: activeOnly ?? false }),
  standingKnowledge: (program, { asOf }, { loaders }) => programStandingKnowledge(loaders, program.id, asOf ?? null),
  facts: (program, _args, { loaders }) => loaders.factsOfProgram.load(program.id),
  sources: (program, _args, { loaders }) => loadExisting(loaders.source, program.sources),
};

export const Stage: StageResolvers = {
  standings: (stage, _args, { loaders }) => loaders.standingsAtStage.load(stage.id),
  sources: (stage, _args, { loaders }) => loadExisting(loaders.source, stage.sources),
};

export const Standing: StandingResolvers = {
  consortium: async (standing, _args, { loaders }) => (await loaders.consortium.load(standing.consortiumId))!,
  stage: async (standing, _args, { loaders }) => (await loaders.stage.load(standing.stageId))!,
  ...attested,
};

export const Model: ModelResolvers = {
  developers: (model, _args, { loaders }) => loaders.developers.load(model.id),
  basedOn: async (model, _args, { loaders }) =>
    loadExisting(
      loaders.model,
      (await loaders.basedOnLinks.load(model.id)).map((link) => link.toId),
    ),
  bases: (model, _args, { loaders }) => loaders.basedOnLinks.load(model.id),
  sources: (model, _args, { loaders }) => loadExisting(loaders.source, model.sources),
  facts: (model, _args, { loaders }) => loaders.factsOfModel.load(model.id),
};

export const ModelDeveloper: ModelDeveloperResolvers = {
  organization: async (developer, _args, { loaders }) =>
    developer.orgId ? ((await loaders.organization.load(developer.orgId)) ?? null) : null,
  consortium: async (developer, _args, { loaders }) =>
    developer.consortiumId ? ((await loaders.consortium.load(developer.consortiumId)) ?? null) : null,
  ...attested,
};
