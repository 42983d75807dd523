import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Principal } from '../../../../libs/domain/src';
import { AuditEventView } from '../audit/audit.mapper';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { notFoundOnBadUuid } from '../common/uuid-param';
import { CompleteTaskDto } from './dto/complete-task.dto';
import { TaskView } from './task.mapper';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get(':id')
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, type: TaskView })
  get(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('nhiệm vụ')) id: string,
  ): Promise<TaskView> {
    return this.tasks.view(p, id);
  }

  @Get(':id/events')
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, type: [AuditEventView] })
  events(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('nhiệm vụ')) id: string,
  ): Promise<AuditEventView[]> {
    return this.tasks.events(p, id);
  }

  @Post(':id/acknowledge')
  @RequirePermission('task.act')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse({ status: 409, description: 'Trạng thái hiện tại không cho phép tiếp nhận' })
  acknowledge(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('nhiệm vụ')) id: string,
  ): Promise<TaskView> {
    return this.tasks.act(p, id, 'acknowledge');
  }

  @Post(':id/complete')
  @RequirePermission('task.act')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse({ status: 409, description: 'Trạng thái hiện tại không cho phép hoàn thành' })
  complete(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('nhiệm vụ')) id: string,
    @Body() dto: CompleteTaskDto,
  ): Promise<TaskView> {
    return this.tasks.act(p, id, 'complete', dto.result);
  }
}
