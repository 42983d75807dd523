import type { Audience } from './timing-policy';
import type { PlannedNotification } from './plan-notifications';

export interface NextNotification {
  notification: PlannedNotification;
  /** Earlier ones of the same kind to the same people, already due: not sent late. */
  skipped: PlannedNotification[];
}

const sameAudience = (a: readonly Audience[], b: readonly Audience[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * What to send or wait for next: the earliest planned notification not yet sent. When
 * several of one kind to the same people are already due — a worker was down while they
 * fell due — only the latest goes out, late; the others are skipped rather than sent in a
 * burst ("due in 3 days" has no use once "due today" is due, nor six weekly "overdue" mails
 * in a row).
 */
export function nextNotification(
  plan: readonly PlannedNotification[],
  sent: ReadonlySet<string>,
  now: Date,
): NextNotification | null {
  const pending = plan.filter((n) => !sent.has(n.key));
  const first = pending[0];
  if (!first) return null;
  if (first.at.getTime() > now.getTime()) return { notification: first, skipped: [] };
  const due = pending.filter(
    (n) => n.at.getTime() <= now.getTime() && n.kind === first.kind && sameAudience(n.to, first.to),
  );
  return { notification: due[due.length - 1], skipped: due.slice(0, -1) };
}
