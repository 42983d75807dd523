import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { notFoundOnBadUuid } from '../common/uuid-param';
import { ExportFile, ReportExportsService } from './report-exports.service';
import {
  ReportFilterDto,
  SummaryQueryDto,
  SummaryView,
  ReportTaskQueryDto,
  ReportTaskListView,
  TrendView,
} from './report.dto';
import { ReportsService } from './reports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sendFile(res: Response, file: ExportFile, contentType: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  res.send(file.content);
}

/** Who is late: summaries, their trend, the task list behind any cell, and their XLSX. */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly exports: ReportExportsService,
  ) {}

  @Get('summary')
  @RequirePermission('report.read')
  @ApiResponse({ status: 200, type: SummaryView })
  summary(@CurrentPrincipal() p: Principal, @Query() q: SummaryQueryDto): Promise<SummaryView> {
    return this.reports.summary(p, q);
  }

  @Get('summary/export')
  @RequirePermission('report.read')
  @ApiProduces(XLSX)
  async summaryExport(
    @CurrentPrincipal() p: Principal,
    @Query() q: SummaryQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    sendFile(res, await this.exports.summary(p, q), XLSX);
  }

  @Get('trend')
  @RequirePermission('report.read')
  @ApiResponse({ status: 200, type: TrendView })
  trend(@CurrentPrincipal() p: Principal, @Query() q: ReportFilterDto): Promise<TrendView> {
    return this.reports.trend(p, q);
  }

  @Get('tasks')
  @RequirePermission('report.read')
  @ApiResponse({ status: 200, type: ReportTaskListView })
  tasks(
    @CurrentPrincipal() p: Principal,
    @Query() q: ReportTaskQueryDto,
  ): Promise<ReportTaskListView> {
    return this.reports.tasks(p, q);
  }

  @Get('tasks/export')
  @RequirePermission('report.read')
  @ApiProduces(XLSX)
  async tasksExport(
    @CurrentPrincipal() p: Principal,
    @Query() q: ReportTaskQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    sendFile(res, await this.exports.tasks(p, q), XLSX);
  }

  @Get('directives/:id/appendix')
  @RequirePermission('report.read')
  @ApiProduces(XLSX)
  async appendix(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('văn bản')) id: string,
    @Res() res: Response,
  ): Promise<void> {
    sendFile(res, await this.exports.appendix(p, id), XLSX);
  }
}
