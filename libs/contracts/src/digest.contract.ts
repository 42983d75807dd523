import type { DigestKind } from '@dondoc/domain';

/** The schedule that starts the day's digests: 07:00 Vietnamese time, every day. */
export const DIGEST_SCHEDULE_ID = 'don-doc-digests';
export const DIGEST_HOUR = 7;

export interface DigestWorkflowInput {
  /** The local day to send for (YYYY-MM-DD); the schedule leaves it out: today. */
  date?: string;
}

export interface DigestPlan {
  date: string;
  /** One per person and kind that is due today; empty on days off. */
  recipients: { userId: string; kind: DigestKind; period: string }[];
}

export interface SendDigestInput {
  userId: string;
  kind: DigestKind;
  period: string;
}

export interface DigestRunResult {
  date: string;
  sent: number;
  skipped: number;
}
