import { randomUUID } from 'node:crypto';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { RuntimeConfig } from '../../libs/platform/src';
import { loadConfig } from '../../libs/config/src/app-config';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import {
  TemporalWorkerService,
  WorkflowSource,
} from '../../apps/worker/src/temporal-worker.service';
import { createApp } from '../../apps/api/src/create-app';
import { SmtpCapture } from './smtp-capture';
import { ApiClient } from './api-client';
import type { Role } from '../../libs/domain/src';
import { hashPassword } from '../../libs/platform/src';
import { upsertUser } from '../../libs/persistence/src';

export const TEST_PASSWORD = 'mật-khẩu-thử-nghiệm-1';
let cachedHash: Promise<string> | undefined;
/** One argon2 hash per test file: the slow part of creating accounts. */
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));
import { testEnv } from './test-env';

/**
 * The whole system for one test file: api and worker in this process, on their own task
 * queue, against the run's Temporal server and database, mailing a capturing SMTP server.
 */
export class TestSystem {
  readonly smtp = new SmtpCapture();
  config!: RuntimeConfig;
  /** The environment the config was read from, for processes started beside this one. */
  env: Record<string, string> = {};
  api!: INestApplication;
  worker?: INestApplicationContext;
  temporal!: Client;
  db!: DataSource;

  async start(options: { worker?: boolean; env?: Record<string, string> } = {}): Promise<this> {
    const env = testEnv();
    await this.smtp.start();
    this.env = {
      DATABASE_URL: env.databaseUrl,
      TEMPORAL_ADDRESS: env.temporalAddress,
      TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(this.smtp.port),
      MAIL_FROM: 'Đôn Đốc <dondoc@dondoc.test>',
      APP_BASE_URL: 'http://dondoc.test',
      WORKFLOW_BUNDLE_PATH: env.workflowBundlePath,
      LINK_SECRET: 'test-link-secret-0123456789abcdef0123456789',
      // Every test signs in from 127.0.0.1; the limits get their own test.
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
      // Test files share one database but not one task queue: only the test of it reconciles.
      RECONCILE_ON_START: 'false',
      LOG_LEVEL: 'warn',
      ...options.env,
    };
    this.config = new RuntimeConfig(loadConfig(this.env));
    this.api = await createApp(this.config);
    this.api.useLogger(false);
    await this.api.init();
    this.db = this.api.get(DataSource);
    this.temporal = new Client({
      connection: await Connection.connect({ address: env.temporalAddress }),
      namespace: this.config.values.TEMPORAL_NAMESPACE,
    });
    if (options.worker !== false) await this.startWorker();
    return this;
  }

  async startWorker(): Promise<void> {
    this.worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(
        this.config,
        new WorkflowSource(this.config.values.WORKFLOW_BUNDLE_PATH),
      ),
      { logger: false },
    );
    await this.worker.get(TemporalWorkerService).start();
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  http() {
    return this.api.getHttpServer();
  }

  /**
   * Signs in as a user of `unitCode` with `roles`, creating the account on first use.
   * Accounts are shared by every test file of the run, so usernames name their roles and unit.
   */
  async as(unitCode: string, ...roles: Role[]): Promise<ApiClient> {
    const username = `${roles.join('+')}@${unitCode}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
    await upsertUser(this.db, {
      username,
      displayName: `${roles.join(', ')} ${unitCode}`,
      unitCode,
      roles,
      passwordHash: await passwordHash(),
    });
    return ApiClient.signIn(this.http(), username, TEST_PASSWORD);
  }

  async stop(): Promise<void> {
    await this.stopWorker();
    await this.temporal?.connection.close();
    await this.api?.close();
    await this.smtp.stop();
  }
}
