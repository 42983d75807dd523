import { DocumentBuilder, SwaggerDocumentOptions } from '@nestjs/swagger';
import { ErrorView } from './common/error.view';

/** The OpenAPI document's header, shared by the served docs and the web app's generator. */
export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('Đôn Đốc API')
    .setDescription('Giao nhiệm vụ, theo dõi thời hạn, nhắc việc và đôn đốc')
    .setVersion('0.1')
    .addCookieAuth('dd_session')
    .build();
}

/** Models every route may answer with, beside each route's own. */
export const OPENAPI_OPTIONS: SwaggerDocumentOptions = { extraModels: [ErrorView] };
