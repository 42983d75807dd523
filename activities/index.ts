import { createTaskActivities } from './task.activities';

export { createTaskActivities, messageIdFor } from './task.activities';
export { createDigestActivities } from './digest.activities';
export type { DigestActivities, DigestDeps } from './digest.activities';
export type { ActivityDeps } from './task.activities';
export { TaskRecordStore } from './stores/task-record.store';
export { OutboxStore } from './stores/outbox.store';
export { LinkStore } from './stores/link.store';
export { CalendarStore } from './stores/calendar.store';
export { SeriesStore } from './stores/series.store';
export { SmtpMailer } from './mail/smtp-mailer';
export type { Mailer, OutgoingMail } from './mail/mailer';
export { MailRefusedError } from './mail/mailer';
export type { OutboxEntry, StagedMail } from './stores/outbox.store';

/** The activity surface as workflows see it (types only). */
export type Activities = ReturnType<typeof createTaskActivities>;
