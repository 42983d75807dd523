import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { notFoundOnBadUuid } from '../common/uuid-param';
import { ReasonDto } from './dto/task-action.dto';
import { TasksService } from './tasks.service';

export class SeriesView {
  @ApiProperty() seriesId!: string;
  @ApiProperty({ description: 'active | ended | cancelled' }) status!: string;
  @ApiProperty({ description: 'Số thứ tự kỳ sẽ mở tiếp theo' }) nextIndex!: number;
}

/** Recurring tasks: each period is a task of its own; the series only opens the next ones. */
@ApiTags('tasks')
@Controller('series')
export class SeriesController {
  constructor(private readonly tasks: TasksService) {}

  @Post(':id/cancel')
  @RequirePermission('task.decide')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: SeriesView })
  @ApiResponse({ status: 409, description: 'Chuỗi nhiệm vụ đã kết thúc hoặc đã bị hủy' })
  cancel(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('nhiệm vụ định kỳ')) id: string,
    @Body() dto: ReasonDto,
  ): Promise<SeriesView> {
    return this.tasks.cancelSeries(p, id, dto.reason);
  }
}
