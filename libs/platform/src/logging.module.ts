import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { RuntimeConfig } from './runtime-config';

/** JSON logs, one line per event; request logs carry an id, never bodies or secrets. */
@Module({})
export class LoggingModule {
  static forRoot(service: 'api' | 'worker'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [RuntimeConfig],
          useFactory: (config: RuntimeConfig) => ({
            pinoHttp: {
              level: config.values.LOG_LEVEL,
              base: { service },
              redact: ['req.headers.cookie', 'req.headers.authorization'],
              // Probes and scrapes come every few seconds: not worth a line each.
              autoLogging: {
                ignore: (req) => /^\/(health(\/(live|ready))?|metrics)$/.test(req.url ?? ''),
              },
            },
          }),
        }),
      ],
    };
  }
}
