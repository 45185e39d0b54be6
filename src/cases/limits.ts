// Input limits for the case record. Generous for a family's real use; small enough that no one account can
// fill the database or slow every page.
export const LIMITS = {
  casesPerAccount: 20,
  childName: 100,
  school: 200,
  entriesPerCase: 2_000,
  summary: 10_000,
  people: 1_000,
  promisedWhat: 2_000,
  decisionsPerCase: 50,
  documentsPerCase: 200,
  documentBytes: 10 * 1024 * 1024,
  documentName: 200,
} as const
