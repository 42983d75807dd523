import { z } from 'zod';
import type { PolicySpec, TimingPolicy } from './timing-policy';

// Kept out of the domain index: workflows import that index and need no validator in their bundle.
const offset = z.union([
  z.object({ workingDays: z.number().int().min(0).max(260) }).strict(),
  z
    .object({
      seconds: z
        .number()
        .int()
        .min(1)
        .max(400 * 86400),
    })
    .strict(),
]);
const audience = z.enum(['unit', 'unit_head', 'issuer', 'coordinating']);
const rung = z.object({ offset, to: z.array(audience).min(1) }).strict();

const policySchema = z
  .object({
    acknowledge: z.array(rung).max(10),
    beforeDue: z.array(rung).max(10),
    afterDue: z.array(rung).max(10),
    repeatAfterDue: rung.nullable(),
    awaitingReview: z.array(rung).max(10).optional(),
    dueSoon: offset,
  })
  .strict();

export type PolicyCheck =
  { ok: true; policy: TimingPolicy } | { ok: false; problems: { path: string; message: string }[] };

export function readPolicy(input: unknown): PolicyCheck {
  const parsed = policySchema.safeParse(input);
  if (parsed.success) return { ok: true, policy: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join(''),
      message:
        'Chính sách nhắc việc không hợp lệ: mỗi mốc cần offset { workingDays } hoặc { seconds } và người nhận (unit, unit_head, issuer, coordinating).',
    })),
  };
}

const byPrioritySchema = z
  .object({
    byPriority: z
      .object({
        thuong: policySchema.optional(),
        khan: policySchema.optional(),
        hoa_toc: policySchema.optional(),
      })
      .strict(),
  })
  .strict();

export type PolicySpecCheck =
  { ok: true; spec: PolicySpec } | { ok: false; problems: { path: string; message: string }[] };

/** A directive's timing: one policy for every task, or `{ byPriority: { khan: …, … } }`. */
export function readPolicySpec(input: unknown): PolicySpecCheck {
  if (input !== null && typeof input === 'object' && 'byPriority' in input) {
    const parsed = byPrioritySchema.safeParse(input);
    if (parsed.success) return { ok: true, spec: parsed.data };
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join(''),
        message:
          'Chính sách theo độ khẩn chỉ nhận thuong, khan, hoa_toc, mỗi mục là một chính sách nhắc việc đầy đủ.',
      })),
    };
  }
  const single = readPolicy(input);
  return single.ok ? { ok: true, spec: single.policy } : single;
}
