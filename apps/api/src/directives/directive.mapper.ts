import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WorkingCalendar } from '../../../../libs/domain/src';
import { DirectiveEntity, TaskEntity } from '../../../../libs/persistence/src';
import { TaskView, mapTask } from '../tasks/task.mapper';

export class DirectiveView {
  @ApiProperty() id!: string;
  @ApiPropertyOptional() number!: string | null;
  @ApiProperty() docType!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuedOn!: string;
  @ApiPropertyOptional() issuedPlace!: string | null;
  @ApiProperty() issuerUnit!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: [TaskView] }) tasks!: TaskView[];
}

export function mapDirective(
  d: DirectiveEntity,
  tasks: TaskEntity[],
  now: Date,
  calendar: WorkingCalendar,
): DirectiveView {
  return {
    id: d.id,
    number: d.number,
    docType: d.docType,
    title: d.title,
    issuedOn: d.issuedOn,
    issuedPlace: d.issuedPlace,
    issuerUnit: d.issuerUnitCode,
    status: d.status,
    tasks: tasks.map((t) => mapTask(t, now, calendar)),
  };
}
