import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SqlReportRepository } from '@dondoc/persistence';
import { CalendarModule } from '../calendar/calendar.module';
import { OrgModule } from '../org/org.module';
import { TasksModule } from '../tasks/tasks.module';
import { ExplanationsController } from './explanations.controller';
import { ExplanationsService } from './explanations.service';
import { LettersController } from './letters.controller';
import { LettersService } from './letters.service';
import { TargetsController } from './targets.controller';
import { DigestPreferencesController } from './digest-preferences.controller';
import { TargetsService } from './targets.service';
import { ReportContextService } from './report-context.service';
import { ReportExportsService } from './report-exports.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [OrgModule, CalendarModule, TasksModule],
  controllers: [
    ReportsController,
    ExplanationsController,
    LettersController,
    TargetsController,
    DigestPreferencesController,
  ],
  providers: [
    {
      provide: SqlReportRepository,
      useFactory: (ds: DataSource) => new SqlReportRepository(ds),
      inject: [getDataSourceToken()],
    },
    ReportContextService,
    ReportsService,
    ReportExportsService,
    ExplanationsService,
    LettersService,
    TargetsService,
  ],
  exports: [ReportsService, ReportContextService],
})
export class ReportsModule {}
