// The only public surface of the rules engine. Everything here is pure: no clock, no I/O.
export { isSourceId, refInWords, SOURCE_IDS, SOURCES, type Citation, type Grade, type SourceId } from './citations.js'
export { bankHolidays, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, BANK_HOLIDAY_CITATIONS, type BankHolidayYear } from './calendar/bank-holidays.js'
export { WORKING_DAY_CITATIONS } from './calendar/working-days.js'
export {
  APPEAL_ABOUT,
  DECISION_IDS,
  DECISIONS,
  isAppealable,
  isDecisionId,
  isMediationAdviceRequired,
  type AppealAbout,
  type Decision,
  type DecisionId,
} from './decisions/decisions.js'
export { ROUTE_IDS, ROUTES, routesFor, type Route, type RouteId, type RoutePlan, type RoutePlanOptions } from './routes/routes.js'
export {
  computeTimeline,
  TimelineFactsError,
  type Milestone,
  type MilestoneStatus,
  type PendingCertificate,
  type ProvisionalReason,
  type Timeline,
  type TimelineFacts,
  type TribunalOrder,
  type TribunalStage,
} from './timelines/timeline.js'
export { TRIBUNAL_ORDERS } from './timelines/milestones-tribunal.js'
export { SchoolCalendar, type TermRange } from './calendar/school-days.js'
export { checkFacts, type Problem } from './timelines/facts.js'
export * from './plain-dates.js'
export * from './iso-dates.js'
export {
  citationInWords,
  DUTIES,
  periodEnds,
  periodInWords,
  periodOf,
  type Duty,
  type DutyId,
  type Period,
  type PeriodUnit,
} from './duties.js'
