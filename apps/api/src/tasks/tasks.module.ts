import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { TaskAccessService } from './task-access.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [OrgModule],
  controllers: [TasksController],
  providers: [TasksService, TaskAccessService],
  exports: [TasksService, TaskAccessService],
})
export class TasksModule {}
