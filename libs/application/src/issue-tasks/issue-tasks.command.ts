import type { ActionSource } from '@dondoc/contracts';
import { readPolicySpec } from '@dondoc/domain/schedule/policy-schema';
import {
  DomainException,
  ErrorCode,
  FREQUENCIES,
  FieldError,
  PRIORITIES,
  PolicySpec,
  Priority,
  Recurrence,
  TASK_LIMITS,
  parseDueInput,
  subDueAllowed,
} from '@dondoc/domain';
import { TaskSpec } from './task-spec';

/** A task as checked: every field present and within its limits, its due date read. */
export interface CheckedTask {
  item: string;
  summary: string;
  content: string | null;
  leadUnit: string;
  coordinatingUnits: string[];
  due: { dueAt: Date; dueDate: string } | null;
  duePhrase: string | null;
  priority: Priority;
  recurrence: Recurrence | null;
  tiers: CheckedTier[];
  separate: boolean;
}

export interface CheckedTier {
  units: string[];
  /** As given, kept on the level above as the date proposed for splits by hand. */
  dueInput: string;
  due: { dueAt: Date; dueDate: string };
  duePhrase: string | null;
  summary: string | null;
  needsAllReports: boolean;
}

export interface IssueTasksInput {
  directiveId: string;
  /** Who gives the tasks: the directive's issuer, or the unit splitting its own task. */
  issuerUnitCode: string;
  parentTaskId: string | null;
  /** As the caller sent it; checked here. Null: each priority keeps its default ladder. */
  policy: unknown;
  tasks: readonly TaskSpec[];
  actor: { userId: string | null; source: ActionSource };
  at: Date;
  /** Sub-tasks the parent must wait for before it may be submitted. */
  needsAllReports?: boolean;
  /** Where field errors point, e.g. `tasks`. */
  field?: string;
  /** A recurring series' later period: its index and the series it belongs to. */
  period?: { seriesId: string; index: number };
}

/**
 * Issuing tasks, checked before anything is written: a job from the worker gets the same
 * checks as a request to the API. Throws a DomainException naming every bad field.
 */
export class IssueTasksCommand {
  private constructor(
    readonly input: IssueTasksInput,
    readonly policy: PolicySpec | null,
    readonly tasks: readonly CheckedTask[],
  ) {}

  static create(input: IssueTasksInput): IssueTasksCommand {
    const errors: FieldError[] = [];
    const at = input.field ?? 'tasks';
    let policy: PolicySpec | null = null;
    if (input.policy !== null && input.policy !== undefined) {
      const check = readPolicySpec(input.policy);
      if (check.ok) policy = check.spec;
      else
        errors.push(
          ...check.problems.map((p) => ({ field: `policy${p.path}`, message: p.message })),
        );
    }
    if (input.tasks.length === 0) {
      errors.push({ field: at, message: 'Văn bản chưa có nhiệm vụ nào để giao.' });
    }
    const tasks = input.tasks.map((t, i) => checkTask(t, `${at}[${i}]`, errors));
    if (errors.length) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', errors);
    }
    return new IssueTasksCommand(input, policy, tasks as CheckedTask[]);
  }

  /** The same checked tasks, for the directive created after they were checked. */
  forDirective(directiveId: string): IssueTasksCommand {
    return new IssueTasksCommand({ ...this.input, directiveId }, this.policy, this.tasks);
  }
}

function text(
  value: unknown,
  field: string,
  label: string,
  max: number,
  errors: FieldError[],
  required: boolean,
): string | null {
  if (value === null || value === undefined || value === '') {
    if (required) errors.push({ field, message: `Chưa có ${label}.` });
    return null;
  }
  if (typeof value !== 'string' || value.length > max) {
    errors.push({
      field,
      message: `${label[0].toUpperCase()}${label.slice(1)} phải là chuỗi không quá ${max} ký tự.`,
    });
    return null;
  }
  return value;
}

function checkTask(t: TaskSpec, at: string, errors: FieldError[]): CheckedTask | null {
  const before = errors.length;
  const item = text(t.item, `${at}.item`, 'mục', TASK_LIMITS.item, errors, true);
  const summary = text(
    t.summary,
    `${at}.summary`,
    'tóm tắt nhiệm vụ',
    TASK_LIMITS.summary,
    errors,
    true,
  );
  const content = text(t.content, `${at}.content`, 'nội dung', TASK_LIMITS.content, errors, false);
  const leadUnit = text(
    t.leadUnit,
    `${at}.leadUnit`,
    'đơn vị chủ trì',
    TASK_LIMITS.unitCode,
    errors,
    true,
  );
  const duePhrase = text(
    t.duePhrase,
    `${at}.duePhrase`,
    'thời hạn như văn bản ghi',
    TASK_LIMITS.duePhrase,
    errors,
    false,
  );
  const coordinating = [...new Set(t.coordinatingUnits ?? [])];
  if (coordinating.length > TASK_LIMITS.coordinatingUnits) {
    errors.push({
      field: `${at}.coordinatingUnits`,
      message: `Không quá ${TASK_LIMITS.coordinatingUnits} đơn vị phối hợp.`,
    });
  }
  const priority = t.priority ?? 'thuong';
  if (!PRIORITIES.includes(priority)) {
    errors.push({
      field: `${at}.priority`,
      message: 'Độ khẩn phải là một trong: thuong, khan, hoa_toc.',
    });
  }
  const due = t.due ? parseDueInput(t.due) : null;
  if (t.due && !due) errors.push({ field: `${at}.due`, message: 'Hạn không hợp lệ.' });
  const recurrence = t.recurrence ? checkRecurrence(t, at, errors) : null;
  const tiers = checkTiers(t, due, at, errors);
  if (tiers.length && recurrence) {
    errors.push({
      field: `${at}.tiers`,
      message:
        'Nhiệm vụ định kỳ chưa thể có các cấp báo cáo; hãy giao các cấp bằng nhiệm vụ riêng.',
    });
  }
  if (errors.length > before) return null;
  return {
    item: item!,
    summary: summary!,
    content,
    leadUnit: leadUnit!,
    coordinatingUnits: coordinating.filter((c) => c !== leadUnit),
    due,
    duePhrase,
    priority,
    recurrence,
    tiers,
    separate: t.separate === true,
  };
}

/** Levels top down, each with units and a date no later than the level above's. */
function checkTiers(
  t: TaskSpec,
  due: { dueAt: Date } | null,
  at: string,
  errors: FieldError[],
): CheckedTier[] {
  const tiers = t.tiers ?? [];
  if (tiers.length > TASK_LIMITS.tiers) {
    errors.push({ field: `${at}.tiers`, message: `Không quá ${TASK_LIMITS.tiers} cấp báo cáo.` });
    return [];
  }
  let above = due?.dueAt ?? null;
  return tiers.map((tier, k) => {
    const field = `${at}.tiers[${k}]`;
    const units = [...new Set(tier.units ?? [])];
    if (units.length === 0 || units.some((u) => typeof u !== 'string' || !u)) {
      errors.push({ field: `${field}.units`, message: 'Chưa chọn đơn vị của cấp này.' });
    }
    const parsed = typeof tier.due === 'string' ? parseDueInput(tier.due) : null;
    if (!parsed) {
      errors.push({ field: `${field}.due`, message: 'Hạn của cấp này không hợp lệ.' });
    } else if (!subDueAllowed(parsed.dueAt, above)) {
      errors.push({
        field: `${field}.due`,
        message: 'Hạn của cấp dưới không được sau hạn của cấp trên.',
      });
    }
    above = parsed?.dueAt ?? above;
    const summary = text(
      tier.summary,
      `${field}.summary`,
      'tóm tắt',
      TASK_LIMITS.summary,
      errors,
      false,
    );
    const duePhrase = text(
      tier.duePhrase,
      `${field}.duePhrase`,
      'thời hạn như văn bản ghi',
      TASK_LIMITS.duePhrase,
      errors,
      false,
    );
    return {
      units,
      dueInput: tier.due,
      due: parsed ?? { dueAt: new Date(0), dueDate: '' },
      duePhrase,
      summary,
      needsAllReports: tier.needsAllReports ?? true,
    };
  });
}

/** A recurring task needs a first deadline and exactly one kind of period. */
function checkRecurrence(t: TaskSpec, at: string, errors: FieldError[]): Recurrence | null {
  const r = t.recurrence!;
  if (!t.due) {
    errors.push({ field: `${at}.due`, message: 'Nhiệm vụ định kỳ cần hạn của kỳ đầu tiên.' });
  }
  if ((r.frequency === undefined) === (r.everySeconds === undefined)) {
    errors.push({
      field: `${at}.recurrence`,
      message: 'Chọn đúng một trong frequency (monthly, quarterly, yearly) hoặc everySeconds.',
    });
    return null;
  }
  if (r.frequency !== undefined && !FREQUENCIES.includes(r.frequency)) {
    errors.push({
      field: `${at}.recurrence.frequency`,
      message: 'Định kỳ phải là một trong: monthly, quarterly, yearly.',
    });
  }
  const seconds = r.everySeconds;
  if (
    seconds !== undefined &&
    (!Number.isInteger(seconds) || seconds < 1 || seconds > TASK_LIMITS.everySecondsMax)
  ) {
    errors.push({
      field: `${at}.recurrence.everySeconds`,
      message: 'Chu kỳ phải là số giây nguyên, từ 1 giây đến 400 ngày.',
    });
  }
  if (r.until && !parseDueInput(r.until)) {
    errors.push({ field: `${at}.recurrence.until`, message: 'Ngày kết thúc không hợp lệ.' });
  }
  return { every: r.frequency ?? { seconds: seconds! }, until: r.until ?? null };
}
