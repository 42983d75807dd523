import {
  OPEN_STATUSES,
  PolicySpec,
  REPORTED_STATUSES,
  TaskState,
  WORKING_STATUSES,
} from '@dondoc/domain';
import { taskColumnsOf } from '../task-state';
import type { AttachmentEntity } from '../entities/attachment.entity';
import { AuditEventEntity, NewAuditEvent, auditEvent } from '../entities/audit-event.entity';
import type { DirectiveEntity } from '../entities/directive.entity';
import type { OrgGroupEntity } from '../entities/org-group.entity';
import type { OrgUnitEntity } from '../entities/org-unit.entity';
import type { TaskReportEntity } from '../entities/task-report.entity';
import type { TaskSeriesEntity } from '../entities/task-series.entity';
import type { TaskEntity } from '../entities/task.entity';
import { AuditFilter, AuditRepository } from '../repositories/audit.repository';
import {
  DirectiveRepository,
  DraftChanges,
  NewDirective,
} from '../repositories/directive.repository';
import { FailedMail, MailRepository } from '../repositories/mail.repository';
import { OrgRepository } from '../repositories/org.repository';
import { Repositories, UnitOfWork } from '../repositories/repositories';
import { NewSeries, SeriesRepository } from '../repositories/series.repository';
import { NewTask, SubtaskCounts, TaskRepository } from '../repositories/task.repository';

/** Everything the in-memory repositories hold; a transaction works on a copy. */
export interface InMemoryState {
  units: OrgUnitEntity[];
  groups: Map<string, string[]>;
  directives: DirectiveEntity[];
  tasks: TaskEntity[];
  series: TaskSeriesEntity[];
  audit: AuditEventEntity[];
  reports: TaskReportEntity[];
  attachments: AttachmentEntity[];
  mailKeys: string[];
}

export function emptyState(): InMemoryState {
  return {
    units: [],
    groups: new Map(),
    directives: [],
    tasks: [],
    series: [],
    audit: [],
    reports: [],
    attachments: [],
    mailKeys: [],
  };
}

/** A unit of the directory as a spec needs it; active unless given dates. */
export function unit(code: string, over: Partial<OrgUnitEntity> = {}): OrgUnitEntity {
  return {
    code,
    parentCode: null,
    level: 'toi_cao',
    kind: 'vien',
    shortName: code,
    fullName: code,
    aliases: [],
    headEmail: null,
    emails: [],
    activeFrom: null,
    activeTo: null,
    replacedBy: null,
    ordinal: 0,
    ...over,
  } as OrgUnitEntity;
}

/** A stored task as a spec needs it: assigned, due in the future, its workflow started. */
export function storedTask(over: Partial<TaskEntity> = {}): TaskEntity {
  const at = new Date('2030-01-02T01:00:00Z');
  return {
    id: 't-1',
    directiveId: 'd-1',
    item: '1',
    summary: 'Báo cáo',
    content: null,
    leadUnitCode: 'VKSTC.V8',
    coordinatingUnitCodes: [],
    dueAt: new Date('2030-06-30T17:00:00Z'),
    dueDate: '2030-06-30',
    duePhrase: null,
    planRevision: 0,
    plannedFrom: at,
    priority: 'thuong',
    status: 'assigned',
    outcome: null,
    assignedAt: at,
    acknowledgedAt: null,
    completedAt: null,
    result: null,
    submittedAt: null,
    percent: null,
    extension: null,
    policy: {
      acknowledge: [],
      beforeDue: [],
      afterDue: [],
      repeatAfterDue: null,
      dueSoon: { workingDays: 1 },
    },
    issuerUnitCode: 'VKSTC',
    parentTaskId: null,
    needsAllSubreports: false,
    subtaskDue: null,
    splitSeparately: false,
    sourceGroup: null,
    seriesId: null,
    periodIndex: null,
    workflowId: `task-${over.id ?? 't-1'}`,
    workflowStartedAt: at,
    updatedAt: at,
    ...over,
  };
}

class Org extends OrgRepository {
  constructor(private readonly s: () => InMemoryState) {
    super();
  }
  async activeUnitCodes(codes: readonly string[], day: string): Promise<Set<string>> {
    return new Set(
      this.s()
        .units.filter(
          (u) =>
            codes.includes(u.code) &&
            (!u.activeFrom || u.activeFrom <= day) &&
            (!u.activeTo || day < u.activeTo),
        )
        .map((u) => u.code),
    );
  }
  async groupMembersOn(): Promise<Map<string, string[]>> {
    return new Map(this.s().groups);
  }
  async parentMap(): Promise<Map<string, string | null>> {
    return new Map(this.s().units.map((u) => [u.code, u.parentCode]));
  }
  async unit(code: string): Promise<OrgUnitEntity | null> {
    return this.s().units.find((u) => u.code === code) ?? null;
  }
  async units(codes: readonly string[]): Promise<OrgUnitEntity[]> {
    return this.s().units.filter((u) => codes.includes(u.code));
  }
  async directory(): Promise<{ units: OrgUnitEntity[]; groups: OrgGroupEntity[] }> {
    return { units: this.s().units, groups: [] };
  }
}

class Tasks extends TaskRepository {
  constructor(private readonly s: () => InMemoryState) {
    super();
  }
  async findById(id: string): Promise<TaskEntity | null> {
    return this.s().tasks.find((t) => t.id === id) ?? null;
  }
  async forDirective(directiveId: string): Promise<TaskEntity[]> {
    return this.s().tasks.filter((t) => t.directiveId === directiveId);
  }
  async children(parentId: string): Promise<TaskEntity[]> {
    return this.s().tasks.filter((t) => t.parentTaskId === parentId);
  }
  async descendants(parentId: string): Promise<TaskEntity[]> {
    const out: TaskEntity[] = [];
    for (let level = await this.children(parentId); level.length;) {
      out.push(...level);
      const next: TaskEntity[] = [];
      for (const t of level) next.push(...(await this.children(t.id)));
      level = next;
    }
    return out;
  }
  async subtaskCounts(parentId: string): Promise<SubtaskCounts | null> {
    const c = await this.children(parentId);
    if (c.length === 0) return null;
    const n = (f: (t: TaskEntity) => boolean) => c.filter(f).length;
    return {
      total: c.length,
      reported: n((t) => REPORTED_STATUSES.includes(t.status)),
      done: n((t) => t.status === 'done'),
      cancelled: n((t) => t.status === 'cancelled'),
    };
  }
  async unreportedSubtasks(parentId: string): Promise<number> {
    return (await this.children(parentId)).filter((t) => WORKING_STATUSES.includes(t.status))
      .length;
  }
  async insertMany(tasks: readonly NewTask[]): Promise<void> {
    for (const t of tasks) {
      if (this.s().tasks.some((x) => x.id === t.id)) throw new Error(`duplicate task ${t.id}`);
      this.s().tasks.push(storedTask({ updatedAt: new Date(), ...t }));
    }
  }
  async setNeedsAllSubreports(id: string, value: boolean): Promise<void> {
    const t = await this.findById(id);
    if (t) t.needsAllSubreports = value;
  }
  async period(seriesId: string, periodIndex: number): Promise<TaskEntity | null> {
    return (
      this.s().tasks.find((t) => t.seriesId === seriesId && t.periodIndex === periodIndex) ?? null
    );
  }
  async pendingStarts(
    scope: { directiveId: string } | { assignedBefore: Date; limit: number },
  ): Promise<TaskEntity[]> {
    const open = this.s().tasks.filter(
      (t) => t.workflowStartedAt === null && OPEN_STATUSES.includes(t.status),
    );
    if ('directiveId' in scope) return open.filter((t) => t.directiveId === scope.directiveId);
    return open.filter((t) => t.assignedAt < scope.assignedBefore).slice(0, scope.limit);
  }
  async markStarted(ids: readonly string[], at: Date): Promise<void> {
    for (const t of this.s().tasks) if (ids.includes(t.id)) t.workflowStartedAt = at;
  }
  async lineages(taskIds: readonly string[]): Promise<Map<string, string[]>> {
    const byId = new Map(this.s().tasks.map((t) => [t.id, t]));
    return new Map(
      taskIds.map((id) => {
        const units: string[] = [];
        for (let t = byId.get(id); t?.parentTaskId; t = byId.get(t.parentTaskId)) {
          const parent = byId.get(t.parentTaskId);
          if (parent) units.push(parent.leadUnitCode);
        }
        return [id, units];
      }),
    );
  }
  async directiveIssuers(taskIds: readonly string[]): Promise<Map<string, string>> {
    const issuerOf = new Map(this.s().directives.map((d) => [d.id, d.issuerUnitCode]));
    return new Map(
      this.s()
        .tasks.filter((t) => taskIds.includes(t.id))
        .map((t) => [t.id, issuerOf.get(t.directiveId) ?? '']),
    );
  }
  async openStarted(limit: number, directiveId?: string): Promise<TaskEntity[]> {
    return this.s()
      .tasks.filter((t) => OPEN_STATUSES.includes(t.status) && t.workflowStartedAt !== null)
      .filter((t) => !directiveId || t.directiveId === directiveId)
      .slice(0, limit);
  }
  async writeState(id: string, state: TaskState): Promise<void> {
    const t = await this.findById(id);
    if (t) Object.assign(t, taskColumnsOf(state));
  }
  async reports(taskId: string): Promise<TaskReportEntity[]> {
    return this.s().reports.filter((r) => r.taskId === taskId);
  }
  async attachments(ids: readonly string[]): Promise<AttachmentEntity[]> {
    return this.s().attachments.filter((a) => ids.includes(a.id));
  }
  async ownsAttachments(taskId: string, ids: readonly string[]): Promise<boolean> {
    return ids.every((id) => this.s().attachments.some((a) => a.id === id && a.taskId === taskId));
  }
  async mailKeys(taskId: string): Promise<Set<string>> {
    const prefix = `${taskId}/`;
    return new Set(
      this.s()
        .mailKeys.filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length)),
    );
  }
}

class Directives extends DirectiveRepository {
  constructor(private readonly s: () => InMemoryState) {
    super();
  }
  async findById(id: string): Promise<DirectiveEntity | null> {
    return this.s().directives.find((d) => d.id === id) ?? null;
  }
  async findByIdempotencyKey(key: string): Promise<DirectiveEntity | null> {
    return this.s().directives.find((d) => d.idempotencyKey === key) ?? null;
  }
  async insert(d: NewDirective): Promise<string> {
    if (d.idempotencyKey && (await this.findByIdempotencyKey(d.idempotencyKey))) {
      throw Object.assign(new Error('duplicate key'), { code: '23505' });
    }
    const id = crypto.randomUUID();
    this.s().directives.push({ ...d, id, createdAt: new Date() });
    return id;
  }
  async updateDraft(id: string, changes: DraftChanges): Promise<void> {
    const d = await this.findById(id);
    if (d) Object.assign(d, changes);
  }
  async issueDraft(id: string, policy: PolicySpec | null, requestHash: string): Promise<boolean> {
    const d = await this.findById(id);
    if (!d || d.status !== 'draft') return false;
    Object.assign(d, { status: 'issued', policy, requestHash });
    return true;
  }
}

class Series extends SeriesRepository {
  constructor(private readonly s: () => InMemoryState) {
    super();
  }
  async findById(id: string): Promise<TaskSeriesEntity | null> {
    return this.s().series.find((x) => x.id === id) ?? null;
  }
  async insertMany(series: readonly NewSeries[]): Promise<void> {
    this.s().series.push(...series.map((x) => ({ ...x, createdAt: new Date() })));
  }
  async pendingStarts(
    scope: { directiveId: string } | { limit: number },
  ): Promise<TaskSeriesEntity[]> {
    const pending = this.s().series.filter(
      (x) => x.workflowStartedAt === null && x.status === 'active',
    );
    return 'directiveId' in scope
      ? pending.filter((x) => x.directiveId === scope.directiveId)
      : pending.slice(0, scope.limit);
  }
  async markStarted(id: string, at: Date): Promise<void> {
    const x = await this.findById(id);
    if (x) x.workflowStartedAt = at;
  }
}

class Audit extends AuditRepository {
  constructor(private readonly s: () => InMemoryState) {
    super();
  }
  async append(events: readonly NewAuditEvent[]): Promise<void> {
    for (const e of events) {
      if (e.idempotencyKey && this.s().audit.some((a) => a.idempotencyKey === e.idempotencyKey))
        continue;
      this.s().audit.push(
        Object.assign(auditEvent({ at: new Date(), ...e }), {
          id: String(this.s().audit.length + 1),
        }),
      );
    }
  }
  async forTask(taskId: string): Promise<AuditEventEntity[]> {
    return this.s().audit.filter((a) => a.taskId === taskId);
  }
  async list(f: AuditFilter): Promise<AuditEventEntity[]> {
    return this.s()
      .audit.filter((a) => !f.taskId || a.taskId === f.taskId)
      .filter((a) => !f.directiveId || a.directiveId === f.directiveId)
      .slice(-f.limit)
      .reverse();
  }
}

class Mail extends MailRepository {
  async failed(): Promise<FailedMail[]> {
    return [];
  }
}

function repositoriesOver(s: () => InMemoryState): Repositories {
  return {
    org: new Org(s),
    tasks: new Tasks(s),
    directives: new Directives(s),
    series: new Series(s),
    audit: new Audit(s),
    mail: new Mail(),
  };
}

/**
 * The repositories in memory, for unit specs of services and use cases. A transaction works
 * on a copy of the state and keeps it only if the work succeeds, as PostgreSQL would.
 */
export class InMemoryUnitOfWork extends UnitOfWork {
  readonly repositories: Repositories;

  constructor(public state: InMemoryState = emptyState()) {
    super();
    this.repositories = repositoriesOver(() => this.state);
  }

  async transaction<T>(work: (r: Repositories) => Promise<T>): Promise<T> {
    const copy = structuredClone(this.state);
    const result = await work(repositoriesOver(() => copy));
    this.state = copy;
    return result;
  }
}
