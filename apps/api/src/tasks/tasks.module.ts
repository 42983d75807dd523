import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { OrgModule } from '../org/org.module';
import { AttachmentsService } from './attachments.service';
import { TaskAccessService } from './task-access.service';
import { SeriesController } from './series.controller';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [OrgModule, CalendarModule],
  controllers: [TasksController, SeriesController],
  providers: [TasksService, TaskAccessService, AttachmentsService],
  exports: [TasksService, TaskAccessService],
})
export class TasksModule {}
