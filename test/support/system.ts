import { randomUUID } from 'node:crypto';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { RuntimeConfig, hashPassword } from '@dondoc/platform';
import { loadConfig } from '@dondoc/config/app-config';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import {
  TemporalWorkerService,
  WorkflowSource,
} from '../../apps/worker/src/temporal-worker.service';
import { createApp } from '../../apps/api/src/create-app';
import { SmtpCapture } from './smtp-capture';
import { ApiClient } from './api-client';
import type { Role } from '@dondoc/domain';
import { upsertUser } from '@dondoc/persistence';

export const TEST_PASSWORD = 'mật-khẩu-thử-nghiệm-1';
let cachedHash: Promise<string> | undefined;
/** One argon2 hash per test file: the slow part of creating accounts. */
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));
import { testEnv } from './test-env';
import { freePort } from '@dondoc/devkit';

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

  /** Set when started with `listen`: where a browser reaches the api and its pages. */
  url = '';

  /** Overrides of the worker's environment (e.g. a database reached another way). */
  private workerEnv: Record<string, string> = {};

  async start(
    options: {
      worker?: boolean;
      env?: Record<string, string>;
      workerEnv?: Record<string, string>;
      listen?: boolean;
    } = {},
  ): Promise<this> {
    this.workerEnv = options.workerEnv ?? {};
    const env = testEnv();
    await this.smtp.start();
    const port = options.listen ? await freePort() : 0;
    if (options.listen) this.url = `http://127.0.0.1:${port}`;
    this.env = {
      DATABASE_URL: env.databaseUrl,
      TEMPORAL_ADDRESS: env.temporalAddress,
      TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(this.smtp.port),
      MAIL_FROM: 'Đôn Đốc <dondoc@dondoc.test>',
      // Mail links point where a browser of the test can follow them.
      APP_BASE_URL: this.url || 'http://dondoc.test',
      WORKFLOW_BUNDLE_PATH: env.workflowBundlePath,
      LINK_SECRET: 'test-link-secret-0123456789abcdef0123456789',
      // Every test signs in from 127.0.0.1; the limits get their own test.
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
      // Test files share one database but not one task queue: only the test of it reconciles.
      PENDING_STARTS_SWEEP_SECONDS: '0',
      // One schedule per Temporal namespace: only the digest test makes one.
      DIGEST_SCHEDULE: 'false',
      LOG_LEVEL: 'warn',
      ...options.env,
    };
    this.config = new RuntimeConfig(loadConfig(this.env));
    this.api = await createApp(this.config);
    this.api.useLogger(false);
    if (options.listen) await this.api.listen(port, '127.0.0.1');
    else await this.api.init();
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
        new RuntimeConfig(loadConfig({ ...this.env, ...this.workerEnv })),
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

  private readonly sessions = new Map<string, Promise<ApiClient>>();

  /** One session per unit and roles for the whole file: `as`, signed in once. */
  session(unitCode: string, ...roles: Role[]): Promise<ApiClient> {
    const key = `${unitCode} ${roles.join('+')}`;
    if (!this.sessions.has(key)) this.sessions.set(key, this.as(unitCode, ...roles));
    return this.sessions.get(key)!;
  }

  /**
   * Signs in as a user of `unitCode` with `roles`, creating the account on first use.
   * Accounts are shared by every test file of the run, so usernames name their roles and unit.
   */
  async as(unitCode: string, ...roles: Role[]): Promise<ApiClient> {
    const { username, password } = await this.account(unitCode, ...roles);
    return ApiClient.signIn(this.http(), username, password);
  }

  /** The account `as` signs in with, for a browser to type in. */
  async account(
    unitCode: string,
    ...roles: Role[]
  ): Promise<{ username: string; password: string }> {
    const username = `${roles.join('+')}@${unitCode}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
    await upsertUser(this.db, {
      username,
      displayName: `${roles.join(', ')} ${unitCode}`,
      unitCode,
      roles,
      passwordHash: await passwordHash(),
    });
    return { username, password: TEST_PASSWORD };
  }

  async stop(): Promise<void> {
    await this.stopWorker();
    await this.temporal?.connection.close();
    await this.api?.close();
    await this.smtp.stop();
  }
}
