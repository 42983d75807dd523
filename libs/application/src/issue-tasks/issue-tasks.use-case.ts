import { DomainException, ErrorCode, FieldError, localDateOf } from '@dondoc/domain';
import type { Repositories } from '@dondoc/persistence';
import { IssueTasksCommand } from './issue-tasks.command';
import { TaskRows, buildTaskRows } from './task-rows';

/**
 * Issues tasks: checks the command and the units it names, fans groups out, and writes the
 * task rows, the series of recurring tasks and their audit events through the caller's
 * transaction. Every way a task comes to exist goes through here: a directive, a reviewed
 * draft, a split to subordinate units, the next period of a recurring series. Workflows are
 * started after the caller commits (StartPendingWorkflows), never inside the transaction.
 */
export class IssueTasks {
  async execute(cmd: IssueTasksCommand, r: Repositories): Promise<TaskRows> {
    const { input } = cmd;
    const today = localDateOf(input.at);
    const groups = await r.org.groupMembersOn(today);
    // A later period keeps the units its series was given; they were checked then.
    if (!input.period) await checkUnits(cmd, groups, r, today);
    // The org tree is read only when a plan has levels to place in it.
    const parentsOf = cmd.tasks.some((t) => t.tiers.length) ? await r.org.parentMap() : undefined;
    const rows = buildTaskRows(cmd, groups, parentsOf);
    await r.series.insertMany(rows.series);
    await r.tasks.insertMany(rows.tasks);
    if (input.parentTaskId && input.needsAllReports !== undefined) {
      await r.tasks.setNeedsAllSubreports(input.parentTaskId, input.needsAllReports);
    }
    await r.audit.append(rows.events);
    return rows;
  }
}

/** Lead and coordinating units must be active units of the directory, or groups. */
async function checkUnits(
  cmd: IssueTasksCommand,
  groups: ReadonlyMap<string, readonly string[]>,
  r: Repositories,
  today: string,
): Promise<void> {
  const at = cmd.input.field ?? 'tasks';
  const named: [string, string][] = cmd.tasks.flatMap((t, i) => [
    [`${at}[${i}].leadUnit`, t.leadUnit] as [string, string],
    ...t.coordinatingUnits.map(
      (c, j) => [`${at}[${i}].coordinatingUnits[${j}]`, c] as [string, string],
    ),
  ]);
  const active = await r.org.activeUnitCodes(
    named.map(([, c]) => c).filter((c) => !groups.has(c)),
    today,
  );
  const errors: FieldError[] = named
    .filter(([, c]) => !active.has(c) && !groups.has(c))
    .map(([field, c]) => ({ field, message: unknownUnitMessage(c) }));
  if (errors.length) {
    throw new DomainException(ErrorCode.UnknownUnit, 'Có đơn vị không có trong danh bạ.', errors);
  }
}

export function unknownUnitMessage(code: string): string {
  return `Không có đơn vị mã "${code}" trong danh bạ, hoặc đơn vị đã ngừng hoạt động.`;
}
