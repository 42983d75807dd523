import { Body, Controller, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsUUID } from 'class-validator';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { taskIdParam } from '../common/uuid-param';
import { ReportExportsService } from './report-exports.service';
import { sendFile } from './reports.controller';
import {
  AttainmentQueryDto,
  AttainmentView,
  CreateTargetDto,
  FiguresDto,
  TargetView,
  TaskFiguresView,
} from './target.dto';
import { TargetsService } from './targets.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class TargetsQueryDto {
  @ApiProperty({ description: 'Văn bản có các chỉ tiêu' })
  @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' })
  directiveId!: string;
}

/** Targets (chỉ tiêu): set on an item, reported through its period tasks, attained by sums. */
@ApiTags('reports')
@Controller()
export class TargetsController {
  constructor(
    private readonly targets: TargetsService,
    private readonly exports: ReportExportsService,
  ) {}

  @Post('reports/targets')
  @RequirePermission('target.manage')
  @ApiResponse({ status: 201, type: TargetView })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateTargetDto): Promise<TargetView> {
    return this.targets.create(p, dto);
  }

  @Get('reports/targets')
  @RequirePermission('report.read')
  @ApiResponse({ status: 200, type: [TargetView] })
  list(@CurrentPrincipal() p: Principal, @Query() q: TargetsQueryDto): Promise<TargetView[]> {
    return this.targets.list(p, q.directiveId);
  }

  @Get('reports/targets/attainment')
  @RequirePermission('report.read')
  @ApiResponse({ status: 200, type: AttainmentView })
  attainment(
    @CurrentPrincipal() p: Principal,
    @Query() q: AttainmentQueryDto,
  ): Promise<AttainmentView> {
    return this.targets.attainment(p, q);
  }

  @Get('reports/targets/attainment/export')
  @RequirePermission('report.read')
  @ApiProduces(XLSX)
  async attainmentExport(
    @CurrentPrincipal() p: Principal,
    @Query() q: AttainmentQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    sendFile(res, await this.exports.attainment(await this.targets.attainment(p, q)), XLSX);
  }

  @Get('tasks/:id/figures')
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, type: [TaskFiguresView] })
  figures(@CurrentPrincipal() p: Principal, @taskIdParam() id: string): Promise<TaskFiguresView[]> {
    return this.targets.taskFigures(p, id);
  }

  @Put('tasks/:id/figures')
  @RequirePermission('task.act')
  @ApiResponse({ status: 200, type: [TaskFiguresView] })
  report(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: FiguresDto,
  ): Promise<TaskFiguresView[]> {
    return this.targets.report(p, id, dto);
  }
}
