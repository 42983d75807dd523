import type {
  RecordTransitionInput,
  SendDigestInput,
  SendNotificationInput,
} from '@dondoc/contracts';
import type { ReminderLateness } from './reminder-lateness';
import type { WorkerMetrics } from './worker-metrics';

type ActivityFn = (...args: never[]) => Promise<unknown>;

const mailKind = (activity: string, input: unknown): string | null => {
  if (activity === 'sendNotification') return (input as SendNotificationInput).kind;
  if (activity === 'sendDigest') return `digest_${(input as SendDigestInput).kind}`;
  return null;
};

/**
 * The same activities, timed and counted: every attempt by outcome, mail taken by the relay
 * or failed (to be retried), transitions recorded, and reminders' lateness. The activities
 * themselves are untouched and know nothing of metrics.
 */
export function instrumentActivities<T extends Record<string, ActivityFn>>(
  activities: T,
  metrics: WorkerMetrics,
  lateness: ReminderLateness,
): T {
  const wrapped = Object.entries(activities).map(([name, fn]) => {
    const run = async (...args: never[]) => {
      const end = metrics.activityDuration.startTimer({ activity: name });
      const kind = mailKind(name, args[0]);
      try {
        const result = await fn(...args);
        end({ outcome: 'ok' });
        if (kind && (result as { sent?: boolean } | undefined)?.sent) {
          metrics.mailSent.inc({ kind });
          if (name === 'sendNotification') {
            const input = args[0] as SendNotificationInput;
            lateness.sent(input.taskId, input.key, new Date());
          }
        }
        if (name === 'recordTransition') {
          const input = args[0] as RecordTransitionInput;
          metrics.taskActions.inc({
            action: input.action,
            source: input.actor?.source ?? 'unknown',
          });
        }
        return result;
      } catch (err) {
        end({ outcome: 'error' });
        if (kind) metrics.mailFailed.inc({ kind });
        throw err;
      }
    };
    return [name, run];
  });
  return Object.fromEntries(wrapped) as T;
}
