import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types from the SDL, with mappers so each resolver receives the data-layer model. */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context#GraphQLContext',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        scalars: { Date: 'string', ID: 'string' },
        mappers: {
          Organization: '../../model/models#OrganizationModel',
          Consortium: '../../model/models#ConsortiumModel',
          Membership: '../../model/models#MembershipModel',
          Source: '../../model/models#SourceModel',
          Fact: '../../model/models#FactModel',
          Program: '../../model/models#ProgramModel',
          Stage: '../../model/models#StageModel',
          Standing: '../../model/models#StandingModel',
          Person: '../../model/models#PersonModel',
          Position: '../../model/models#PositionModel',
          Model: '../../model/models#ModelModel',
          ModelDeveloper: '../../model/models#ModelDeveloperModel',
          MemberList: '../../model/models#MemberListModel',
          MultiConsortiumOrganization: '../../model/models#MultiConsortiumModel',
          CoMember: '../../model/models#CoMemberModel',
          ConsortiumOverlap: '../../model/models#ConsortiumOverlapModel',
          SearchHit: '../../model/models#SearchHitModel',
          PartOfLink: '../../model/models#LinkModel',
          RunByLink: '../../model/models#LinkModel',
          BasedOnLink: '../../model/models#LinkModel',
          StandingKnowledge: '../../model/models#StandingKnowledgeModel',
          UnresolvedStage: '../../model/models#UnresolvedStageModel',
          OrganizationConnection: '../../model/connection#OrganizationConnectionModel',
          ConsortiumConnection: '../../model/connection#ConsortiumConnectionModel',
          SourceConnection: '../../model/connection#SourceConnectionModel',
          SearchHitConnection: '../../model/connection#SearchHitConnectionModel',
          MembershipConnection: '../../model/connection#MembershipConnectionModel',
        },
      },
    },
  },
};

// graphql-codegen loads its config through a default export; this file is the one exception.
// eslint-disable-next-line no-restricted-syntax
export default config;
