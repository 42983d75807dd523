import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { notFoundOnBadUuid } from '../common/uuid-param';
import { CompleteTaskDto } from './dto/complete-task.dto';
import { TaskView } from './task.mapper';
import { AuditEventView, TasksService } from './tasks.service';

// Until accounts exist every action is recorded as coming from the API without a user.
const API_ACTOR = { userId: null, source: 'api' } as const;

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get(':id')
  @ApiResponse({ status: 200, type: TaskView })
  get(@Param('id', notFoundOnBadUuid('nhiệm vụ')) id: string): Promise<TaskView> {
    return this.tasks.view(id);
  }

  @Get(':id/events')
  events(@Param('id', notFoundOnBadUuid('nhiệm vụ')) id: string): Promise<AuditEventView[]> {
    return this.tasks.events(id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse({ status: 409, description: 'Trạng thái hiện tại không cho phép tiếp nhận' })
  acknowledge(@Param('id', notFoundOnBadUuid('nhiệm vụ')) id: string): Promise<TaskView> {
    return this.tasks.act(id, 'acknowledge', API_ACTOR);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse({ status: 409, description: 'Trạng thái hiện tại không cho phép hoàn thành' })
  complete(
    @Param('id', notFoundOnBadUuid('nhiệm vụ')) id: string,
    @Body() dto: CompleteTaskDto,
  ): Promise<TaskView> {
    return this.tasks.act(id, 'complete', API_ACTOR, dto.result);
  }
}
