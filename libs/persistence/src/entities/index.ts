import { AppUserEntity } from './app-user.entity';
import { AuditEventEntity, auditEvent } from './audit-event.entity';
import { EmailLinkEntity } from './email-link.entity';
import { UserSessionEntity } from './user-session.entity';
import { DirectiveEntity } from './directive.entity';
import { NotificationEntity } from './notification.entity';
import { OrgGroupEntity } from './org-group.entity';
import { OrgUnitEntity } from './org-unit.entity';
import { TaskEntity } from './task.entity';
import { AttachmentEntity } from './attachment.entity';
import { TaskReportEntity } from './task-report.entity';
import { CalendarOverrideEntity } from './calendar-override.entity';
import { TaskSeriesEntity } from './task-series.entity';
import { TaskTargetEntity } from './task-target.entity';
import { TaskFiguresEntity } from './task-figures.entity';
import { TaskExplanationEntity } from './task-explanation.entity';
import { ReminderLetterEntity, ReminderLetterTaskEntity } from './reminder-letter.entity';
import { DigestPreferenceEntity } from './digest-preference.entity';

export { AppUserEntity, EmailLinkEntity, UserSessionEntity };
export { AttachmentEntity, CalendarOverrideEntity, TaskReportEntity, TaskSeriesEntity };
export type { TaskReportKind } from './task-report.entity';
export type { CalendarOverrideKind } from './calendar-override.entity';
export type { TaskSeriesStatus, TaskTemplate } from './task-series.entity';
export { TaskTargetEntity, TaskFiguresEntity, TaskExplanationEntity, DigestPreferenceEntity };
export { ReminderLetterEntity, ReminderLetterTaskEntity };
export type { LetterSigner } from './reminder-letter.entity';
export type { EmailLinkAction } from './email-link.entity';
export {
  auditEvent,
  AuditEventEntity,
  DirectiveEntity,
  NotificationEntity,
  OrgGroupEntity,
  OrgUnitEntity,
  TaskEntity,
};
export type {
  DirectiveDraft,
  DirectiveStatus,
  DraftTask,
  DraftTier,
  Signer,
} from './directive.entity';
export type { NewAuditEvent } from './audit-event.entity';
export type { TaskPriority } from './task.entity';

export const ENTITIES = [
  OrgUnitEntity,
  OrgGroupEntity,
  DirectiveEntity,
  TaskEntity,
  AuditEventEntity,
  NotificationEntity,
  AppUserEntity,
  UserSessionEntity,
  EmailLinkEntity,
  AttachmentEntity,
  TaskReportEntity,
  CalendarOverrideEntity,
  TaskSeriesEntity,
  TaskTargetEntity,
  TaskFiguresEntity,
  TaskExplanationEntity,
  ReminderLetterEntity,
  ReminderLetterTaskEntity,
  DigestPreferenceEntity,
];
