import type { Directory, DirectoryUnit } from './directory-schema';
import type { DirectoryPath, DirectoryProblem } from './directory-problem';

/** A unit is active from `active_from` (inclusive) until `active_to` (exclusive). */
export function isActiveOn(
  u: Partial<Pick<DirectoryUnit, 'active_from' | 'active_to'>>,
  day: string,
): boolean {
  return (!u.active_from || u.active_from <= day) && (!u.active_to || day < u.active_to);
}

/**
 * What makes a directory unusable beyond the shape of each entry: duplicates, references to
 * units that are not there, a parent cycle, more than one root, dates that contradict each
 * other, a unit outliving its parent. Messages name units by code, never by position, so the
 * problems of two versions of a directory can be compared.
 */
export function checkDirectory(dir: Directory): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  const add = (path: DirectoryPath, subject: string | null, message: string) =>
    problems.push({ path, line: null, subject, message });
  const unitSubject = (u: DirectoryUnit) => `đơn vị ${u.code}`;

  const byCode = new Map<string, DirectoryUnit>();
  const names = new Map<string, string>();
  dir.units.forEach((u, i) => {
    if (byCode.has(u.code)) add(['units', i, 'code'], unitSubject(u), `mã đơn vị trùng: ${u.code}`);
    else byCode.set(u.code, u);
    const holder = names.get(u.short_name);
    if (holder !== undefined && holder !== u.code) {
      add(
        ['units', i, 'short_name'],
        unitSubject(u),
        `tên đơn vị trùng: ${u.short_name} (đã dùng cho ${holder})`,
      );
    } else if (holder === undefined) names.set(u.short_name, u.code);
  });

  const roots = dir.units.filter((u) => u.parent === null);
  if (roots.length === 0) add(['units'], null, 'không có đơn vị gốc (parent: null)');
  dir.units.forEach((u, i) => {
    const s = unitSubject(u);
    if (u.parent === null && u !== roots[0]) {
      add(
        ['units', i, 'parent'],
        s,
        `chỉ được có một đơn vị gốc (parent: null); đã có ${roots[0].code}`,
      );
    }
    if (u.parent !== null && !byCode.has(u.parent)) {
      add(['units', i, 'parent'], s, `không có đơn vị cấp trên "${u.parent}" trong danh bạ`);
    }
    if (u.active_from && u.active_to && u.active_from > u.active_to) {
      add(
        ['units', i, 'active_to'],
        s,
        `ngày ngừng hoạt động (active_to) ${u.active_to} trước ngày bắt đầu hoạt động (active_from) ${u.active_from}`,
      );
    }
    if (u.replaced_by !== null) {
      if (u.replaced_by === u.code) {
        add(['units', i, 'replaced_by'], s, 'đơn vị không thể được thay thế bởi chính nó');
      } else if (!byCode.has(u.replaced_by)) {
        add(
          ['units', i, 'replaced_by'],
          s,
          `không có đơn vị thay thế "${u.replaced_by}" trong danh bạ`,
        );
      }
      if (u.active_to === null) {
        add(
          ['units', i, 'replaced_by'],
          s,
          'đơn vị đã có đơn vị thay thế (replaced_by) phải có ngày ngừng hoạt động (active_to)',
        );
      }
    }
    const parent = u.parent === null ? undefined : byCode.get(u.parent);
    if (parent?.active_to && (u.active_to === null || u.active_to > parent.active_to)) {
      add(
        ['units', i, 'active_to'],
        s,
        `đơn vị cấp trên ${parent.code} ngừng hoạt động từ ngày ${parent.active_to}, đơn vị này phải ngừng hoạt động cùng ngày hoặc sớm hơn`,
      );
    }
  });

  for (const [i, cycle] of cycles(dir.units, (u) => u.parent)) {
    add(
      ['units', i, 'parent'],
      unitSubject(dir.units[i]),
      `vòng lặp cấp trên: ${cycle.join(' → ')}`,
    );
  }
  for (const [i, cycle] of cycles(dir.units, (u) => u.replaced_by)) {
    add(
      ['units', i, 'replaced_by'],
      unitSubject(dir.units[i]),
      `vòng lặp thay thế: ${cycle.join(' → ')}`,
    );
  }

  const groupCodes = new Set<string>();
  const groupNames = new Set<string>();
  dir.groups.forEach((g, j) => {
    const s = `nhóm ${g.code}`;
    if (groupCodes.has(g.code)) add(['groups', j, 'code'], s, `mã nhóm trùng: ${g.code}`);
    if (byCode.has(g.code)) add(['groups', j, 'code'], s, `mã nhóm trùng với mã đơn vị ${g.code}`);
    if (groupNames.has(g.name)) add(['groups', j, 'name'], s, `tên nhóm trùng: ${g.name}`);
    groupCodes.add(g.code);
    groupNames.add(g.name);
    (g.members.codes ?? []).forEach((c, k) => {
      if (!byCode.has(c)) {
        add(['groups', j, 'members', 'codes', k], s, `không có đơn vị "${c}" trong danh bạ`);
      }
    });
    if (g.members.parent !== undefined && !byCode.has(g.members.parent)) {
      add(
        ['groups', j, 'members', 'parent'],
        s,
        `không có đơn vị "${g.members.parent}" trong danh bạ`,
      );
    }
  });
  return problems;
}

/** Each cycle of `next` once, as [index of its smallest code, codes around it]: `A → B → A`. */
function cycles(
  units: DirectoryUnit[],
  next: (u: DirectoryUnit) => string | null,
): [number, string[]][] {
  const index = new Map<string, number>();
  units.forEach((u, i) => {
    if (!index.has(u.code)) index.set(u.code, i);
  });
  const settled = new Set<string>();
  const found: [number, string[]][] = [];
  for (const start of units) {
    const trail: string[] = [];
    const onTrail = new Set<string>();
    let c: string | null | undefined = start.code;
    while (c !== null && c !== undefined && !settled.has(c) && !onTrail.has(c)) {
      trail.push(c);
      onTrail.add(c);
      const i = index.get(c);
      c = i === undefined ? undefined : next(units[i]);
    }
    if (c !== null && c !== undefined && onTrail.has(c)) {
      // Told from its smallest code, so the message does not depend on the order of units.
      const loop = trail.slice(trail.indexOf(c));
      const smallest = [...loop].sort()[0];
      const from = loop.indexOf(smallest);
      const ordered = [...loop.slice(from), ...loop.slice(0, from)];
      found.push([index.get(smallest)!, [...ordered, ordered[0]]]);
    }
    trail.forEach((t) => settled.add(t));
  }
  return found;
}

/** Units with every parent before its children, otherwise in the order given. */
export function parentsFirst<T extends Pick<DirectoryUnit, 'code' | 'parent'>>(units: T[]): T[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const out: T[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (u: T) => {
    if (state.has(u.code)) return; // done, or a cycle checkDirectory reports
    state.set(u.code, 'visiting');
    const parent = u.parent === null ? undefined : byCode.get(u.parent);
    if (parent) visit(parent);
    state.set(u.code, 'done');
    out.push(u);
  };
  units.forEach(visit);
  return out;
}
