import { DataSource } from 'typeorm';
import type { CalendarOverridesByYear, CalendarSnapshot } from '@dondoc/contracts';

/**
 * The version of the admin calendar: a digest of its content, so any change (a day added,
 * removed or turned from off to working) gives a new one, and equal calendars the same one,
 * with no counter to keep in step. The table holds a few dozen rows.
 */
const CALENDAR_VERSION_SQL = `SELECT md5(coalesce(string_agg(day::text || ':' || kind, ',' ORDER BY day), '')) AS version FROM calendar_override`;

/** The admin's changes to the working calendar, grouped by year as workflows use them. */
export class CalendarStore {
  constructor(private readonly ds: DataSource) {}

  async overrides(): Promise<CalendarOverridesByYear> {
    return (await this.snapshot()).overrides;
  }

  /** The changes and their version from one statement, so the two agree. */
  async snapshot(): Promise<CalendarSnapshot> {
    const rows: { version: string; day: string | null; kind: string | null }[] =
      await this.ds.query(
        `SELECT v.version, o.day::text AS day, o.kind
           FROM (${CALENDAR_VERSION_SQL}) v LEFT JOIN calendar_override o ON true
          ORDER BY o.day`,
      );
    const overrides: CalendarOverridesByYear = {};
    for (const r of rows) {
      if (!r.day) continue;
      const y = (overrides[Number(r.day.slice(0, 4))] ??= { daysOff: [], workingDays: [] });
      (r.kind === 'day_off' ? y.daysOff : y.workingDays).push(r.day);
    }
    return { overrides, version: rows[0].version };
  }

  async version(): Promise<string> {
    const [{ version }]: { version: string }[] = await this.ds.query(CALENDAR_VERSION_SQL);
    return version;
  }
}
