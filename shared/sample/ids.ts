// Fixed ids of the sample records. They never change, so "create sample data" can be run
// twice and skip what already exists, and a sample record keeps its identity when it travels
// in a package to another vault. Generated once with crypto.randomUUID() and pasted here.

export const MEETING_IDS = {
  committee20250826: '5eb97b6f-06f2-4c04-b399-bd07a331ea3f',
  review2025: '73d71756-a74a-4eb2-aa72-7886d2b56143',
} as const;

/** Directives given at the meeting of 26/8/2025. */
export const DIRECTIVE_IDS_20250826 = {
  workPlan: 'e4484524-f41f-4abd-a7f6-f86de4018e8c',
  assemblyResolution: '0410c589-a7f1-4b25-b3fc-116fb7413024',
  amendLaws: '3f296ad8-09b1-4e08-8ea1-848980bd6514',
  cybercrimeConvention: '473df85b-6173-46d0-ab9b-1323e41478ec',
  apec2027: 'bad3082b-b25c-4e98-96ee-f12b392ad18c',
  multilateralEvents: 'b70fa0f1-ab2b-4868-bd4b-d121c1b87d4f',
  reportBlockers: 'e95f1121-36ac-495d-b9e7-c3233bdcf06c',
  signedCommitments: '2c4274d0-42ca-4eaa-82bd-942102cf9cad',
  economicDiplomacy: '0958010b-c542-4b0c-babd-6a73c3393e8b',
  studyResolution59: 'f3951310-86a8-4fd3-9270-46d66e01efd1',
} as const;

/** Directives and delegates' proposals of the 2025 year-end review conference. */
export const DIRECTIVE_IDS_REVIEW_2025 = {
  concretise59In2026: 'e1768460-58d3-415f-954d-3f7d57725306',
  institutionsAndCoordination: '948ceed4-f599-46af-ba24-90bdf6fdb0f2',
  researchAndPeople: '1edd079a-590a-465f-af55-07a0089c5f18',
  businessSupport: 'ef08d3a2-cb24-4d9a-9e62-70f83fa332bf',
  pilotCoordination: '33d897c5-5d90-43b4-9856-25be905245c9',
  defenceAndCrime: '97b15466-f802-4b98-9cc9-bf8701c4faa6',
  tourismAndCulture: '410e56ec-1ead-4353-84d9-93d6b0c75d03',
} as const;

export const INDICATOR_IDS = {
  gdpGrowth: 'e7ef0ab4-2088-4337-861f-831c1baa6697',
  goodsExports: '81d73bb0-f85a-448b-a731-ad5f9479155a',
  fdiRegistered: 'edecdf5c-895d-438e-8c4e-a06373a5cfb0',
  fdiDisbursed: '9af0ae64-7b31-488b-9be1-332de8edfe98',
  upgradedRelations: '61ad3975-2f22-4a07-a861-9e2b886ae6cd',
  comprehensivePartners: '87d64757-c3d9-4084-8bd3-c839450a56b1',
  programmeTargets: '0543e128-02e6-439a-9774-fccf99bc298c',
  programmeTasks: 'becf9af5-4b43-429e-9434-3ff6c1d1a638',
  guidingDocuments: '460c5c23-0c42-4e80-969c-3d39800e17d4',
} as const;

export const OBSERVATION_IDS = {
  gdpGrowthH1: '83c3c560-503d-4fa0-af38-27173e2eb03b',
  goodsExports7m: '91692cfa-fda9-43b9-b596-59f931481949',
  fdiRegistered7m: '0dafde5a-c73a-40a4-8036-cd70b45e83b1',
  fdiDisbursed7m: 'd77dd9ce-5409-4778-87c7-b42995ed9443',
  upgradedRelations: 'e7970968-8462-4603-95de-f79a93f4efda',
  comprehensivePartners: '4bbfeb70-b9ad-4e7b-b8e3-e542ac8e330a',
  programmeTargets: 'bbb21bd8-4032-476a-a33e-00db8a4a465f',
  programmeTasks: '2c5f2736-46a3-41d8-97bf-48a250ea051c',
  guidingDocuments: '4b7531f1-5a3d-4ebc-b5dd-29fcf25b8feb',
} as const;
