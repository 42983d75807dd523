import ICAL from 'ical.js';
import { dueDateIcs } from './due-date-ics';

/** Read back by ical.js, the parser Thunderbird uses: what a calendar would show. */
function readBack(ics: string) {
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
  return event;
}

const base = {
  taskId: '5f0a7a3c-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  sequence: 2,
  summary: 'Hạn: Báo cáo kết quả',
  description: 'THÔNG BÁO số 12/TB-VKSTC',
  url: 'https://dondoc.test/tasks/5f0a7a3c',
};

describe('dueDateIcs', () => {
  it('puts a deadline with a time of day at that very instant, read on a machine in Vietnam', () => {
    // 06:51 on 2/12/2026 in Vietnam is 23:51 on 1/12 UTC.
    const dueAt = new Date('2026-12-01T23:51:18.000Z');
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      const event = readBack(dueDateIcs({ ...base, dueAt, dueDate: '2026-12-02' }));
      expect(event.startDate.toJSDate().toISOString()).toBe(dueAt.toISOString());
      expect(event.startDate.isDate).toBe(false);
    } finally {
      process.env.TZ = tz;
    }
  });

  it('writes no zone it does not also describe: UTC, or a VTIMEZONE for every TZID', () => {
    const ics = dueDateIcs({ ...base, dueAt: new Date('2026-12-01T23:51:18.000Z'), dueDate: null });
    const tzids = [...ics.matchAll(/TZID=([^:;]+)/g)].map((m) => m[1]);
    for (const tz of new Set(tzids))
      expect(ics).toMatch(new RegExp(`BEGIN:VTIMEZONE[\\s\\S]*TZID:${tz}`));
  });

  it('makes a date deadline an all-day event on the last day on time', () => {
    // "trước ngày 10/7/2020": on time through 9/7, late from 00:00 on 10/7 in Vietnam.
    const dueAt = new Date('2020-07-09T17:00:00.000Z');
    const event = readBack(dueDateIcs({ ...base, dueAt, dueDate: '2020-07-09' }));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2020-07-09');
    expect(event.endDate.toString()).toBe('2020-07-10');
  });

  it('keeps the task as the UID and the plan revision as the SEQUENCE, so an extension moves it', () => {
    const event = readBack(
      dueDateIcs({ ...base, dueAt: new Date('2020-07-09T17:00:00.000Z'), dueDate: '2020-07-09' }),
    );
    expect(event.uid).toBe(`task-${base.taskId}@don-doc`);
    expect(event.sequence).toBe(2);
  });
});
