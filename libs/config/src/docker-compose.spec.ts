import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, REQUIRED_CONFIG_VARIABLES, loadConfig } from './app-config';
import { projectRoot } from './project-root';

interface Service {
  environment?: Record<string, string>;
  command?: string[];
}

// Docker does not run here: the topology is checked against what the apps really read.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(projectRoot(), 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as {
    services: Record<string, Service>;
  };
  const appServices = Object.entries(compose.services).filter(([, s]) =>
    s.command?.some((c) => c.startsWith('dist/apps/')),
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
});
