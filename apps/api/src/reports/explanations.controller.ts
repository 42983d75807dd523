import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { taskIdParam } from '../common/uuid-param';
import { ExplanationDto, TaskExplanationView } from './explanation.dto';
import { ExplanationsService } from './explanations.service';

/** Giải trình: the lead unit answers for overdue work; the task's state does not change. */
@ApiTags('tasks')
@Controller('tasks')
export class ExplanationsController {
  constructor(private readonly explanations: ExplanationsService) {}

  @Post(':id/explanations')
  @RequirePermission('task.act')
  @ApiResponse({ status: 201, type: TaskExplanationView })
  @ApiResponse({ status: 409, description: 'Nhiệm vụ chưa quá hạn hoặc đã xong' })
  give(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: ExplanationDto,
  ): Promise<TaskExplanationView> {
    return this.explanations.give(p, id, dto);
  }

  @Get(':id/explanations')
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, type: [TaskExplanationView] })
  list(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
  ): Promise<TaskExplanationView[]> {
    return this.explanations.list(p, id);
  }
}
