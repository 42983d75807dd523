import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainException, ErrorCode } from '@dondoc/domain';
import { RuntimeConfig, metricsReadable } from '@dondoc/platform';
import { Public } from '../auth/auth.decorators';
import { ApiMetrics } from './api-metrics';

/** Prometheus' text format, for a scraper holding METRICS_TOKEN (or on this machine). */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    private readonly config: RuntimeConfig,
  ) {}

  @Get()
  @Public()
  async scrape(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (
      !metricsReadable(
        this.config.values.METRICS_TOKEN,
        req.header('authorization'),
        req.socket.remoteAddress,
      )
    ) {
      throw new DomainException(
        ErrorCode.Unauthenticated,
        'Cần mã truy cập số liệu vận hành (METRICS_TOKEN) để đọc /metrics.',
      );
    }
    const body = await this.metrics.registry.metrics();
    // Set here, not by decorator: a refusal above is JSON like every other error.
    res.type(this.metrics.registry.contentType);
    return body;
  }
}
