import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TaskListRepository } from '@dondoc/persistence/repositories/task-list.repository';
import { CalendarModule } from '../calendar/calendar.module';
import { OrgModule } from '../org/org.module';
import { AttachmentsService } from './attachments.service';
import { TaskAccessService } from './task-access.service';
import { SeriesController } from './series.controller';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';
import { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { TaskListController } from './task-list.controller';
import { TaskListService } from './task-list.service';

@Module({
  imports: [OrgModule, CalendarModule],
  controllers: [TaskListController, TasksController, SeriesController],
  providers: [
    TasksService,
    TaskAccessService,
    AttachmentsService,
    TaskWorkflowGateway,
    TaskListService,
    {
      provide: TaskListRepository,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new TaskListRepository(ds),
    },
  ],
  exports: [
    TasksService,
    TaskAccessService,
    TaskWorkflowGateway,
    TaskListService,
    TaskListRepository,
  ],
})
export class TasksModule {}
