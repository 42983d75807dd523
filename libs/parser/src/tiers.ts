import type { ParsedTask, Tier } from './types';
import { nameKey } from './unit-resolver';
import type { UnitResolver } from './unit-resolver';
import { fold } from './vietnamese-text';

/** A task and the text it was read from. */
export interface TaskText {
  task: ParsedTask;
  text: string;
}

/** "gửi Viện kiểm sát nhân dân cấp tỉnh trong thời hạn ...", "gửi lên cơ quan ... cấp tỉnh:". */
const TARGET = String.raw`(?:len|ve|den|toi|cho)?\s*(.{3,120}?)(?=\s+(?:trong thoi han|truoc|cham nhat|vao ngay|de|theo|cua ky)(?![a-z])|\s*[,;.:(]|$)`;
const SENDS_TO = [
  new RegExp(
    String.raw`(?<![a-z])(?:gui|nop)\s+(?:bao cao\s+)?(?:thong ke\s+)?(?:cua don vi(?: minh| va cua toan tinh)?\s+)?(?:toi\s+)?${TARGET}`,
  ),
  new RegExp(String.raw`(?<![a-z])bao cao\s+(?!cua\s)${TARGET}`),
];
/** Names of a level rather than of one body: "VKSND cấp huyện", "Chi cục ...", "đơn vị cấp tỉnh". */
const LEVEL =
  /(?:^|\s)(?:cap\s+(?:huyen|tinh|cao|xa|khu vuc|quan khu|tw|trung uong)|chi cuc|cuc)(?:\s|$)/;

/**
 * A reporting chain through the levels of one hierarchy becomes one task with tiers:
 * "VKSND cấp huyện gửi VKSND cấp tỉnh trong thời hạn 02 ngày ...; VKSND cấp tỉnh gửi Vụ 7
 * trong thời hạn 04 ngày ...; Vụ 7 tổng hợp ... trong thời hạn 06 ngày ...". Consecutive
 * deadline tasks are linked when one sends to the next one's units and every lower level is
 * named as a level; the top (the last, consolidating one) keeps its units and deadline for
 * the task, and the tiers list every level from the top down. Peers reporting to a
 * consolidating department (the sở to Sở Kế hoạch và Đầu tư) are not levels: they stay
 * separate tasks.
 */
export function foldTiers(list: TaskText[], resolver: UnitResolver): ParsedTask[] {
  const out: ParsedTask[] = [];
  let chain: TaskText[] = [];
  const flush = () => {
    if (chain.length >= 2) out.push(withTiers(chain, resolver));
    else out.push(...chain.map((c) => c.task));
    chain = [];
  };
  for (const cur of list) {
    const prev = chain.at(-1);
    if (prev && links(prev, cur, resolver)) {
      chain.push(cur);
      continue;
    }
    flush();
    chain = [cur];
  }
  flush();
  return out;
}

function hasDeadline(t: ParsedTask): boolean {
  return !!(t.due_phrase || t.due_rule);
}

function reportsTo(text: string): string | null {
  const folded = fold(text);
  const m = SENDS_TO.map((re) => re.exec(folded)).find((x) => x);
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  // "báo cáo VKSND tối cao (qua Vụ 7)": the report goes to Vụ 7.
  const via = /^\s*\(\s*qua\s+([^)]{2,60})\)/.exec(folded.slice(start + m[1].length));
  if (via) {
    const at = start + m[1].length + via[0].indexOf(via[1]);
    return text.slice(at, at + via[1].length).trim();
  }
  return text.slice(start, start + m[1].length).trim() || null;
}

function keyOf(name: string, resolver: UnitResolver): string {
  return nameKey(resolver.resolve(name)?.name ?? name).replace(/^cac /, '');
}

/** `lower` sends to `upper`'s units, and `lower` is a level of the hierarchy. */
function links(lower: TaskText, upper: TaskText, resolver: UnitResolver): boolean {
  if (!hasDeadline(lower.task) || !hasDeadline(upper.task)) return false;
  if (!lower.task.lead_units.length || !upper.task.lead_units.length) return false;
  const lowerIsLevel = lower.task.lead_units.every((u) => LEVEL.test(nameKey(u)));
  if (!lowerIsLevel) return false;
  const target = reportsTo(lower.text);
  if (!target) return false;
  const to = keyOf(target, resolver);
  return upper.task.lead_units.some((u) => {
    const k = keyOf(u, resolver);
    return (
      (to === k || to.startsWith(k) || k.startsWith(to)) &&
      lower.task.lead_units.every((l) => sameHierarchy(l, u, resolver))
    );
  });
}

/**
 * "UBND xã → UBND huyện", "Chi cục THADS → Cục THADS", "VKSND cấp huyện → Vụ 7" are levels of
 * one hierarchy; "UBND cấp tỉnh gửi Bộ Nội vụ" reports to another body, whose own task is
 * another task.
 */
function sameHierarchy(lower: string, upper: string, resolver: UnitResolver): boolean {
  const inDirectory = (name: string) => {
    const kind = resolver.resolve(name)?.kind;
    return kind === 'unit' || kind === 'group';
  };
  if (inDirectory(lower) && inDirectory(upper)) return true;
  const stem = (name: string) =>
    keyOf(name, resolver)
      .replace(/^(?:tong cuc|chi cuc|cuc)\s+/, '')
      .split(' ')
      .slice(0, 2)
      .join(' ');
  return stem(lower) === stem(upper);
}

function withTiers(chain: TaskText[], resolver: UnitResolver): ParsedTask {
  const top = chain[chain.length - 1];
  const tiers: Tier[] = [...chain].reverse().map((c) => ({
    level: c.task.lead_units.map((u) => resolver.resolve(u)?.name ?? u).join(', '),
    due: c.task.due,
    due_phrase: c.task.due_phrase ?? '',
    reports_to: reportsTo(c.text),
  }));
  return { ...top.task, tiers };
}
