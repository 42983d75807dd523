import 'reflect-metadata';
import { RuntimeConfig } from '@dondoc/platform';
import { exitOnConfigError } from '@dondoc/platform/exit-on-config-error';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = exitOnConfigError(() => RuntimeConfig.fromEnv());
  const app = await createApp(config);
  await app.listen(config.values.API_PORT, config.values.API_HOST);
}

main().catch((err) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'api', msg: String(err?.stack ?? err) }));
  process.exit(1);
});
