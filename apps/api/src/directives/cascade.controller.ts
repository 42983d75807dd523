import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiProperty, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { taskIdParam } from '../common/uuid-param';
import { TaskView } from '../tasks/task.mapper';
import { CascadeService } from './cascade.service';
import { CascadeDto } from './dto/cascade.dto';

class UnitRefView {
  @ApiProperty() code!: string;
  @ApiProperty() shortName!: string;
}

class SubtaskProposalView {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Hạn đề xuất: hạn kế hoạch giao cho cấp này nếu có, nếu không thì hạn cấp trên trừ 10 ngày làm việc',
  })
  due!: string | null;
  @ApiProperty({ type: [UnitRefView] }) units!: UnitRefView[];
}

@ApiTags('tasks')
@Controller('tasks')
export class CascadeController {
  constructor(private readonly cascade: CascadeService) {}

  @Get(':id/subtasks')
  @RequirePermission('task.read')
  @ApiQuery({
    name: 'depth',
    required: false,
    enum: ['children', 'all'],
    description: 'children (mặc định): cấp ngay dưới; all: mọi cấp, mỗi nhiệm vụ kèm parentTaskId',
  })
  @ApiResponse({ status: 200, type: [TaskView] })
  list(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Query('depth') depth?: string,
  ): Promise<TaskView[]> {
    return this.cascade.list(p, id, depth === 'all');
  }

  @Get(':id/subtasks/proposal')
  @RequirePermission('task.cascade')
  @ApiResponse({ status: 200, type: SubtaskProposalView })
  proposal(@CurrentPrincipal() p: Principal, @taskIdParam() id: string) {
    return this.cascade.proposal(p, id);
  }

  @Post(':id/subtasks')
  @RequirePermission('task.cascade')
  @ApiResponse({
    status: 201,
    type: TaskView,
    description: 'Nhiệm vụ cấp trên, với số nhiệm vụ cấp dưới',
  })
  split(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: CascadeDto,
  ): Promise<TaskView> {
    return this.cascade.split(p, id, dto);
  }
}
