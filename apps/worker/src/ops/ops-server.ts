import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RuntimeConfig, metricsReadable, probe, readiness } from '@dondoc/platform';
import { TemporalWorkerService } from '../temporal-worker.service';
import { WorkerMetrics } from './worker-metrics';

const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';

/**
 * The worker's small HTTP face, on WORKER_METRICS_HOST:WORKER_METRICS_PORT (off at port 0):
 * `/metrics` (its own metrics, then the Temporal SDK's when TEMPORAL_METRICS_PORT exports
 * them), `/health/live` and `/health/ready` (database, Temporal, and the worker polling).
 */
@Injectable()
export class OpsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OpsServer.name);
  private server?: Server;

  constructor(
    private readonly config: RuntimeConfig,
    private readonly metrics: WorkerMetrics,
    private readonly ds: DataSource,
    private readonly worker: TemporalWorkerService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { WORKER_METRICS_HOST: host, WORKER_METRICS_PORT: port } = this.config.values;
    if (port === 0) return;
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        this.logger.warn(`${req.url}: ${String(err)}`);
        if (!res.headersSent)
          json(res, 500, { code: 'INTERNAL', message: 'Lỗi máy chủ.', errors: [] });
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    this.logger.log(`metrics and health on http://${host}:${port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return json(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Chỉ hỗ trợ GET.', errors: [] });
    }
    if (path === '/health/live') return json(res, 200, { status: 'ok' });
    if (path === '/health/ready') {
      const r = await readiness({
        database: () => probe(() => this.ds.query('SELECT 1')),
        temporal: () => probe(() => this.worker.temporalReachable()),
        worker: async () => (this.worker.polling() ? 'ok' : 'down'),
      });
      return r.ok
        ? json(res, 200, { status: 'ok', checks: r.checks })
        : json(res, 503, {
            code: 'SERVICE_UNAVAILABLE',
            message: r.message,
            errors: [],
            status: 'unavailable',
            checks: r.checks,
          });
    }
    if (path === '/metrics') {
      const { METRICS_TOKEN } = this.config.values;
      if (!metricsReadable(METRICS_TOKEN, req.headers.authorization, req.socket.remoteAddress)) {
        return json(res, 401, {
          code: 'UNAUTHENTICATED',
          message: 'Cần mã truy cập số liệu vận hành (METRICS_TOKEN) để đọc /metrics.',
          errors: [],
        });
      }
      const body = (await this.metrics.registry.metrics()) + (await this.sdkMetrics());
      res.writeHead(200, { 'Content-Type': PROMETHEUS_TEXT });
      res.end(body);
      return;
    }
    json(res, 404, { code: 'NOT_FOUND', message: 'Không tìm thấy.', errors: [] });
  }

  /** The Temporal SDK's exporter, read on loopback and passed on; empty when it is off or down. */
  private async sdkMetrics(): Promise<string> {
    const port = this.config.values.TEMPORAL_METRICS_PORT;
    if (port === 0) return '';
    try {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
        signal: AbortSignal.timeout(2000),
      });
      return res.ok ? `\n${await res.text()}` : '';
    } catch {
      return '';
    }
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
