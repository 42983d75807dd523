import { DataSource } from 'typeorm';
import { CalendarOverrideEntity } from '@dondoc/persistence';
import type { CalendarOverridesByYear } from '@dondoc/contracts';

/** The admin's changes to the working calendar, grouped by year as workflows use them. */
export class CalendarStore {
  constructor(private readonly ds: DataSource) {}

  async overrides(): Promise<CalendarOverridesByYear> {
    const rows = await this.ds
      .getRepository(CalendarOverrideEntity)
      .find({ order: { day: 'ASC' } });
    const out: CalendarOverridesByYear = {};
    for (const r of rows) {
      const year = Number(r.day.slice(0, 4));
      const y = (out[year] ??= { daysOff: [], workingDays: [] });
      (r.kind === 'day_off' ? y.daysOff : y.workingDays).push(r.day);
    }
    return out;
  }
}
