import {
  DirectoryGroup,
  DirectoryImportPlan,
  DirectoryProblem,
  DirectoryUnit,
  describeProblem,
  formatPath,
} from '@dondoc/org';
import { FieldError } from '@dondoc/domain';
import { DirectoryImportView, OrgGroupView, OrgUnitView, UnitListItemView } from './org.dto';

export function mapUnitListItem(u: DirectoryUnit): UnitListItemView {
  return {
    code: u.code,
    shortName: u.short_name,
    fullName: u.full_name,
    level: u.level,
    kind: u.kind,
    parent: u.parent,
    activeFrom: u.active_from,
    activeTo: u.active_to,
    replacedBy: u.replaced_by,
  };
}

export function mapUnit(u: DirectoryUnit): OrgUnitView {
  return {
    ...mapUnitListItem(u),
    aliases: u.aliases,
    emails: u.emails,
    head: u.head ? { title: u.head.title, email: u.head.email } : null,
  };
}

export function mapGroup(g: DirectoryGroup, members: string[]): OrgGroupView {
  return { code: g.code, name: g.name, aliases: g.aliases, rule: g.members, members };
}

export function mapImport(plan: DirectoryImportPlan): DirectoryImportView {
  return {
    units: {
      created: plan.created.length,
      updated: plan.updated.length,
      ended: plan.ended.length,
      unchanged: plan.unchanged.length,
    },
    groups: {
      created: plan.groupsCreated.length,
      updated: plan.groupsUpdated.length,
      removed: plan.groupsRemoved.length,
      unchanged: plan.groupsUnchanged.length,
    },
    createdUnits: plan.created.map((u) => u.code),
    updatedUnits: plan.updated.map((c) => c.after.code),
    endedUnits: plan.ended.map((c) => ({ code: c.after.code, activeTo: c.after.active_to! })),
    createdGroups: plan.groupsCreated.map((g) => g.code),
    updatedGroups: plan.groupsUpdated.map((c) => c.after.code),
    removedGroups: plan.groupsRemoved.map((g) => g.code),
  };
}

/** The audit record of an import: every unit and group it touched, before and after. */
export function importAudit(plan: DirectoryImportPlan): { before: object; after: object } {
  return {
    before: {
      units: [...plan.updated, ...plan.ended].map((c) => mapUnit(c.before)),
      groups: [...plan.groupsUpdated.map((c) => c.before), ...plan.groupsRemoved],
    },
    after: {
      ...mapImport(plan),
      units: [...plan.created, ...[...plan.updated, ...plan.ended].map((c) => c.after)].map(
        mapUnit,
      ),
      groups: [...plan.groupsCreated, ...plan.groupsUpdated.map((c) => c.after)],
    },
  };
}

const API_FIELDS: Record<string, string> = {
  short_name: 'shortName',
  full_name: 'fullName',
  active_from: 'activeFrom',
  active_to: 'activeTo',
  replaced_by: 'replacedBy',
};

const sentence = (s: string) =>
  s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.');

/** Problems of an uploaded file: where in the file, and what, naming the line and the unit. */
export function fileErrors(problems: DirectoryProblem[], max = 100): FieldError[] {
  const shown = problems.slice(0, max).map((p) => ({
    field: formatPath(p.path) || '(tệp)',
    message: sentence(describeProblem(p)),
  }));
  if (problems.length > max) {
    shown.push({ field: '(tệp)', message: `Còn ${problems.length - max} lỗi khác.` });
  }
  return shown;
}

/**
 * Problems of a unit as the API sent it. `path` is within the unit (`['head', 'email']`) or
 * within the directory (`['units', 7, 'parent']`); either way the field is the request's name
 * for it, renamed where the route calls it something else (`activeTo` is `on` for a merger).
 */
export function unitErrors(
  problems: DirectoryProblem[],
  rename: Record<string, string> = {},
): FieldError[] {
  return problems.map((p) => {
    const inUnit = p.path[0] === 'units' ? p.path.slice(2) : p.path;
    const [first, ...rest] = inUnit;
    const key = typeof first === 'string' ? (API_FIELDS[first] ?? first) : 'code';
    const field = formatPath([rename[key] ?? key, ...rest]);
    return { field, message: sentence(describeProblem(p)) };
  });
}
