// The family's case record: cases, the diary with versions, decisions and their timelines, documents,
// calendar feeds, the audit log, export and account deletion. Every function is scoped by the user's id:
// another family's case is indistinguishable from one that does not exist.
export { deleteAccount } from './account.js'
export { readAuditLog, recordAudit, type AuditAction, type AuditRecord } from './audit.js'
export { caseChronology, type Chronology, type ChronologyEvent, type NumberedDocument } from './chronology.js'
export { caseForCalendarFeed, createCalendarFeed, revokeCalendarFeeds } from './calendar-feeds.js'
export { createCase, deleteCase, listCases, viewCase, viewCaseRow, type Case } from './cases.js'
export { addDecision, caseTimeline, decisionRequestSchema, decisionTimeline, listDecisions, type CaseMilestone, type Decision, type DecisionRequest } from './decisions.js'
export { addDocument, cleanFileName, DOCUMENT_TYPES, downloadDocument, listDocuments, type DocumentFile, type DocumentInfo, type DocumentType } from './documents.js'
export { addEntry, entryHistory, listEntries, readDiary, updateEntry, type Entry, type EntryVersion } from './entries.js'
export { exportAccount } from './export.js'
export { caseOverview, type CaseOverview } from './overview.js'
export { LIMITS } from './limits.js'
export { dropPendingSave, findPendingSave, holdPendingSave, PENDING_SAVE_LIFETIME, sweepPendingSaves, type PendingSave } from './pending-saves.js'
export type { Deps, Problem, Result } from './model.js'
export { entryPatchSchema, entrySchema, newCaseSchema, type EntryPatch, type NewCase, type NewEntry } from './schemas.js'
