export * from './runtime-config';
export * from './config.module';
export * from './database.module';
export * from './logging.module';
export * from './password';
export * from './link-token';
