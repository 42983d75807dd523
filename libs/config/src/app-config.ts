import { z } from 'zod';

/**
 * Every environment variable the api and worker read, in one place. Read once at start;
 * anything missing or malformed stops the process with the variable's name.
 */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .url()
    .refine((v) => /^postgres(ql)?:/.test(v), 'must be a postgres:// URL'),
  TEMPORAL_ADDRESS: z.string().regex(/^[\w.-]+:\d+$/, 'must be host:port'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('don-doc-tasks'),
  /**
   * TLS to Temporal's frontend: off by default (a private network); on, verified against
   * TEMPORAL_TLS_CA_FILE (or the system's CAs), and mutual when a client certificate and key
   * are given (Temporal Cloud, or a cluster with mTLS).
   */
  TEMPORAL_TLS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  TEMPORAL_TLS_CA_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_CERT_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
  SMTP_HOST: z.string().min(1),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().min(3),
  APP_BASE_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must be an http(s):// URL'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Worker only: a prebuilt workflow bundle instead of bundling the source at start. */
  WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),
  /** Signs one-click mail links; at least 32 characters, from a secret store in production. */
  LINK_SECRET: z.string().min(32, 'must be at least 32 characters'),
  LINK_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  /**
   * Worker only: every this many seconds, start the workflows of tasks stored but never
   * started (Temporal was unreachable, a process died between commit and start). 0: never.
   */
  PENDING_STARTS_SWEEP_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /**
   * History events after which a task workflow hands over to a fresh run (continue-as-new).
   * A year of weekly escalations is a few hundred; tests set it low to see the hand-over.
   */
  TASK_HISTORY_LIMIT: z.coerce.number().int().min(50).max(40_000).default(5_000),
  /**
   * Worker: open task workflows kept in memory between wake-ups. One evicted is replayed
   * from its history at its next wake-up (a task's history is short: tens of events), so
   * this bounds memory, not correctness. See TemporalWorkerService for the figures.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(500),
  /**
   * Worker: threads that run workflow code, each with its own sandbox and its share of the
   * cache. At the morning storm one thread is the worker's bound (it replays the wake-ups):
   * a second, on a host with a core to spare, took `timers 5000 60` from p99 84 s to 62 s
   * for 220 MB more at the peak (docs/operations.md). One by default, for the memory goal.
   */
  WORKER_WORKFLOW_THREADS: z.coerce.number().int().min(1).max(16).default(1),
  /** Worker: activities (mostly mail: database, then SMTP) run at once in one process. */
  WORKER_MAX_CONCURRENT_ACTIVITIES: z.coerce.number().int().min(1).max(1000).default(20),
  /** Login attempts per client address and minute, on top of the per-account lockout. */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** All requests per client address and minute. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Reports call an open task "due soon" within this many working days of its deadline. */
  REPORT_DUE_SOON_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  /** Worker: create the Temporal Schedule of the daily and weekly digests if it is missing. */
  DIGEST_SCHEDULE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * Bearer token that `/metrics` asks for (api and worker). Unset: `/metrics` answers only
   * requests from the loopback interface, so a development machine needs no token.
   */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Worker only: where its /metrics, /health/live and /health/ready listen. Port 0: no server. */
  WORKER_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /**
   * Worker only: the Temporal SDK's own Prometheus exporter, on 127.0.0.1 at this port and
   * served again through the worker's /metrics. 0: not exported.
   */
  TEMPORAL_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = z.infer<typeof schema>;

/** Names of all variables, and of those without a default, for checks such as docker-compose's. */
export const CONFIG_VARIABLES = Object.keys(schema.shape) as (keyof AppConfig)[];
export const REQUIRED_CONFIG_VARIABLES = CONFIG_VARIABLES.filter(
  (k) => !schema.shape[k].safeParse(undefined).success,
);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
  }
}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const picked = Object.fromEntries(
    CONFIG_VARIABLES.map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = schema.safeParse(picked);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map(
      (i) =>
        `${i.path.join('.')}: ${picked[String(i.path[0])] === undefined ? 'is required' : i.message}`,
    ),
  );
}
