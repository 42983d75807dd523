import { DataSource } from 'typeorm';
import { waitFor } from '@dondoc/devkit';
import type { TimingPolicy } from '@dondoc/domain';
import { REMINDER_STAGE_LEAD_MS } from '@dondoc/contracts';
import { messageIdFor } from '../activities';
import {
  ApiSession,
  AppProcess,
  cpuSeconds,
  mailedUnits,
  postgresCpuSeconds,
  quantile,
  report,
  startBenchParts,
  startSystem,
} from './bench-parts';
import { MailCounter } from './mail-counter';

/**
 * The 08:00 storm: N open tasks whose one reminder each falls due within the same window,
 * issued well before it so their assignment notices have gone out. The parts `npm start`
 * runs: the Temporal dev server, the worker and the api in processes of their own, mail to
 * a real SMTP server (here, in the bench's process). Temporal keeps its history in memory,
 * as in the tests and the fanout bench; BENCH_TEMPORAL_DB=file puts it in a SQLite file as
 * `npm start` does, which on a shared disk measures the disk's fsyncs more than our code.
 * Each reminder is found at the SMTP server by the Message-ID its outbox key gives it. The
 * reminders are staged in the outbox ten minutes ahead (`REMINDER_STAGE_LEAD_MS`) and sent
 * at their instant by the worker's dispatcher.
 *
 * `npm run -s bench -- timers [N [WINDOW_S]]` (default 5000 over 60 s); TIMERS_LEAD_S sets
 * how long after issuing the window opens, TIMERS_GRACE_S how long after it closes to wait.
 */
const REMINDER_BEFORE_DUE_S = 3600;
const TASKS_PER_DIRECTIVE = 1000;

/** One reminder an hour before the deadline, and nothing else: the storm and only it. */
const STORM_POLICY: TimingPolicy = {
  acknowledge: [],
  beforeDue: [{ offset: { seconds: REMINDER_BEFORE_DUE_S }, to: ['unit'] }],
  afterDue: [],
  repeatAfterDue: null,
  dueSoon: { seconds: REMINDER_BEFORE_DUE_S },
};

interface Expected {
  reminderId: string;
  assignedId: string;
  at: number;
}

async function issue(api: ApiSession, units: string[], dues: Date[], round: number) {
  const body = JSON.stringify({
    number: `${round}/KH-VKSTC`,
    docType: 'KẾ HOẠCH',
    title: `Kế hoạch đo nhắc việc đồng loạt, phần ${round}`,
    issuedOn: '2026-11-23',
    issuerUnit: 'VKSTC',
    policy: STORM_POLICY,
    tasks: dues.map((due, i) => ({
      item: String(i + 1),
      summary: `Nhiệm vụ thứ ${i + 1} của phần ${round}`,
      leadUnit: units[(round * TASKS_PER_DIRECTIVE + i) % units.length],
      due: due.toISOString(),
    })),
  });
  const res = await fetch(`${api.baseUrl}/directives`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: api.cookie, 'x-csrf-token': api.csrf },
    body,
  });
  if (res.status !== 201) throw new Error(`POST /directives: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export async function timers(args: string[]): Promise<void> {
  const tasks = Number(args[0] ?? process.env.TIMERS_TASKS ?? 5000);
  const windowS = Number(args[1] ?? process.env.TIMERS_WINDOW_S ?? 60);
  // Issued this long before the window: the reminders are staged ten minutes ahead, and the
  // assignment notices (about 30 a second) must have gone out before that starts.
  const leadS = Number(
    process.env.TIMERS_LEAD_S ??
      REMINDER_STAGE_LEAD_MS / 1000 + Math.max(120, Math.ceil(tasks * 0.04)),
  );
  const graceS = Number(process.env.TIMERS_GRACE_S ?? 900);

  const parts = await startBenchParts('timers', {
    temporalOnDisk: process.env.BENCH_TEMPORAL_DB === 'file',
  });
  const smtp = await new MailCounter().start();
  const apps: AppProcess[] = [];
  let peakWorkerRss = 0;
  const sampler = setInterval(() => {
    peakWorkerRss = Math.max(peakWorkerRss, apps[0]?.rssMb() ?? 0);
  }, 1000);
  try {
    const { worker, api: apiProcess, session: api } = await startSystem(parts, 'timers', smtp.port);
    apps.push(worker, apiProcess);

    const ds = await new DataSource({ type: 'postgres', url: parts.databaseUrl }).initialize();
    const units = await mailedUnits(ds);

    // Reminder i falls due at windowStart + i·window/N, to the whole second.
    const issuedAt = Date.now();
    const windowStart = Math.ceil((issuedAt + leadS * 1000) / 1000) * 1000;
    const dues = Array.from(
      { length: tasks },
      (_, i) =>
        new Date(
          windowStart + Math.floor((i * windowS) / tasks) * 1000 + REMINDER_BEFORE_DUE_S * 1000,
        ),
    );
    const directiveIds: string[] = [];
    for (let r = 0; r * TASKS_PER_DIRECTIVE < tasks; r++) {
      const chunk = dues.slice(r * TASKS_PER_DIRECTIVE, (r + 1) * TASKS_PER_DIRECTIVE);
      directiveIds.push(await issue(api, units, chunk, r));
    }
    const issueS = (Date.now() - issuedAt) / 1000;

    const rows: { id: string; rev: number; due: Date }[] = await ds.query(
      `SELECT id, plan_revision AS rev, due_at AS due FROM task WHERE directive_id = ANY($1)`,
      [directiveIds],
    );
    if (rows.length !== tasks) throw new Error(`${rows.length} tasks stored, not ${tasks}`);
    const expected: Expected[] = rows.map((t) => ({
      reminderId: messageIdFor(`${t.id}/due_reminder:0@${t.rev}`),
      assignedId: messageIdFor(`${t.id}/assigned:${t.rev}`),
      at: new Date(t.due).getTime() - REMINDER_BEFORE_DUE_S * 1000,
    }));

    const assignedIds = expected.map((e) => e.assignedId);
    await waitFor(
      'assignment notices',
      async () => {
        if (smtp.countArrived(assignedIds) < tasks) throw new Error('not all yet');
      },
      windowStart - Date.now() + graceS * 1000,
    ).catch(() => undefined);
    const assignedArrived = smtp.countArrived(assignedIds);
    const assignedDrainS =
      Math.max(...assignedIds.map((id) => smtp.arrivals(id)[0] ?? NaN)) - issuedAt;
    if (Date.now() > windowStart)
      console.error(
        `warning: assignment notices still going out when the window opened; raise TIMERS_LEAD_S`,
      );

    // CPU of each part over the storm, from the last assignment notice to the last reminder.
    const cpu = () => ({
      worker: cpuSeconds(worker.pid),
      temporal: cpuSeconds(parts.temporalPid),
      postgres: postgresCpuSeconds(),
      api: cpuSeconds(apiProcess.pid),
    });
    const cpuBefore = cpu();
    const windowEnd = windowStart + windowS * 1000;
    const reminderIds = expected.map((e) => e.reminderId);
    await waitFor(
      'reminders',
      async () => {
        if (smtp.countArrived(reminderIds) < tasks) throw new Error('not all yet');
      },
      windowEnd - Date.now() + graceS * 1000,
    ).catch(() => undefined);
    const cpuAfter = cpu();
    const cpuMsPerReminder = (part: keyof typeof cpuBefore) =>
      (((cpuAfter[part] - cpuBefore[part]) * 1000) / tasks).toFixed(1);
    // Time for a second copy to show itself.
    await new Promise((r) => setTimeout(r, 5000));

    const late: number[] = [];
    let missing = 0;
    let doubled = 0;
    let early = 0;
    for (const e of expected) {
      const arrivals = smtp.arrivals(e.reminderId);
      if (!arrivals.length) {
        missing++;
        continue;
      }
      if (arrivals.length > 1) doubled++;
      if (arrivals[0] < e.at) early++;
      late.push(Math.max(0, arrivals[0] - e.at));
    }
    const known = new Set([...reminderIds, ...assignedIds]);
    const unexpected = smtp.mails.filter((m) => !known.has(m.messageId)).length;
    const [{ n: outboxSent }] = await ds.query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'due_reminder' AND sent_at IS NOT NULL AND task_id IN (SELECT id FROM task WHERE directive_id = ANY($1))`,
      [directiveIds],
    );
    await ds.destroy();
    const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');
    report([
      ['tasks', tasks],
      ['window_s', windowS],
      ['lead_s', leadS],
      ['issue_s', issueS.toFixed(1)],
      ['assigned_received', assignedArrived],
      ['assigned_drain_s', (assignedDrainS / 1000).toFixed(1)],
      ['worker_rss_peak_mb', peakWorkerRss.toFixed(0)],
      ['cpu_ms_per_reminder_worker', cpuMsPerReminder('worker')],
      ['cpu_ms_per_reminder_temporal', cpuMsPerReminder('temporal')],
      ['cpu_ms_per_reminder_postgres', cpuMsPerReminder('postgres')],
      ['cpu_ms_per_reminder_api', cpuMsPerReminder('api')],
      ['expected', tasks],
      ['received', tasks - missing],
      ['missing', missing],
      ['doubled', doubled],
      ['early', early],
      ['unexpected', unexpected],
      ['outbox_sent', outboxSent],
      ['reminder_p50_late_ms', ms(quantile(late, 0.5))],
      ['reminder_p95_late_ms', ms(quantile(late, 0.95))],
      ['reminder_max_late_ms', ms(late.length ? Math.max(...late) : NaN)],
      ['reminder_p99_late_ms', ms(quantile(late, 0.99))],
    ]);
  } finally {
    clearInterval(sampler);
    for (const a of apps.reverse()) await a.stop();
    await smtp.stop();
    await parts.stop();
  }
}
