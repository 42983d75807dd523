import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource } from 'typeorm';
import {
  CalendarOverrides,
  Principal,
  addDays,
  dayOfWeek,
  vietnameseCalendar,
  DomainException,
  ErrorCode,
} from '@dondoc/domain';
import { CalendarOverrideEntity } from '@dondoc/persistence';
import { TaskBroadcast } from '@dondoc/platform';
import { recordApiEvent } from '../common/api-audit';
import { CalendarYearDto, CalendarYearView } from './calendar.dto';

const TTL_MS = 30_000;

/** The admin's calendar changes, cached briefly: every task view plans with them. */
@Injectable()
export class CalendarService {
  private cached: { at: number; value: Record<number, CalendarOverrides> } | null = null;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly broadcast: TaskBroadcast,
  ) {}

  async adminOverrides(): Promise<Record<number, CalendarOverrides>> {
    if (this.cached && Date.now() - this.cached.at < TTL_MS) return this.cached.value;
    const rows = await this.ds.getRepository(CalendarOverrideEntity).find();
    const value: Record<number, CalendarOverrides> = {};
    for (const r of rows) {
      const y = (value[Number(r.day.slice(0, 4))] ??= { daysOff: [], workingDays: [] });
      (r.kind === 'day_off' ? y.daysOff : y.workingDays).push(r.day);
    }
    this.cached = { at: Date.now(), value };
    return value;
  }

  async year(year: number): Promise<CalendarYearView> {
    const calendar = vietnameseCalendar(await this.adminOverrides());
    const holidays: string[] = [];
    const makeUpDays: string[] = [];
    for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
      const weekend = [0, 6].includes(dayOfWeek(d));
      const working = calendar.isWorkingDay(d);
      if (!weekend && !working) holidays.push(d);
      if (weekend && working) makeUpDays.push(d);
    }
    const rows = await this.rowsOf(year);
    const of = (kind: string) =>
      rows.filter((r) => r.kind === kind).map((r) => ({ date: r.day, note: r.note }));
    return {
      year,
      holidays,
      makeUpDays,
      adminDaysOff: of('day_off'),
      adminWorkingDays: of('working_day'),
    };
  }

  /**
   * Replaces a year's admin changes. Running workflows hear of it by the broadcast and
   * re-plan at once; one the broadcast missed re-plans when its next reminder finds the
   * calendar's version changed, and sends nothing on the old plan.
   */
  async setYear(p: Principal, year: number, dto: CalendarYearDto): Promise<CalendarYearView> {
    const all = [...dto.daysOff, ...dto.workingDays];
    const errors = all
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => !d.date.startsWith(`${year}-`))
      .map(({ d }) => ({ field: 'date', message: `Ngày ${d.date} không thuộc năm ${year}.` }));
    const dates = all.map((d) => d.date);
    const twice = dates.filter((d, i) => dates.indexOf(d) !== i);
    errors.push(...twice.map((d) => ({ field: 'date', message: `Ngày ${d} được nhập hai lần.` })));
    if (errors.length)
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', errors);
    const before = await this.year(year);
    await this.ds.transaction(async (em) => {
      await em.delete(CalendarOverrideEntity, { day: Between(`${year}-01-01`, `${year}-12-31`) });
      const now = new Date();
      const row = (kind: 'day_off' | 'working_day') => (d: { date: string; note: string }) => ({
        day: d.date,
        kind,
        note: d.note,
        updatedBy: p.userId,
        updatedAt: now,
      });
      await em.insert(CalendarOverrideEntity, [
        ...dto.daysOff.map(row('day_off')),
        ...dto.workingDays.map(row('working_day')),
      ]);
      await recordApiEvent(em, p, now, {
        action: 'calendar.updated',
        before: { year, daysOff: before.adminDaysOff, workingDays: before.adminWorkingDays },
        after: { year, daysOff: dto.daysOff, workingDays: dto.workingDays },
      });
    });
    this.cached = null;
    // Open tasks re-plan at once, so a reminder that moves earlier goes out on its new day.
    await this.broadcast.calendarChanged(`lịch làm việc năm ${year} được cập nhật`);
    return this.year(year);
  }

  private rowsOf(year: number): Promise<CalendarOverrideEntity[]> {
    return this.ds.getRepository(CalendarOverrideEntity).find({
      where: { day: Between(`${year}-01-01`, `${year}-12-31`) },
      order: { day: 'ASC' },
    });
  }
}
