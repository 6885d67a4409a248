/** The operations the playground opens with, the multi-consortium question first. */
export const EXAMPLE_OPERATIONS: Array<{ name: string; query: string; variables?: string }> = [
  {
    name: 'Organisations in several consortia',
    query: `# Which organisations belong to two or more consortia?
query MultiConsortium {
  organizationsInMultipleConsortia(minConsortia: 2) {
    organization { id name nameKo nameJa kind }
    consortiumCount
    consortia { id name }
  }
}
`,
  },
  {
    name: 'Rolled up to parent institutions, on a day, active teams only',
    query: `query MultiConsortiumOnDay($asOf: Date) {
  organizationsInMultipleConsortia(minConsortia: 2, includeAffiliates: true, asOf: $asOf, activeOnly: true) {
    organization { id name }
    consortiumCount
    consortia { id name }
    countedAffiliates { id name }
  }
}
`,
    variables: '{ "asOf": "2026-03-01" }',
  },
  {
    name: "The program's consortia with their lead and members",
    query: `query Consortia {
  consortia(programId: "korea-sovereign-ai") {
    id name memberCount strategy slogan
    lead { name }
    standing { status date reason }
    members { role category organization { name kind } sources { publisher url } }
  }
}
`,
  },
  {
    name: 'The program timeline',
    query: `query Program {
  programs {
    name
    runBy { name }
    stages { order name status date period description standings { status consortium { name } reason } }
  }
}
`,
  },
  {
    name: 'Search in any language',
    query: `query Search {
  search(text: "한국과학기술원") { score organization { id name nameJa } }
}
`,
  },
];
