import { proxyActivities } from '@temporalio/workflow';
import type { DigestActivities } from '../activities';
import type { DigestRunResult, DigestWorkflowInput } from '@dondoc/contracts';
import { localDateOf } from '@dondoc/domain';

const { planDigests, sendDigest } = proxyActivities<DigestActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** People mailed at once: enough to be quick, few enough to be gentle with the relay. */
const LANES = 5;

/**
 * The day's digests, started each morning by a Temporal Schedule: who gets one today
 * (nobody on a day off; leaders on the week's first working day), then one mail each,
 * through the outbox keyed by person and period, so a rerun or a restarted worker sends
 * nothing twice.
 */
export async function digestWorkflow(input: DigestWorkflowInput = {}): Promise<DigestRunResult> {
  const date = input.date ?? localDateOf(new Date());
  const plan = await planDigests({ date });
  let sent = 0;
  for (let i = 0; i < plan.recipients.length; i += LANES) {
    const results = await Promise.all(
      plan.recipients.slice(i, i + LANES).map((r) => sendDigest(r)),
    );
    sent += results.filter((r) => r.sent).length;
  }
  return { date, sent, skipped: plan.recipients.length - sent };
}
