import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { OrgModule } from '../org/org.module';
import { TasksModule } from '../tasks/tasks.module';
import { CascadeController } from './cascade.controller';
import { CascadeService } from './cascade.service';
import { DirectivesController } from './directives.controller';
import { DirectivesService } from './directives.service';
import { DraftsService } from './drafts.service';
import { DirectiveListController } from './directive-list.controller';
import { DirectiveListService } from './directive-list.service';

@Module({
  imports: [OrgModule, TasksModule, CalendarModule],
  controllers: [DirectiveListController, DirectivesController, CascadeController],
  providers: [DirectivesService, CascadeService, DraftsService, DirectiveListService],
  exports: [DirectivesService],
})
export class DirectivesModule {}
