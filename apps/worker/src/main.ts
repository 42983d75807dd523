import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import pino from 'pino';
import { RuntimeConfig } from '@dondoc/platform';
import { exitOnConfigError } from '@dondoc/platform/exit-on-config-error';
import { WorkerModule } from './worker.module';
import { TemporalWorkerService, WorkflowSource } from './temporal-worker.service';

async function main(): Promise<void> {
  const config = exitOnConfigError(() => RuntimeConfig.fromEnv());
  // Temporal's own logs go out as JSON lines too.
  const log = pino({
    level: config.values.LOG_LEVEL,
    base: { service: 'worker', component: 'temporal' },
  });
  const sdkMetricsPort = config.values.TEMPORAL_METRICS_PORT;
  Runtime.install({
    // The SDK's own metrics (workflow task latency, schedule-to-start, cache, pollers) on
    // loopback only; the worker's /metrics serves them again behind its token.
    ...(sdkMetricsPort
      ? {
          telemetryOptions: {
            metrics: {
              prometheus: {
                bindAddress: `127.0.0.1:${sdkMetricsPort}`,
                countersTotalSuffix: true,
                useSecondsForDurations: true,
              },
            },
          },
        }
      : {}),
    logger: new DefaultLogger('INFO', ({ level, message, meta }) => {
      const fn = {
        TRACE: log.trace,
        DEBUG: log.debug,
        INFO: log.info,
        WARN: log.warn,
        ERROR: log.error,
      }[level];
      fn.call(log, meta ?? {}, message);
    }),
  });
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, new WorkflowSource(config.values.WORKFLOW_BUNDLE_PATH)),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  const worker = app.get(TemporalWorkerService);
  await worker.start();
  await worker.whenStopped();
  await app.close();
}

main().catch((err) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'worker', msg: String(err?.stack ?? err) }),
  );
  process.exit(1);
});
