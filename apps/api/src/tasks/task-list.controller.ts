import { Controller, Get, Query } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { taskIdParam } from '../common/uuid-param';
import { TaskActionsView, TaskListQueryDto, TaskListView } from './dto/task-list.dto';
import { TaskListService } from './task-list.service';

@ApiTags('tasks')
@Controller('tasks')
export class TaskListController {
  constructor(private readonly lists: TaskListService) {}

  /** The tasks the user may see, filtered, sorted and paged, with the count of each bucket. */
  @Get()
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, type: TaskListView })
  list(@CurrentPrincipal() p: Principal, @Query() q: TaskListQueryDto): Promise<TaskListView> {
    return this.lists.list(p, q);
  }

  @Get(':id/actions')
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, type: TaskActionsView })
  actions(@CurrentPrincipal() p: Principal, @taskIdParam() id: string): Promise<TaskActionsView> {
    return this.lists.actions(p, id);
  }
}
