import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import {
  ApplicationModule,
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  RuntimeConfig,
} from '@dondoc/platform';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { DirectivesModule } from './directives/directives.module';
import { HealthController } from './health/health.controller';
import { LinksModule } from './links/links.module';
import { MetricsModule } from './metrics/metrics.module';
import { MailModule } from './mail/mail.module';
import { OrgModule } from './org/org.module';
import { ReportsModule } from './reports/reports.module';
import { TasksModule } from './tasks/tasks.module';
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
        ApplicationModule,
        AuthModule,
        OrgModule,
        DirectivesModule,
        TasksModule,
        AuditModule,
        UsersModule,
        LinksModule,
        CalendarModule,
        MailModule,
        ReportsModule,
        MetricsModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
    };
  }
}
