import { DynamicModule, Module } from '@nestjs/common';
import {
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  RuntimeConfig,
} from '../../../libs/platform/src';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { DirectivesModule } from './directives/directives.module';
import { HealthController } from './health/health.controller';
import { LinksModule } from './links/links.module';
import { OrgModule } from './org/org.module';
import { TasksModule } from './tasks/tasks.module';
import { TemporalClientModule } from './temporal/temporal-client.module';
import { UsersModule } from './users/users.module';

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
        AuthModule,
        OrgModule,
        DirectivesModule,
        TasksModule,
        AuditModule,
        UsersModule,
        LinksModule,
        CalendarModule,
      ],
      controllers: [HealthController],
    };
  }
}
