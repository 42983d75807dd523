import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { Express, NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { RuntimeConfig } from '@dondoc/platform';
import { AppModule } from './app.module';
import { DomainExceptionFilter } from './common/api-exception.filter';
import { ApiMetrics } from './metrics/api-metrics';
import { httpMetrics } from './metrics/http-metrics.middleware';
import { useJsonBody } from './common/json-body';
import { validationPipe } from './common/validation';
import { OPENAPI_OPTIONS, openApiConfig } from './openapi';
import { contentSecurityPolicy, serveWebApp } from './web/web-app';

/** The api as it runs, shared by main and the end-to-end tests. */
export async function createApp(config: RuntimeConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.use(httpMetrics(app.get(ApiMetrics)));
  // Security headers; the API is called by its own pages only, served here at the same origin.
  app.use(helmet({ contentSecurityPolicy: contentSecurityPolicy(config.values.APP_BASE_URL) }));
  app.enableCors({ origin: new URL(config.values.APP_BASE_URL).origin, credentials: true });
  app.use(cookieParser());
  serveWebApp(app);
  // Answers carry a user's data: never kept by a browser or a proxy (static files say otherwise).
  // Nothing is kept, so nothing is revalidated: no ETag hashed over every answer's body.
  (app.getHttpAdapter().getInstance() as Express).set('etag', false);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  useJsonBody(app);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new DomainExceptionFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () =>
    SwaggerModule.createDocument(app, openApiConfig(), OPENAPI_OPTIONS),
  );
  return app;
}
