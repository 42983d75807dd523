import { DynamicModule, Module } from '@nestjs/common';
import {
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  RuntimeConfig,
} from '../../../libs/platform/src';
import { DirectivesModule } from './directives/directives.module';
import { HealthController } from './health/health.controller';
import { UnitsController } from './org/units.controller';
import { TasksModule } from './tasks/tasks.module';
import { TemporalClientModule } from './temporal/temporal-client.module';

@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        DatabaseModule.forRoot(),
        TemporalClientModule,
        DirectivesModule,
        TasksModule,
      ],
      controllers: [HealthController, UnitsController],
    };
  }
}
