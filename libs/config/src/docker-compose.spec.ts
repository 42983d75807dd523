import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, REQUIRED_CONFIG_VARIABLES, loadConfig } from './app-config';
import { projectRoot } from './project-root';

interface Service {
  image?: string;
  environment?: Record<string, string>;
  command?: string[] | string;
  entrypoint?: string[];
  ports?: string[];
  container_name?: string;
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }> | string[];
}

// Docker does not run here: the topology is checked against what the apps really read.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(projectRoot(), 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as {
    services: Record<string, Service>;
  };
  const appServices = Object.entries(compose.services).filter(
    ([, s]) => Array.isArray(s.command) && s.command.some((c) => c.startsWith('apps/')),
  );

  it('runs the api and the worker, beside PostgreSQL, Temporal with its UI and an SMTP server', () => {
    expect(appServices.map(([name]) => name).sort()).toEqual(['api', 'worker']);
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['postgres', 'temporal', 'temporal-ui', 'smtp']),
    );
  });

  it.each(['api', 'worker'])(
    '%s: passes only variables the apps read, and every one they require',
    (name) => {
      const env = compose.services[name].environment ?? {};
      const unknown = Object.keys(env).filter((k) => !(CONFIG_VARIABLES as string[]).includes(k));
      expect(unknown).toEqual([]);
      const missing = REQUIRED_CONFIG_VARIABLES.filter((k) => env[k] === undefined);
      expect(missing).toEqual([]);
      expect(() => loadConfig(env)).not.toThrow();
    },
  );

  it('points the apps at the services it defines', () => {
    for (const [, s] of appServices) {
      const env = s.environment!;
      expect(Object.keys(compose.services)).toContain(new URL(env.DATABASE_URL).hostname);
      expect(Object.keys(compose.services)).toContain(env.TEMPORAL_ADDRESS.split(':')[0]);
      expect(Object.keys(compose.services)).toContain(env.SMTP_HOST);
    }
  });

  it('runs Temporal as production does: the server image, its schema by admin-tools first', () => {
    const images = Object.values(compose.services).map((s) => s.image ?? '');
    expect(images.some((i) => i.includes('auto-setup'))).toBe(false);
    const temporal = compose.services.temporal;
    expect(temporal.image).toMatch(/^temporalio\/server:/);
    expect(temporal.depends_on).toMatchObject({
      'temporal-schema': { condition: 'service_completed_successfully' },
    });
    const schema = compose.services['temporal-schema'];
    expect(schema.image).toMatch(/^temporalio\/admin-tools:/);
    const script = String(schema.command);
    for (const step of ['create-database', 'setup-schema', 'update-schema']) {
      expect(script).toContain(step);
    }
    expect(script).toContain('temporal/versioned');
    expect(script).toContain('visibility/versioned');
  });

  it('scales the api and the worker: no fixed name or port, replicas instead', () => {
    for (const [, s] of appServices) {
      expect(s.container_name).toBeUndefined();
      expect(s.ports).toBeUndefined();
      expect(s.deploy?.replicas).toBeGreaterThanOrEqual(2);
    }
  });

  it('publishes only the TLS proxy, and reads every secret from the environment', () => {
    const published = Object.entries(compose.services)
      .filter(([, s]) => s.ports?.length)
      .map(([name]) => name);
    expect(published).toEqual(['proxy']);
    const env = compose.services.api.environment!;
    expect(env.LINK_SECRET).toMatch(/^\$\{DONDOC_LINK_SECRET:\?/);
    expect(env.METRICS_TOKEN).toMatch(/^\$\{DONDOC_METRICS_TOKEN:\?/);
    expect(env.DATABASE_URL).toContain('${DONDOC_DB_PASSWORD}');
  });
});
