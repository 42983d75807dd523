import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@dondoc/domain';
import { Public } from '../auth/auth.decorators';
import { Readiness, probe, readiness } from '@dondoc/platform';

/**
 * Liveness says the process answers (restart it if not); readiness says it can do its work,
 * the database and Temporal both reachable (send it no traffic if not). `/health` is the
 * readiness answer under its first name, for callers that predate the split.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly temporal: Client,
  ) {}

  @Get()
  @Public()
  async check(@Res({ passthrough: true }) res: Response) {
    const r = await this.ready();
    res.status(r.ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: r.ok ? 'ok' : 'degraded', checks: r.checks };
  }

  @Get('live')
  @Public()
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  async readiness(@Res({ passthrough: true }) res: Response) {
    const r = await this.ready();
    res.status(r.ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return r.ok
      ? { status: 'ok', checks: r.checks }
      : {
          code: ErrorCode.ServiceUnavailable,
          message: r.message,
          errors: [],
          status: 'unavailable',
          checks: r.checks,
        };
  }

  private ready(): Promise<Readiness> {
    return readiness({
      database: () => probe(() => this.ds.query('SELECT 1')),
      temporal: () => probe(() => this.temporal.connection.workflowService.getSystemInfo({})),
    });
  }
}
