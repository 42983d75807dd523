import { InitialSchema1763850000000 } from './1763850000000-initial-schema';
import { AccountsAndLinks1763900000000 } from './1763900000000-accounts-and-links';
import { TaskLifecycle1764000000000 } from './1764000000000-task-lifecycle';
import { CascadeAndDrafts1764200000000 } from './1764200000000-cascade-and-drafts';
import { OrgDirectoryAdmin1764300000000 } from './1764300000000-org-directory-admin';
import { IssueRequests1765000000000 } from './1765000000000-issue-requests';
import { MailFailures1765000100000 } from './1765000100000-mail-failures';
import { MailLeases1765000200000 } from './1765000200000-mail-leases';
import { LoginAttempts1765000300000 } from './1765000300000-login-attempts';
import { IdempotencyRecords1765000400000 } from './1765000400000-idempotency-records';
import { TaskLists1765100000000 } from './1765100000000-task-lists';
import { ReportsTargetsLetters1765200000000 } from './1765200000000-reports-targets-letters';
import { ReportMonthSummary1765200100000 } from './1765200100000-report-month-summary';
import { PlanTrees1765300000000 } from './1765300000000-plan-trees';
import { OperationsGauges1765400700000 } from './1765400700000-operations-gauges';
import { StagedMail1765500000000 } from './1765500000000-staged-mail';

/** In order; a merged migration is never rewritten, only followed by a new one. */
export const MIGRATIONS = [
  InitialSchema1763850000000,
  AccountsAndLinks1763900000000,
  TaskLifecycle1764000000000,
  CascadeAndDrafts1764200000000,
  OrgDirectoryAdmin1764300000000,
  IssueRequests1765000000000,
  MailFailures1765000100000,
  MailLeases1765000200000,
  LoginAttempts1765000300000,
  IdempotencyRecords1765000400000,
  TaskLists1765100000000,
  ReportsTargetsLetters1765200000000,
  ReportMonthSummary1765200100000,
  PlanTrees1765300000000,
  OperationsGauges1765400700000,
  StagedMail1765500000000,
];
