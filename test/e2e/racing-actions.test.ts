import { taskStateQuery } from '@dondoc/contracts';
import { TaskState, stateDifferences } from '@dondoc/domain';
import { TaskEntity, taskStateOf } from '@dondoc/persistence';
import { ApiClient } from '../support/api-client';
import { issueDirective } from '../support/directives';
import { TestSystem } from '../support/system';

/**
 * Two different actions on one task at the same moment, each pair fired on fifty tasks at
 * once (and each side sent twice, as a double click does): afterwards the record and the
 * workflow agree on every task, none is stuck, and no action is credited to a unit that did
 * not take it.
 */
const TASKS = 50;
const UNIT = 'VKSTC.V8';
const OTHER = 'VKSTC.V2';
// No reminders: the assignment notice and the decisions' notices are all the mail there is.
const QUIET = {
  acknowledge: [],
  beforeDue: [],
  afterDue: [],
  repeatAfterDue: null,
  dueSoon: { workingDays: 1 },
};

type Send = (taskId: string) => Promise<{ status: number }>;

describe('racing actions on one task', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let leader: ApiClient;
  let officer: ApiClient;
  let otherOfficer: ApiClient;

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    leader = await sys.as('VKSTC', 'leader');
    officer = await sys.as(UNIT, 'unit_officer');
    otherOfficer = await sys.as(OTHER, 'unit_officer');
  });
  afterAll(() => sys.stop());

  const acknowledge: Send = (id) => officer.post(`/tasks/${id}/acknowledge`);
  const submit: Send = (id) => officer.post(`/tasks/${id}/submit`).send({ result: 'Đã xong' });
  const cancel: Send = (id) => leader.post(`/tasks/${id}/cancel`).send({ reason: 'Không cần nữa' });
  const reassign: Send = (id) =>
    leader.post(`/tasks/${id}/reassign`).send({ unit: OTHER, reason: 'Đúng chức năng' });
  const accept: Send = (id) => leader.post(`/tasks/${id}/accept`).send({});
  const giveBack: Send = (id) =>
    leader.post(`/tasks/${id}/return`).send({ reason: 'Thiếu số liệu' });
  const approve: Send = (id) => leader.post(`/tasks/${id}/extension/approve`).send({});
  const reject: Send = (id) =>
    leader.post(`/tasks/${id}/extension/reject`).send({ reason: 'Không có căn cứ' });
  const askMore: Send = (id) =>
    officer.post(`/tasks/${id}/extension`).send({ due: '2031-03-31', reason: 'Chờ số liệu quý I' });

  async function issue(title: string): Promise<string[]> {
    const res = await issueDirective(clerk, {
      title,
      policy: QUIET,
      tasks: Array.from({ length: TASKS }, (_, i) => ({
        item: String(i + 1),
        summary: `${title} ${i + 1}`,
        leadUnit: UNIT,
        due: '2030-12-31',
      })),
    });
    return res.tasks.map((t: { id: string }) => t.id);
  }

  async function workflowState(taskId: string): Promise<TaskState> {
    const s = await sys.temporal.workflow.getHandle(`task-${taskId}`).query(taskStateQuery);
    return s.task!;
  }

  async function record(taskId: string): Promise<TaskEntity> {
    return sys.db.getRepository(TaskEntity).findOneByOrFail({ id: taskId });
  }

  /**
   * Both sides at once, each twice; every answer a success or a refusal with a reason (and,
   * for the old unit once a reassignment is in, "not found": the task is no longer its).
   */
  async function race(ids: string[], a: Send, b: Send, allowed = [200, 409]): Promise<void> {
    const answers = await Promise.all(ids.flatMap((id) => [a(id), b(id), a(id), b(id)]));
    const statuses = [...new Set(answers.map((r) => r.status))].sort();
    expect(statuses.filter((s) => !allowed.includes(s))).toEqual([]);
  }

  /** The record follows the workflow on every task, and neither is stuck. */
  async function expectAgreement(ids: string[]): Promise<TaskState[]> {
    return Promise.all(
      ids.map(async (id) => {
        const wf = await workflowState(id);
        expect({ id, differences: stateDifferences(taskStateOf(await record(id)), wf) }).toEqual({
          id,
          differences: [],
        });
        if (wf.status !== 'done' && wf.status !== 'cancelled') {
          // Not stuck: the issuer can still act, and record and workflow still agree.
          await cancel(id).then((r) => expect(r.status).toBe(200));
          expect((await record(id)).status).toBe('cancelled');
        }
        return wf;
      }),
    );
  }

  /** Every task event by the unit's officer was recorded under the unit that acted. */
  async function expectCreditedToActor(ids: string[]): Promise<void> {
    const events: { unit: string; action: string }[] = await sys.db.query(
      `SELECT unit_code AS unit, action FROM audit_event
        WHERE task_id = ANY($1) AND actor_user_id = $2 AND action LIKE 'task.%'`,
      [ids, officer.user.userId],
    );
    expect(events.filter((e) => e.unit !== UNIT)).toEqual([]);
  }

  async function prepare(ids: string[], ...steps: Send[]): Promise<void> {
    await Promise.all(
      ids.map(async (id) => {
        for (const step of steps) expect((await step(id)).status).toBe(200);
      }),
    );
  }

  it('acknowledge against cancel', async () => {
    const ids = await issue('Tiếp nhận và hủy');
    await race(ids, acknowledge, cancel);
    const states = await expectAgreement(ids);
    expect(states.every((s) => s.status === 'cancelled' || s.status === 'acknowledged')).toBe(true);
    await expectCreditedToActor(ids);
  });

  it('submit against cancel', async () => {
    const ids = await issue('Nộp và hủy');
    await prepare(ids, acknowledge);
    await race(ids, submit, cancel);
    await expectAgreement(ids);
  });

  it('submit against reassignment: the old unit’s submission is never the new unit’s', async () => {
    const ids = await issue('Nộp và giao lại');
    await prepare(ids, acknowledge);
    await race(ids, submit, reassign, [200, 404, 409]);
    const states = await expectAgreement(ids);
    // Submitted for the unit that submitted, or handed to the other unit untouched.
    for (const s of states) {
      if (s.leadUnitCode === OTHER) expect(s.submittedAt).toBeNull();
    }
    await expectCreditedToActor(ids);
    // The other unit never acted, so nothing is recorded in its name.
    const [{ n }] = await sys.db.query(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE task_id = ANY($1) AND actor_user_id = $2`,
      [ids, otherOfficer.user.userId],
    );
    expect(n).toBe(0);
  });

  it('acknowledge against reassignment', async () => {
    const ids = await issue('Tiếp nhận và giao lại');
    await race(ids, acknowledge, reassign, [200, 404, 409]);
    const states = await expectAgreement(ids);
    for (const s of states) if (s.leadUnitCode === OTHER) expect(s.status).not.toBe('acknowledged');
    await expectCreditedToActor(ids);
  });

  it('accept against return', async () => {
    const ids = await issue('Nghiệm thu và trả lại');
    await prepare(ids, acknowledge, submit);
    await race(ids, accept, giveBack);
    const states = await expectAgreement(ids);
    // Accepted, or returned to the unit to work on: never both, never neither.
    expect(states.every((s) => s.status === 'done' || s.status === 'in_progress')).toBe(true);
  });

  it('approve against reject an extension', async () => {
    const ids = await issue('Duyệt và từ chối gia hạn');
    await prepare(ids, acknowledge, askMore);
    await race(ids, approve, reject);
    const states = await expectAgreement(ids);
    expect(states.every((s) => s.extension === null)).toBe(true);
  });

  it('mail stays once per notice through all of it', async () => {
    const keys: { key: string; n: number }[] = await sys.db.query(
      `SELECT n.key, count(*)::int AS n FROM notification n JOIN task t ON t.id = n.task_id
        JOIN directive d ON d.id = t.directive_id
        WHERE d.issuer_unit_code = 'VKSTC' AND t.lead_unit_code = ANY($1) AND t.assigned_at > now() - interval '1 hour'
        GROUP BY n.key HAVING count(*) > 1`,
      [[UNIT, OTHER]],
    );
    expect(keys).toEqual([]);
    const ids = new Set(sys.smtp.messages.map((m) => m.messageId));
    expect(ids.size).toBe(sys.smtp.messages.length);
  });
});
