import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { DIGEST_HOUR, DIGEST_SCHEDULE_ID } from '@dondoc/contracts';

/**
 * The Temporal Schedule that starts the day's digests: every day at 07:00 Vietnamese time
 * (00:00 UTC; Vietnam keeps no summer time). The workflow itself decides whether the day
 * is a working day, with the admin's calendar; a missed morning is caught up within a day,
 * and a run still going is never doubled.
 */
export async function ensureDigestSchedule(client: Client, taskQueue: string): Promise<boolean> {
  try {
    await client.schedule.create({
      scheduleId: DIGEST_SCHEDULE_ID,
      spec: {
        calendars: [{ hour: DIGEST_HOUR - 7, minute: 0, comment: '07:00 giờ Việt Nam' }],
      },
      action: {
        type: 'startWorkflow',
        workflowType: 'digestWorkflow',
        workflowId: 'digests',
        taskQueue,
        args: [{}],
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
    return true;
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return false;
    throw err;
  }
}
