export { sweepExpired, type Swept } from './housekeeping.js'
export { familyDeadlines, REMINDER_OFFSETS, reminderDue, sendDueReminders, type ReminderJob } from './reminders.js'
export { noJobs, scheduledJobs, type JobLog, type Jobs, type JobSettings } from './scheduler.js'
