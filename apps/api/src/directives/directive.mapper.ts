import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WorkingCalendar } from '@dondoc/domain';
import { DirectiveEntity, TaskEntity } from '@dondoc/persistence';
import { TaskView, mapTask } from '../tasks/task.mapper';

/** One level of the directive's tree, as its issuer follows it: who is done, who is late. */
export class LevelView {
  @ApiProperty({ description: '0: nhiệm vụ của văn bản; 1: cấp dưới của chúng; …' })
  depth!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Đã báo cáo hoàn thành, chờ duyệt' }) submitted!: number;
  @ApiProperty() done!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() dueSoon!: number;
}

export class DirectiveView {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) number!: string | null;
  @ApiProperty() docType!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuedOn!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) issuedPlace!: string | null;
  @ApiProperty() issuerUnit!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: [TaskView], description: 'Mọi cấp, mỗi nhiệm vụ kèm parentTaskId' })
  tasks!: TaskView[];
  @ApiProperty({ type: [LevelView], description: 'Tổng hợp theo cấp của kế hoạch' })
  levels!: LevelView[];
}

/** How deep each task sits under the directive's own tasks, among those given. */
function depths(tasks: readonly TaskEntity[]): Map<string, number> {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const out = new Map<string, number>();
  const depth = (t: TaskEntity, seen = new Set<string>()): number => {
    const known = out.get(t.id);
    if (known !== undefined) return known;
    const parent = t.parentTaskId ? byId.get(t.parentTaskId) : undefined;
    const d = parent && !seen.has(parent.id) ? depth(parent, seen.add(t.id)) + 1 : 0;
    out.set(t.id, d);
    return d;
  };
  tasks.forEach((t) => depth(t));
  return out;
}

function levelsOf(tasks: readonly TaskEntity[], views: readonly TaskView[]): LevelView[] {
  const at = depths(tasks);
  const levels: LevelView[] = [];
  views.forEach((v) => {
    const depth = at.get(v.id) ?? 0;
    const l = (levels[depth] ??= {
      depth,
      total: 0,
      submitted: 0,
      done: 0,
      overdue: 0,
      dueSoon: 0,
    });
    l.total++;
    if (v.status === 'submitted') l.submitted++;
    if (v.status === 'done') l.done++;
    if (v.deadlineState === 'overdue') l.overdue++;
    if (v.deadlineState === 'due_soon') l.dueSoon++;
  });
  return levels.filter(Boolean);
}

export function mapDirective(
  d: DirectiveEntity,
  tasks: TaskEntity[],
  now: Date,
  calendar: WorkingCalendar,
): DirectiveView {
  const views = tasks.map((t) => mapTask(t, now, calendar));
  return {
    id: d.id,
    number: d.number,
    docType: d.docType,
    title: d.title,
    issuedOn: d.issuedOn,
    issuedPlace: d.issuedPlace,
    issuerUnit: d.issuerUnitCode,
    status: d.status,
    tasks: views,
    levels: levelsOf(tasks, views),
  };
}
