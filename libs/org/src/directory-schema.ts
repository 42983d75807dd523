import { z } from 'zod';
import { isValidLocalDate } from '@dondoc/domain/calendar/local-date.util';

export const LEVELS = ['toi_cao', 'cap_cao', 'tinh', 'huyen'] as const;
export const KINDS = ['vien', 'don_vi'] as const;
export type UnitLevel = (typeof LEVELS)[number];
export type UnitKind = (typeof KINDS)[number];

/** Unit and group codes: what tasks, users and group rules refer to. */
export const CODE_PATTERN = /^[A-Z0-9._-]+$/;
export const CODE_RULE = 'chỉ gồm chữ in hoa ASCII, số, ".", "_" và "-"';

/** Sizes a real directory never comes near, so a broken file cannot fill the database. */
export const DIRECTORY_LIMITS = {
  code: 100,
  name: 300,
  aliases: 50,
  emails: 20,
  units: 20_000,
  groups: 1_000,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PostgreSQL text holds neither NUL nor half a UTF-16 pair. */
const storable = (s: string) => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine(storable, { message: 'chứa ký tự không lưu được (NUL hoặc mã Unicode hỏng)' });

const code = z
  .string()
  .max(DIRECTORY_LIMITS.code)
  .regex(CODE_PATTERN, { message: `mã ${CODE_RULE}` });

const email = z.email();

// A YAML 1.1 file may read an unquoted date as a timestamp; the day is what was meant.
const localDate = z.preprocess(
  (v) => (v instanceof Date && !isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .refine(isValidLocalDate, { message: 'phải là ngày dạng YYYY-MM-DD, ví dụ 2025-07-01' }),
);

export const unitSchema = z.strictObject({
  code,
  short_name: text(DIRECTORY_LIMITS.name),
  full_name: text(DIRECTORY_LIMITS.name),
  level: z.enum(LEVELS),
  kind: z.enum(KINDS),
  parent: code.nullable(),
  aliases: z.array(text(DIRECTORY_LIMITS.name)).max(DIRECTORY_LIMITS.aliases).default([]),
  emails: z.array(email).min(1).max(DIRECTORY_LIMITS.emails),
  head: z
    .strictObject({ title: text(DIRECTORY_LIMITS.name), email })
    .nullable()
    .default(null),
  /** First day the unit is active; null: since before the directory began. */
  active_from: localDate.nullable().default(null),
  /** First day the unit is no longer active (it ends the day before); null: still active. */
  active_to: localDate.nullable().default(null),
  /** The unit that took over when this one ended (merged or renamed). */
  replaced_by: code.nullable().default(null),
});

export const ruleSchema = z.strictObject({
  level: z.enum(LEVELS).optional(),
  level_in: z.array(z.enum(LEVELS)).optional(),
  kind: z.enum(KINDS).optional(),
  parent: code.optional(),
  codes: z.array(code).optional(),
});

export const groupSchema = z.strictObject({
  code,
  name: text(DIRECTORY_LIMITS.name),
  aliases: z.array(text(DIRECTORY_LIMITS.name)).max(DIRECTORY_LIMITS.aliases).default([]),
  members: ruleSchema,
});

export const directorySchema = z.strictObject({
  version: z.literal(1),
  units: z.array(unitSchema).min(1).max(DIRECTORY_LIMITS.units),
  groups: z.array(groupSchema).max(DIRECTORY_LIMITS.groups).default([]),
});

export type DirectoryUnit = z.output<typeof unitSchema>;
export type DirectoryGroup = z.output<typeof groupSchema>;
export type MembershipRule = z.output<typeof ruleSchema>;
export interface Directory {
  units: DirectoryUnit[];
  groups: DirectoryGroup[];
}
