import type { Priority, RecurrenceSpec } from '@dondoc/domain';

/**
 * One task as a caller asks for it, wherever it comes from: the directive form, a reviewed
 * draft, a split to subordinate units, the next period of a series. `leadUnit` may be a
 * group code; it is fanned out to one task per member.
 */
export interface TaskSpec {
  item: string;
  summary: string;
  content?: string | null;
  leadUnit: string;
  coordinatingUnits?: readonly string[];
  /** The last day on time (`YYYY-MM-DD`) or an exact instant (ISO 8601 with offset). */
  due?: string | null;
  duePhrase?: string | null;
  priority?: Priority;
  recurrence?: RecurrenceSpec | null;
  /** The plan's levels below this task, top down. */
  tiers?: readonly TierSpec[] | null;
  /** A split by hand: a second sub-task for a unit that already holds an open one. */
  separate?: boolean;
}

/**
 * One level of a plan's reporting tree below a task: "VKSND cấp tỉnh … gửi Vụ 11 trước ngày
 * 30/7", then "VKSND cấp huyện … gửi VKSND cấp tỉnh trước ngày 10/7". Each unit of a level
 * reports to the unit above it in the org tree that holds the level above (a group stands
 * for those of its members that have one); the first level under a single consolidating
 * unit reports to it.
 */
export interface TierSpec {
  /** Unit or group codes. */
  units: readonly string[];
  /** The level's last day on time (or instant): never after the level above. */
  due: string;
  duePhrase?: string | null;
  /** What the level does, when it differs from the item's summary ("tổng hợp, báo cáo"). */
  summary?: string | null;
  /** The level above may not submit before every unit of this one has reported (default). */
  needsAllReports?: boolean;
}
