import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainException,
  ErrorCode,
  Principal,
  ReportPeriod,
  WorkingCalendar,
  parsePeriod,
  reportScope,
  vietnameseCalendar,
} from '@dondoc/domain';
import { ReportScopeSql } from '@dondoc/persistence';
import { RuntimeConfig } from '@dondoc/platform';
import { CalendarService } from '../calendar/calendar.service';
import { OrgTreeService } from '../org/org-tree.service';

export interface UnitInfo {
  code: string;
  shortName: string;
  fullName: string;
  parentCode: string | null;
  ordinal: number;
  headEmail: string | null;
  emails: string[];
}

const TTL_MS = 30_000;

/** What every report asks first: whose tasks, which units, which calendar, which period. */
@Injectable()
export class ReportContextService {
  /** The directory's names and tree for labels, cached briefly like the org tree itself. */
  private cached: { at: number; units: Map<string, UnitInfo> } | null = null;
  private calendarFor?: { overrides: object; calendar: WorkingCalendar };

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly org: OrgTreeService,
    private readonly calendars: CalendarService,
    private readonly config: RuntimeConfig,
  ) {}

  get dueSoonWorkingDays(): number {
    return this.config.values.REPORT_DUE_SOON_WORKING_DAYS;
  }

  period(value: string | undefined): ReportPeriod {
    const p = value ? parsePeriod(value) : null;
    if (!p) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        {
          field: 'period',
          message: 'Kỳ báo cáo viết như 2025, 2025-Q1, 2025-03 hoặc 2025-03-01..2025-04-15.',
        },
      ]);
    }
    return p;
  }

  /** One calendar while the admin's overrides stay the same: its lunar holidays are costly to compute. */
  async calendar(): Promise<WorkingCalendar> {
    const overrides = await this.calendars.adminOverrides();
    if (this.calendarFor?.overrides !== overrides) {
      this.calendarFor = { overrides, calendar: vietnameseCalendar(overrides) };
    }
    return this.calendarFor.calendar;
  }

  /** The user's scope as SQL: a scope over the whole directory needs no unit list. */
  async scope(p: Principal): Promise<ReportScopeSql & { root: string }> {
    const s = reportScope(p);
    const units = s.withSubtree ? await this.org.subtree(s.unitCode) : [s.unitCode];
    const n = (await this.units()).size;
    return {
      root: s.unitCode,
      issuerUnitCode: s.issuerUnitCode,
      unitCodes: units.length >= n ? null : units,
    };
  }

  subtree(code: string): Promise<string[]> {
    return this.org.subtree(code);
  }

  ancestry(code: string): Promise<string[]> {
    return this.org.ancestry(code);
  }

  async units(): Promise<Map<string, UnitInfo>> {
    if (this.cached && Date.now() - this.cached.at < TTL_MS) return this.cached.units;
    const rows: UnitInfo[] = await this.ds.query(
      `SELECT code, short_name AS "shortName", full_name AS "fullName", parent_code AS "parentCode",
              ordinal, head_email AS "headEmail", emails
         FROM org_unit`,
    );
    this.cached = { at: Date.now(), units: new Map(rows.map((r) => [r.code, r])) };
    return this.cached.units;
  }

  /** A unit named in a filter must be in the directory (the scope still limits what counts). */
  async checkUnit(code: string): Promise<void> {
    if (!(await this.org.exists(code))) {
      throw new DomainException(ErrorCode.UnknownUnit, 'Có đơn vị không có trong danh bạ.', [
        { field: 'unit', message: `Không có đơn vị mã "${code}" trong danh bạ.` },
      ]);
    }
  }
}
