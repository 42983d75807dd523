import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays, localDateOf, VN_OFFSET_MS } from '@dondoc/domain';

export interface DueEvent {
  taskId: string;
  /** Bumped with every re-plan, so a calendar replaces the event instead of adding one. */
  sequence: number;
  summary: string;
  description: string;
  url: string;
  dueAt: Date;
  dueDate: string | null;
}

/**
 * An .ics for the due date: an all-day event on the last day on time, or, for a deadline
 * with a time of day, a marker at that instant. Its UID is the task's, so an extension
 * moves the event already in the recipient's calendar.
 */
export function dueDateIcs(e: DueEvent): string {
  const cal = ical({ prodId: '//Don Doc//VKSND//VI', method: ICalCalendarMethod.PUBLISH });
  const lastDay = e.dueDate ?? localDateOf(new Date(e.dueAt.getTime() - 1));
  const timeOfDay = (e.dueAt.getTime() + VN_OFFSET_MS) % 86_400_000 !== 0;
  cal.createEvent({
    id: `task-${e.taskId}@don-doc`,
    sequence: e.sequence,
    summary: e.summary,
    description: e.description,
    url: e.url,
    // An instant is written in UTC ("Z"): exact in every calendar, with no zone to describe.
    ...(timeOfDay
      ? { start: e.dueAt, end: e.dueAt }
      : {
          start: new Date(`${lastDay}T00:00:00Z`),
          end: new Date(`${addDays(lastDay, 1)}T00:00:00Z`),
          allDay: true,
        }),
  });
  return cal.toString();
}
