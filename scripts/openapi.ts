/**
 * Writes the API's OpenAPI document without a database, Temporal or SMTP: the Nest app is
 * built in preview mode, which reads every module's routes and DTOs but instantiates no
 * provider. The web app's types and client are generated from this file.
 * Usage: node -r @swc-node/register scripts/openapi.ts OUT.json
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { loadConfig } from '@dondoc/config/app-config';
import { RuntimeConfig } from '@dondoc/platform';
import { AppModule } from '../apps/api/src/app.module';
import { OPENAPI_OPTIONS, openApiConfig } from '../apps/api/src/openapi';

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: openapi.ts OUT.json');
  // Placeholders only: nothing is connected in preview mode.
  const config = new RuntimeConfig(
    loadConfig({
      DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '1',
      MAIL_FROM: 'preview@dondoc.test',
      APP_BASE_URL: 'http://127.0.0.1',
      LINK_SECRET: 'preview-only-not-a-secret-0123456789abcdef',
    }),
  );
  const app = await NestFactory.create(AppModule.forRoot(config), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  const doc = SwaggerModule.createDocument(app, openApiConfig(), OPENAPI_OPTIONS);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(doc, null, 2));
  await app.close();
}

main().catch((err) => {
  process.stderr.write(`openapi: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
