/**
 * When to remind and escalate, as data. Offsets are in working days for real use
 * (snapped to 08:00 local on a working day) or in seconds, for hour-scale urgency and for
 * tests and demos.
 */
export type Offset = { workingDays: number } | { seconds: number };

/** `coordinating` copies the coordinating units, who watch the task without owning it. */
export type Audience = 'unit' | 'unit_head' | 'issuer' | 'coordinating';

export interface Rung {
  offset: Offset;
  to: Audience[];
}

export interface TimingPolicy {
  /** Counted from assignment while the task is not acknowledged. */
  acknowledge: Rung[];
  /** Counted back from the due date; `{ workingDays: 0 }` is the morning of the due day. */
  beforeDue: Rung[];
  /** Counted forward from the due date while the task is not done. */
  afterDue: Rung[];
  /** Repeats after the last after-due rung until the task is closed. */
  repeatAfterDue: Rung | null;
  /** Counted from a submission while nobody has accepted or returned it. */
  awaitingReview?: Rung[];
  /** A task is "due soon" when its deadline is closer than this. */
  dueSoon: Offset;
}

export const PRIORITIES = ['thuong', 'khan', 'hoa_toc'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_LABEL: Record<Priority, string> = {
  thuong: 'thường',
  khan: 'khẩn',
  hoa_toc: 'hỏa tốc',
};

/** The ladder of DESIGN.md, for ordinary (thường) tasks. */
export const DEFAULT_POLICY: TimingPolicy = {
  acknowledge: [
    { offset: { workingDays: 1 }, to: ['unit'] },
    { offset: { workingDays: 2 }, to: ['unit_head'] },
  ],
  beforeDue: [
    { offset: { workingDays: 7 }, to: ['unit'] },
    { offset: { workingDays: 3 }, to: ['unit', 'coordinating'] },
    { offset: { workingDays: 1 }, to: ['unit'] },
    { offset: { workingDays: 0 }, to: ['unit'] },
  ],
  afterDue: [
    { offset: { workingDays: 1 }, to: ['unit_head'] },
    { offset: { workingDays: 3 }, to: ['issuer'] },
  ],
  repeatAfterDue: { offset: { workingDays: 5 }, to: ['unit_head', 'issuer'] },
  awaitingReview: [{ offset: { workingDays: 3 }, to: ['issuer'] }],
  dueSoon: { workingDays: 3 },
};

const HOUR = 3600;

/** Defaults by priority: urgent work is chased in hours and escalated sooner and more often. */
export const DEFAULT_POLICIES: Record<Priority, TimingPolicy> = {
  thuong: DEFAULT_POLICY,
  khan: {
    acknowledge: [
      { offset: { seconds: 4 * HOUR }, to: ['unit'] },
      { offset: { workingDays: 1 }, to: ['unit_head'] },
    ],
    beforeDue: [
      { offset: { workingDays: 3 }, to: ['unit', 'coordinating'] },
      { offset: { workingDays: 1 }, to: ['unit'] },
      { offset: { workingDays: 0 }, to: ['unit', 'unit_head'] },
    ],
    afterDue: [{ offset: { workingDays: 1 }, to: ['unit_head', 'issuer'] }],
    repeatAfterDue: { offset: { workingDays: 2 }, to: ['unit_head', 'issuer'] },
    awaitingReview: [{ offset: { workingDays: 1 }, to: ['issuer'] }],
    dueSoon: { workingDays: 2 },
  },
  hoa_toc: {
    acknowledge: [
      { offset: { seconds: 1 * HOUR }, to: ['unit', 'unit_head'] },
      { offset: { seconds: 3 * HOUR }, to: ['issuer'] },
    ],
    beforeDue: [
      { offset: { workingDays: 1 }, to: ['unit', 'unit_head', 'coordinating'] },
      { offset: { seconds: 4 * HOUR }, to: ['unit', 'unit_head'] },
    ],
    afterDue: [{ offset: { seconds: 2 * HOUR }, to: ['unit_head', 'issuer'] }],
    repeatAfterDue: { offset: { workingDays: 1 }, to: ['unit_head', 'issuer'] },
    awaitingReview: [{ offset: { seconds: 4 * HOUR }, to: ['issuer'] }],
    dueSoon: { workingDays: 1 },
  },
};

/**
 * What a directive may say about timing: one policy for all its tasks, or one per priority
 * (priorities it leaves out keep their default).
 */
export type PolicySpec = TimingPolicy | { byPriority: Partial<Record<Priority, TimingPolicy>> };

/** The policy in force for a task of `priority` under a directive's spec. */
export function policyFor(spec: PolicySpec | null, priority: Priority): TimingPolicy {
  if (!spec) return DEFAULT_POLICIES[priority];
  if ('byPriority' in spec) return spec.byPriority[priority] ?? DEFAULT_POLICIES[priority];
  return spec;
}

export const REMINDER_HOUR = 8;
