import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestSystem } from '../support/system';
import { testEnv } from '../support/test-env';
import { temporalCli } from '@dondoc/devkit';
import { seriesWorkflowId, taskWorkflowId } from '@dondoc/contracts';
import { ApiClient } from '../support/api-client';
import { taskMails } from '../support/task-mail';

/**
 * Records histories of real runs as replay fixtures. Run on purpose, before a workflow
 * changes, with the label of the version being recorded:
 *   RECORD_HISTORIES=v2 npx jest test/replay/record-histories --selectProjects integration
 * The v1 fixtures came from the first task workflow (acknowledge and complete only).
 */
const label = process.env.RECORD_HISTORIES;
const run = label ? describe : describe.skip;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

run('record workflow histories', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let leader: ApiClient;
  let officer: ApiClient;
  beforeAll(async () => {
    await sys.start({ env: { TASK_HISTORY_LIMIT: '80' } });
    clerk = await sys.as('VKSTC', 'secretariat');
    leader = await sys.as('VKSTC', 'leader');
    officer = await sys.as('VKSTC.V8', 'unit_officer');
  });
  afterAll(() => sys.stop());

  async function issue(key: string, policy: object, task: Record<string, unknown>) {
    const t0 = Date.now();
    const res = await clerk
      .post('/directives')
      .send({
        number: `${key}/TB-VKSTC`,
        docType: 'THÔNG BÁO',
        title: `Ghi lịch sử workflow: ${key}`,
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSTC',
        policy,
        tasks: [{ item: '1', summary: `Nhiệm vụ ${key}`, leadUnit: 'VKSTC.V8', ...task }],
      })
      .expect(201);
    return { t0, task: res.body.tasks[0] as { id: string; seriesId: string | null } };
  }

  const until = async (taskId: string, t0: number, key: string) => {
    const deadline = Date.now() + 60_000;
    while (!(await taskMails(sys.db, sys.smtp, taskId, t0)).some((m) => m.key === key)) {
      if (Date.now() > deadline) throw new Error(`no ${key}`);
      await sleep(200);
    }
  };

  /** The CLI writes the JSON form that Worker.runReplayHistory reads. */
  function save(name: string, workflowId: string, runId?: string) {
    const history = execFileSync(
      temporalCli(),
      [
        'workflow',
        'show',
        '--address',
        testEnv().temporalAddress,
        '--workflow-id',
        workflowId,
        ...(runId ? ['--run-id', runId] : []),
        '--output',
        'json',
      ],
      { encoding: 'utf8' },
    );
    const dir = join(__dirname, 'histories');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${label}-${name}.json`), history);
  }

  it('the whole lifecycle: notice, chase, extension, submission, return, acceptance', async () => {
    const { t0, task } = await issue(
      'lifecycle',
      {
        acknowledge: [{ offset: { seconds: 1 }, to: ['unit'] }],
        beforeDue: [{ offset: { seconds: 2 }, to: ['unit', 'coordinating'] }],
        afterDue: [{ offset: { seconds: 1 }, to: ['unit_head'] }],
        repeatAfterDue: null,
        awaitingReview: [{ offset: { seconds: 1 }, to: ['issuer'] }],
        dueSoon: { seconds: 2 },
      },
      { due: new Date(Date.now() + 6000).toISOString(), coordinatingUnits: ['VKSTC.V9'] },
    );
    await until(task.id, t0, 'ack_reminder:0@0');
    await officer.post(`/tasks/${task.id}/acknowledge`).expect(200);
    await officer.post(`/tasks/${task.id}/progress`).send({ text: 'Một nửa', percent: 50 });
    await officer
      .post(`/tasks/${task.id}/extension`)
      .send({ due: new Date(t0 + 9000).toISOString(), reason: 'Chờ số liệu' })
      .expect(200);
    await leader.post(`/tasks/${task.id}/extension/approve`).send({}).expect(200);
    await until(task.id, t0, 'due_reminder:0@1');
    await officer.post(`/tasks/${task.id}/submit`).send({ result: 'Lần 1' }).expect(200);
    await until(task.id, t0, 'review_reminder:0@1');
    await leader.post(`/tasks/${task.id}/return`).send({ reason: 'Thiếu' }).expect(200);
    await officer.post(`/tasks/${task.id}/submit`).send({ result: 'Lần 2' }).expect(200);
    await leader.post(`/tasks/${task.id}/accept`).send({}).expect(200);
    await sys.temporal.workflow.getHandle(taskWorkflowId(task.id)).result();
    save('lifecycle', taskWorkflowId(task.id));
  });

  it('overdue escalations past a hand-over, then reassignment and cancellation', async () => {
    const { t0, task } = await issue(
      'overdue',
      {
        acknowledge: [],
        beforeDue: [],
        afterDue: [{ offset: { seconds: 1 }, to: ['unit_head'] }],
        repeatAfterDue: { offset: { seconds: 1 }, to: ['unit_head', 'issuer'] },
        dueSoon: { seconds: 1 },
      },
      { due: new Date(Date.now() + 1000).toISOString() },
    );
    await until(task.id, t0, 'overdue_escalation:repeat-8@0');
    await leader
      .post(`/tasks/${task.id}/reassign`)
      .send({ unit: 'VKSTC.V9', reason: 'Đúng chức năng' })
      .expect(200);
    await until(task.id, t0, 'overdue_escalation:repeat-9@1');
    await leader.post(`/tasks/${task.id}/cancel`).send({ reason: 'Dừng' }).expect(200);
    const handle = sys.temporal.workflow.getHandle(taskWorkflowId(task.id));
    await handle.result();
    const runs: string[] = [];
    for await (const wf of sys.temporal.workflow.list({
      query: `WorkflowId = '${taskWorkflowId(task.id)}'`,
    }))
      runs.push(wf.runId);
    // Oldest first: a run that continued as new, and the last one that ended.
    runs.reverse();
    save('overdue-first-run', taskWorkflowId(task.id), runs[0]);
    save('overdue-last-run', taskWorkflowId(task.id), runs[runs.length - 1]);
  });

  it('racing actions, and repeats missed while no worker ran', async () => {
    const { t0, task } = await issue(
      'racing',
      {
        acknowledge: [],
        beforeDue: [],
        afterDue: [{ offset: { seconds: 1 }, to: ['unit'] }],
        repeatAfterDue: { offset: { seconds: 1 }, to: ['unit'] },
        dueSoon: { seconds: 1 },
      },
      { due: new Date(Date.now() + 1000).toISOString() },
    );
    await until(task.id, t0, 'overdue_escalation:repeat-0@0');
    await sys.stopWorker();
    await sleep(5000);
    await sys.startWorker();
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [row] = await sys.db.query(
        `SELECT count(*)::int AS n FROM audit_event
          WHERE task_id = $1 AND action = 'notification.sent' AND after ? 'skipped'`,
        [task.id],
      );
      if (row.n > 0) break;
      if (Date.now() > deadline) throw new Error('no collapsed repeat');
      await sleep(200);
    }
    // Several actions at once: each waits its turn and is decided on the recorded state.
    await Promise.all([
      officer.post(`/tasks/${task.id}/acknowledge`),
      officer.post(`/tasks/${task.id}/acknowledge`),
      officer.post(`/tasks/${task.id}/progress`).send({ text: 'Đang làm', percent: 30 }),
      leader.post(`/tasks/${task.id}/cancel`).send({ reason: 'Dừng' }),
      leader.post(`/tasks/${task.id}/cancel`).send({ reason: 'Dừng' }),
    ]);
    await sys.temporal.workflow.getHandle(taskWorkflowId(task.id)).result();
    save('racing-and-missed', taskWorkflowId(task.id));
  });

  it('a recurring series that ends by itself', async () => {
    const t0 = Date.now();
    const { task } = await issue(
      'series',
      {
        acknowledge: [],
        beforeDue: [],
        afterDue: [],
        repeatAfterDue: null,
        dueSoon: { seconds: 1 },
      },
      {
        due: new Date(t0 + 2000).toISOString(),
        recurrence: { everySeconds: 2, until: new Date(t0 + 6500).toISOString() },
      },
    );
    const id = seriesWorkflowId(task.seriesId!);
    await sys.temporal.workflow.getHandle(id).result();
    save('series', id);
  });
});
