import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { RuntimeConfig } from '../../../libs/platform/src';
import { AppModule } from './app.module';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { useJsonBody } from './common/json-body';
import { validationPipe } from './common/validation';

/** The api as it runs, shared by main and the end-to-end tests. */
export async function createApp(config: RuntimeConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // Security headers; the API is called by its own pages only.
  app.use(helmet());
  app.enableCors({ origin: new URL(config.values.APP_BASE_URL).origin, credentials: true });
  app.use(cookieParser());
  useJsonBody(app);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  const doc = new DocumentBuilder()
    .setTitle('Đôn Đốc API')
    .setDescription('Giao nhiệm vụ, theo dõi thời hạn, nhắc việc và đôn đốc')
    .setVersion('0.1')
    .addCookieAuth('dd_session')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc));
  return app;
}
