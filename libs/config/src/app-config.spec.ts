import {
  AppConfig,
  CONFIG_VARIABLES,
  ConfigError,
  REQUIRED_CONFIG_VARIABLES,
  loadConfig,
} from './app-config';

const VALID: Record<string, string> = {
  DATABASE_URL: 'postgres://dondoc:secret@localhost:5432/dondoc',
  TEMPORAL_ADDRESS: 'localhost:7233',
  SMTP_HOST: 'smtp.dondoc.test',
  SMTP_PORT: '1025',
  MAIL_FROM: 'Đôn Đốc <noreply@dondoc.test>',
  APP_BASE_URL: 'http://localhost:3000',
  LINK_SECRET: 'a-test-secret-of-at-least-32-characters!',
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('loadConfig accepted an invalid environment');
}

describe('loadConfig', () => {
  it('types a minimal valid environment and fills in the defaults', () => {
    expect(loadConfig(VALID)).toEqual({
      DATABASE_URL: 'postgres://dondoc:secret@localhost:5432/dondoc',
      TEMPORAL_ADDRESS: 'localhost:7233',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'don-doc-tasks',
      TEMPORAL_TLS: false,
      TEMPORAL_TLS_CA_FILE: undefined,
      TEMPORAL_TLS_CERT_FILE: undefined,
      TEMPORAL_TLS_KEY_FILE: undefined,
      TEMPORAL_TLS_SERVER_NAME: undefined,
      SMTP_HOST: 'smtp.dondoc.test',
      SMTP_PORT: 1025,
      SMTP_SECURE: false,
      SMTP_USER: undefined,
      SMTP_PASSWORD: undefined,
      MAIL_FROM: 'Đôn Đốc <noreply@dondoc.test>',
      APP_BASE_URL: 'http://localhost:3000',
      API_HOST: '127.0.0.1',
      API_PORT: 3000,
      WORKFLOW_BUNDLE_PATH: undefined,
      LINK_SECRET: 'a-test-secret-of-at-least-32-characters!',
      LINK_TTL_HOURS: 72,
      SESSION_TTL_HOURS: 12,
      PENDING_STARTS_SWEEP_SECONDS: 30,
      TASK_HISTORY_LIMIT: 5000,
      WORKER_MAX_CACHED_WORKFLOWS: 500,
      WORKER_WORKFLOW_THREADS: 1,
      WORKER_MAX_CONCURRENT_ACTIVITIES: 20,
      LOGIN_RATE_LIMIT_PER_MINUTE: 10,
      RATE_LIMIT_PER_MINUTE: 600,
      REPORT_DUE_SOON_WORKING_DAYS: 3,
      DIGEST_SCHEDULE: true,
      METRICS_TOKEN: undefined,
      WORKER_METRICS_HOST: '127.0.0.1',
      WORKER_METRICS_PORT: 0,
      TEMPORAL_METRICS_PORT: 0,
      LOG_LEVEL: 'info',
    });
  });

  it('reads the metrics settings, and refuses a short token or a port out of range', () => {
    expect(
      loadConfig({
        ...VALID,
        METRICS_TOKEN: 'a-metrics-token-of-at-least-32-characters',
        WORKER_METRICS_HOST: '0.0.0.0',
        WORKER_METRICS_PORT: '9464',
        TEMPORAL_METRICS_PORT: '9465',
      }),
    ).toMatchObject({
      METRICS_TOKEN: 'a-metrics-token-of-at-least-32-characters',
      WORKER_METRICS_HOST: '0.0.0.0',
      WORKER_METRICS_PORT: 9464,
      TEMPORAL_METRICS_PORT: 9465,
    });
    expect(() => loadConfig({ ...VALID, METRICS_TOKEN: 'short' })).toThrow(
      'METRICS_TOKEN: must be at least 32 characters',
    );
    expect(() => loadConfig({ ...VALID, WORKER_METRICS_PORT: '70000' })).toThrow(
      /WORKER_METRICS_PORT/,
    );
  });

  it('reads every optional variable when given', () => {
    const config = loadConfig({
      ...VALID,
      DATABASE_URL: 'postgresql://db.internal:6543/dondoc?sslmode=require',
      TEMPORAL_ADDRESS: 'temporal-frontend.prod.svc:7233',
      TEMPORAL_NAMESPACE: 'don-doc',
      TEMPORAL_TASK_QUEUE: 'tasks-v2',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'relay',
      SMTP_PASSWORD: 'p@ss',
      API_HOST: '0.0.0.0',
      API_PORT: '8080',
      WORKFLOW_BUNDLE_PATH: '/app/dist/workflow-bundle.js',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      DATABASE_URL: 'postgresql://db.internal:6543/dondoc?sslmode=require',
      TEMPORAL_ADDRESS: 'temporal-frontend.prod.svc:7233',
      TEMPORAL_NAMESPACE: 'don-doc',
      TEMPORAL_TASK_QUEUE: 'tasks-v2',
      SMTP_PORT: 465,
      SMTP_SECURE: true,
      SMTP_USER: 'relay',
      SMTP_PASSWORD: 'p@ss',
      API_HOST: '0.0.0.0',
      API_PORT: 8080,
      WORKFLOW_BUNDLE_PATH: '/app/dist/workflow-bundle.js',
      LOG_LEVEL: 'debug',
    });
  });

  it.each<[keyof AppConfig, string | undefined, unknown]>([
    ['SMTP_SECURE', 'false', false],
    ['SMTP_SECURE', 'true', true],
    ['SMTP_PORT', '65535', 65535],
    ['SMTP_PORT', '1', 1],
    ['API_PORT', '0', 0],
    ['LOG_LEVEL', 'silent', 'silent'],
    ['TEMPORAL_NAMESPACE', '', 'default'], // empty counts as unset
    ['API_HOST', '', '127.0.0.1'],
    ['SMTP_USER', '', undefined],
  ])('%s=%j → %j', (name, value, expected) => {
    expect(loadConfig({ ...VALID, [name]: value })[name]).toEqual(expected);
  });

  it('ignores variables it does not know', () => {
    const config = loadConfig({ ...VALID, PATH: '/usr/bin', HOME: '/root' });
    expect(Object.keys(config).sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it.each<[string, string | undefined, RegExp]>([
    ['DATABASE_URL', undefined, /^DATABASE_URL: is required$/],
    ['DATABASE_URL', '', /^DATABASE_URL: /],
    ['DATABASE_URL', 'mysql://localhost/dondoc', /^DATABASE_URL: must be a postgres:\/\/ URL$/],
    ['DATABASE_URL', 'localhost:5432', /^DATABASE_URL: /],
    ['DATABASE_URL', 'not a url', /^DATABASE_URL: /],
    ['TEMPORAL_ADDRESS', undefined, /^TEMPORAL_ADDRESS: is required$/],
    ['TEMPORAL_ADDRESS', 'localhost', /^TEMPORAL_ADDRESS: must be host:port$/],
    ['TEMPORAL_ADDRESS', 'http://localhost:7233', /^TEMPORAL_ADDRESS: must be host:port$/],
    ['TEMPORAL_ADDRESS', 'localhost:port', /^TEMPORAL_ADDRESS: must be host:port$/],
    ['TEMPORAL_ADDRESS', ':7233', /^TEMPORAL_ADDRESS: must be host:port$/],
    ['SMTP_HOST', undefined, /^SMTP_HOST: is required$/],
    ['SMTP_PORT', undefined, /^SMTP_PORT: is required$/],
    ['SMTP_PORT', 'abc', /^SMTP_PORT: /],
    ['SMTP_PORT', '25.5', /^SMTP_PORT: /],
    ['SMTP_PORT', '0', /^SMTP_PORT: /],
    ['SMTP_PORT', '65536', /^SMTP_PORT: /],
    ['SMTP_SECURE', 'yes', /^SMTP_SECURE: /],
    ['MAIL_FROM', undefined, /^MAIL_FROM: is required$/],
    ['MAIL_FROM', 'ab', /^MAIL_FROM: /],
    ['APP_BASE_URL', undefined, /^APP_BASE_URL: is required$/],
    ['APP_BASE_URL', 'not a url', /^APP_BASE_URL: /],
    ['API_PORT', '-1', /^API_PORT: /],
    ['API_PORT', '70000', /^API_PORT: /],
    ['LOG_LEVEL', 'verbose', /^LOG_LEVEL: /],
  ])('%s=%j throws a ConfigError naming the variable', (name, value, problem) => {
    const problems = problemsOf({ ...VALID, [name]: value });
    expect(problems).toHaveLength(problems.filter((p) => p.startsWith(`${name}: `)).length);
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });

  it('lists every missing variable at once, and says so in its message', () => {
    let error: unknown;
    try {
      loadConfig({});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toBeInstanceOf(Error);
    const { problems, message } = error as ConfigError;
    expect(problems).toEqual(REQUIRED_CONFIG_VARIABLES.map((k) => `${k}: is required`));
    expect(message).toBe(`Invalid configuration: ${problems.join('; ')}`);
  });

  it('reports several malformed variables together', () => {
    const problems = problemsOf({ ...VALID, SMTP_PORT: 'abc', TEMPORAL_ADDRESS: 'localhost' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['SMTP_PORT', 'TEMPORAL_ADDRESS']);
  });
});

describe('loadConfig on values a person may get wrong', () => {
  it('refuses a short LINK_SECRET, which would make mail links guessable', () => {
    expect(problemsOf({ ...VALID, LINK_SECRET: 'short' })).toEqual([
      'LINK_SECRET: must be at least 32 characters',
    ]);
  });

  it.each(['DATABASE_URL', 'SMTP_HOST', 'MAIL_FROM'])(
    '%s set to an empty string is reported as required',
    (name) => {
      expect(problemsOf({ ...VALID, [name]: '' })).toEqual([`${name}: is required`]);
    },
  );

  it('refuses an APP_BASE_URL without http(s), which would break every link in mail', () => {
    expect(problemsOf({ ...VALID, APP_BASE_URL: 'localhost:3000' })).toEqual([
      'APP_BASE_URL: must be an http(s):// URL',
    ]);
  });
});

describe('CONFIG_VARIABLES and REQUIRED_CONFIG_VARIABLES', () => {
  it('name the variables without a default as required', () => {
    expect([...REQUIRED_CONFIG_VARIABLES].sort()).toEqual([
      'APP_BASE_URL',
      'DATABASE_URL',
      'LINK_SECRET',
      'MAIL_FROM',
      'SMTP_HOST',
      'SMTP_PORT',
      'TEMPORAL_ADDRESS',
    ]);
  });

  it.each([
    'TEMPORAL_NAMESPACE',
    'TEMPORAL_TASK_QUEUE',
    'SMTP_SECURE',
    'SMTP_USER',
    'SMTP_PASSWORD',
    'API_HOST',
    'API_PORT',
    'WORKFLOW_BUNDLE_PATH',
    'LOG_LEVEL',
  ])('%s is known but not required', (name) => {
    expect(CONFIG_VARIABLES).toContain(name);
    expect(REQUIRED_CONFIG_VARIABLES).not.toContain(name);
  });

  it.each(REQUIRED_CONFIG_VARIABLES)('leaving out %s alone fails with its name', (name) => {
    expect(problemsOf({ ...VALID, [name]: undefined })).toEqual([`${name}: is required`]);
  });
});
