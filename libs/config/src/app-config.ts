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
  /** Start, at boot, the workflows of tasks stored while Temporal was unreachable. */
  RECONCILE_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * History events after which a task workflow hands over to a fresh run (continue-as-new).
   * A year of weekly escalations is a few hundred; tests set it low to see the hand-over.
   */
  TASK_HISTORY_LIMIT: z.coerce.number().int().min(50).max(40_000).default(5_000),
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
