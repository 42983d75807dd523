import { instrumentActivities } from './instrument-activities';
import type { ReminderLateness } from './reminder-lateness';
import { WorkerMetrics } from './worker-metrics';

async function value(metrics: WorkerMetrics, name: string, labels: Record<string, string>) {
  const metric = await metrics.registry.getSingleMetric(name)!.get();
  return metric.values
    .filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))
    .reduce((sum, v) => sum + v.value, 0);
}

describe('instrumentActivities', () => {
  const sent: string[] = [];
  const lateness = {
    sent: (_t: string, key: string) => sent.push(key),
  } as unknown as ReminderLateness;

  it('counts mail the relay took, failed attempts, transitions, and hands reminders to lateness', async () => {
    const metrics = new WorkerMetrics();
    let fail = true;
    const activities = instrumentActivities(
      {
        async sendNotification(input: { taskId: string; key: string; kind: string }) {
          if (input.kind === 'assigned' && fail) {
            fail = false;
            throw new Error('relay down');
          }
          return { sent: input.kind !== 'ack_reminder' };
        },
        async recordTransition(_input: { action: string; actor: { source: string } }) {
          return undefined;
        },
      },
      metrics,
      lateness,
    );
    const mail = (kind: string, key: string) => ({ taskId: 't1', key, kind, to: ['unit'] });
    await expect(activities.sendNotification(mail('assigned', 'assigned:0'))).rejects.toThrow(
      'relay down',
    );
    await activities.sendNotification(mail('assigned', 'assigned:0'));
    await activities.sendNotification(mail('due_reminder', 'due_reminder:0@0'));
    // Not sent (already sent, or no one to send to): not counted.
    await activities.sendNotification(mail('ack_reminder', 'ack_reminder:0@0'));
    await activities.recordTransition({ action: 'acknowledge', actor: { source: 'link' } });

    expect(await value(metrics, 'dondoc_mail_sent_total', { kind: 'assigned' })).toBe(1);
    expect(await value(metrics, 'dondoc_mail_sent_total', { kind: 'due_reminder' })).toBe(1);
    expect(await value(metrics, 'dondoc_mail_sent_total', { kind: 'ack_reminder' })).toBe(0);
    expect(await value(metrics, 'dondoc_mail_send_failures_total', { kind: 'assigned' })).toBe(1);
    expect(
      await value(metrics, 'dondoc_task_actions_total', { action: 'acknowledge', source: 'link' }),
    ).toBe(1);
    expect(sent).toEqual(['assigned:0', 'due_reminder:0@0']);
    const attempts = await metrics.registry
      .getSingleMetric('dondoc_activity_duration_seconds')!
      .get();
    const count = (outcome: string) =>
      attempts.values
        .filter(
          (v) =>
            (v as { metricName?: string }).metricName ===
              'dondoc_activity_duration_seconds_count' &&
            v.labels.activity === 'sendNotification' &&
            v.labels.outcome === outcome,
        )
        .reduce((s, v) => s + v.value, 0);
    expect(count('ok')).toBe(3);
    expect(count('error')).toBe(1);
  });
});
