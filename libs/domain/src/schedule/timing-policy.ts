/**
 * When to remind and escalate, as data. Offsets are in working days for real use
 * (snapped to 08:00 local on a working day) or in seconds, which tests and demos use.
 */
export type Offset = { workingDays: number } | { seconds: number };

export type Audience = 'unit' | 'unit_head' | 'issuer';

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
  /** A task is "due soon" when its deadline is closer than this. */
  dueSoon: Offset;
}

export const DEFAULT_POLICY: TimingPolicy = {
  acknowledge: [
    { offset: { workingDays: 1 }, to: ['unit'] },
    { offset: { workingDays: 2 }, to: ['unit_head'] },
  ],
  beforeDue: [
    { offset: { workingDays: 7 }, to: ['unit'] },
    { offset: { workingDays: 3 }, to: ['unit'] },
    { offset: { workingDays: 1 }, to: ['unit'] },
    { offset: { workingDays: 0 }, to: ['unit'] },
  ],
  afterDue: [
    { offset: { workingDays: 1 }, to: ['unit_head'] },
    { offset: { workingDays: 3 }, to: ['issuer'] },
  ],
  repeatAfterDue: { offset: { workingDays: 5 }, to: ['unit_head', 'issuer'] },
  dueSoon: { workingDays: 3 },
};

export const REMINDER_HOUR = 8;
