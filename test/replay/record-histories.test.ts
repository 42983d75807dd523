import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { TestSystem } from '../support/system';
import { testEnv } from '../support/test-env';
import { temporalCli } from '../../libs/devkit/src';
import { taskWorkflowId } from '../../libs/contracts/src';

/**
 * Records histories of real runs as replay fixtures. Run on purpose, when a workflow
 * version is about to change: RECORD_HISTORIES=<label> npx jest test/replay/record-histories
 */
const label = process.env.RECORD_HISTORIES;
const run = label ? describe : describe.skip;

run('record task workflow histories', () => {
  const sys = new TestSystem();
  beforeAll(() => sys.start());
  afterAll(() => sys.stop());

  async function issue(key: string, policy: object, dueInMs: number): Promise<string> {
    const clerk = await sys.as('VKSTC', 'secretariat');
    const res = await clerk
      .post('/directives')
      .set('Idempotency-Key', `record-${label}-${key}-${Date.now()}`)
      .send({
        number: `${key}/TB-VKSTC`,
        docType: 'THÔNG BÁO',
        title: `Ghi lịch sử workflow: ${key}`,
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSTC',
        policy,
        tasks: [
          {
            item: '1',
            summary: `Nhiệm vụ ghi lịch sử ${key}`,
            leadUnit: 'VKSTC.V8',
            due: new Date(Date.now() + dueInMs).toISOString(),
          },
        ],
      })
      .expect(201);
    return res.body.tasks[0].id;
  }

  async function save(name: string, taskId: string) {
    const handle = sys.temporal.workflow.getHandle(taskWorkflowId(taskId));
    await handle.result();
    // The CLI writes the JSON form that Worker.runReplayHistory reads.
    const history = execFileSync(
      temporalCli(),
      [
        'workflow',
        'show',
        '--address',
        testEnv().temporalAddress,
        '--workflow-id',
        handle.workflowId,
        '--output',
        'json',
      ],
      { encoding: 'utf8' },
    );
    const dir = join(__dirname, 'histories');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${label}-${name}.json`), history);
  }

  const mailsFor = (taskId: string, n: number) =>
    sys.smtp.waitFor((all) => all.filter((m) => m.text.includes(taskId)).length >= n, 30_000);

  it('reminded, acknowledged, reminded again, completed on time', async () => {
    const officer = await sys.as('VKSTC.V8', 'unit_officer');
    const taskId = await issue(
      'ack-complete',
      {
        acknowledge: [{ offset: { seconds: 1 }, to: ['unit'] }],
        beforeDue: [
          { offset: { seconds: 9 }, to: ['unit'] },
          { offset: { seconds: 2 }, to: ['unit'] },
        ],
        afterDue: [],
        repeatAfterDue: null,
        dueSoon: { seconds: 5 },
      },
      12_000,
    );
    await mailsFor(taskId, 1);
    await officer.post(`/tasks/${taskId}/acknowledge`).expect(200);
    await mailsFor(taskId, 2);
    await officer.post(`/tasks/${taskId}/complete`).send({ result: 'Đã xong' }).expect(200);
    await save('ack-complete', taskId);
  });

  it('escalated after the deadline, repeated, then completed late', async () => {
    const officer = await sys.as('VKSTC.V8', 'unit_officer');
    const taskId = await issue(
      'overdue-repeats',
      {
        acknowledge: [],
        beforeDue: [{ offset: { seconds: 1 }, to: ['unit'] }],
        afterDue: [
          { offset: { seconds: 1 }, to: ['unit_head'] },
          { offset: { seconds: 2 }, to: ['issuer'] },
        ],
        repeatAfterDue: { offset: { seconds: 1 }, to: ['unit_head', 'issuer'] },
        dueSoon: { seconds: 1 },
      },
      3_000,
    );
    await mailsFor(taskId, 6);
    await officer.post(`/tasks/${taskId}/complete`).send({ result: 'Xong muộn' }).expect(200);
    await save('overdue-repeats', taskId);
  });
});
