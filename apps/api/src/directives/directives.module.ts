import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { OrgModule } from '../org/org.module';
import { TasksModule } from '../tasks/tasks.module';
import { DirectivesController } from './directives.controller';
import { DirectivesService } from './directives.service';

@Module({
  imports: [OrgModule, TasksModule, CalendarModule],
  controllers: [DirectivesController],
  providers: [DirectivesService],
  exports: [DirectivesService],
})
export class DirectivesModule {}
