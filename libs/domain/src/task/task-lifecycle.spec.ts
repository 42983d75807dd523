import { TASK_STATUSES, TaskStatus } from './task-status';
import {
  ISSUER_ACTIONS,
  TaskAction,
  TaskCommand,
  TaskState,
  UNIT_ACTIONS,
  decide,
  outcomeOf,
  statusLabel,
} from './task-lifecycle';

const AT = new Date('2021-07-25T03:00:00.000Z');
const DUE = '2021-07-30T17:00:00.000Z'; // end of 30/7/2021 local

function state(over: Partial<TaskState> = {}): TaskState {
  return {
    status: 'assigned',
    leadUnitCode: 'VKSTC.V8',
    assignedAt: '2021-07-20T03:00:00.000Z',
    dueAt: DUE,
    dueDate: '2021-07-30',
    planRevision: 0,
    plannedFrom: '2021-07-20T03:00:00.000Z',
    submittedAt: null,
    outcome: null,
    percent: null,
    extension: null,
    ...over,
  };
}

const EXTENSION = {
  dueAt: '2021-08-13T17:00:00.000Z',
  dueDate: '2021-08-13',
  reason: 'Chờ số liệu của các tỉnh',
  requestedAt: '2021-07-24T03:00:00.000Z',
};

/** One well-formed command per action, so every status × action pair can be tried. */
const COMMANDS: Record<TaskAction, TaskCommand> = {
  acknowledge: { action: 'acknowledge' },
  report_progress: {
    action: 'report_progress',
    text: 'Đã xong 50%',
    percent: 50,
    attachmentIds: [],
  },
  request_extension: {
    action: 'request_extension',
    dueAt: EXTENSION.dueAt,
    dueDate: EXTENSION.dueDate,
    reason: EXTENSION.reason,
  },
  approve_extension: { action: 'approve_extension', note: null },
  reject_extension: { action: 'reject_extension', reason: 'Không có căn cứ' },
  submit: { action: 'submit', result: 'Đã gửi báo cáo', attachmentIds: [] },
  accept: { action: 'accept', note: null },
  return: { action: 'return', reason: 'Thiếu số liệu quý II' },
  reassign: { action: 'reassign', unitCode: 'VKSTC.V7', reason: 'Đúng chức năng Vụ 7' },
  cancel: { action: 'cancel', reason: 'Không còn cần thiết' },
};

const ACTIONS = Object.keys(COMMANDS) as TaskAction[];

function apply(s: TaskState, command: TaskCommand, at = AT): TaskState {
  const d = decide(s, command, at);
  if (!d.ok) throw new Error(d.reason);
  return d.state;
}

describe('decide: which status allows which action', () => {
  // Extension decisions need a pending request; everything else is decided by status alone.
  const withPending = (s: TaskStatus) => state({ status: s, extension: EXTENSION });

  it('allows exactly this table', () => {
    const allowed = TASK_STATUSES.flatMap((s) =>
      ACTIONS.filter((a) => decide(withPending(s), COMMANDS[a], AT).ok).map((a) => `${s}+${a}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'assigned+acknowledge',
        ...['assigned', 'acknowledged', 'in_progress'].flatMap((s) => [
          `${s}+report_progress`,
          `${s}+approve_extension`,
          `${s}+reject_extension`,
          `${s}+submit`,
          `${s}+reassign`,
          `${s}+cancel`,
        ]),
        'submitted+accept',
        'submitted+return',
        'submitted+reassign',
        'submitted+cancel',
      ].sort(),
    );
  });

  it.each<[TaskStatus, TaskAction, string]>([
    [
      'acknowledged',
      'acknowledge',
      'Không thể tiếp nhận nhiệm vụ đang ở trạng thái "đã tiếp nhận".',
    ],
    [
      'in_progress',
      'acknowledge',
      'Không thể tiếp nhận nhiệm vụ đang ở trạng thái "đang thực hiện".',
    ],
    ['done', 'acknowledge', 'Không thể tiếp nhận nhiệm vụ đang ở trạng thái "đã hoàn thành".'],
    ['assigned', 'accept', 'Không thể chấp nhận kết quả nhiệm vụ đang ở trạng thái "đã giao".'],
    [
      'in_progress',
      'accept',
      'Không thể chấp nhận kết quả nhiệm vụ đang ở trạng thái "đang thực hiện".',
    ],
    ['acknowledged', 'return', 'Không thể trả lại nhiệm vụ đang ở trạng thái "đã tiếp nhận".'],
    [
      'cancelled',
      'request_extension',
      'Không thể đề nghị gia hạn nhiệm vụ đang ở trạng thái "đã hủy".',
    ],
    [
      'done',
      'request_extension',
      'Không thể đề nghị gia hạn nhiệm vụ đang ở trạng thái "đã hoàn thành".',
    ],
    [
      'submitted',
      'request_extension',
      'Không thể đề nghị gia hạn nhiệm vụ đang ở trạng thái "đã báo cáo hoàn thành".',
    ],
    [
      'submitted',
      'submit',
      'Không thể báo cáo hoàn thành nhiệm vụ đang ở trạng thái "đã báo cáo hoàn thành".',
    ],
    ['cancelled', 'cancel', 'Không thể hủy nhiệm vụ đang ở trạng thái "đã hủy".'],
    ['done', 'reassign', 'Không thể giao lại nhiệm vụ đang ở trạng thái "đã hoàn thành".'],
    [
      'done',
      'report_progress',
      'Không thể báo cáo tiến độ nhiệm vụ đang ở trạng thái "đã hoàn thành".',
    ],
  ])('%s + %s is refused: %s', (status, action, reason) => {
    expect(decide(state({ status }), COMMANDS[action], AT)).toEqual({ ok: false, reason });
  });

  it('unit and issuer actions split every exposed action between them', () => {
    expect([...UNIT_ACTIONS, ...ISSUER_ACTIONS].sort()).toEqual([...ACTIONS].sort());
  });

  it('refuses a unit’s action once the task belongs to another unit, and only then', () => {
    const s = state({ leadUnitCode: 'VKSTC.V2' });
    for (const a of UNIT_ACTIONS) {
      const d = decide(s, COMMANDS[a], AT, { unitCode: 'VKSTC.V8' });
      expect(d).toEqual({
        ok: false,
        reason:
          'Nhiệm vụ đã được giao cho đơn vị khác; thao tác của đơn vị trước không còn hiệu lực.',
      });
    }
    expect(decide(s, COMMANDS.acknowledge, AT, { unitCode: 'VKSTC.V2' }).ok).toBe(true);
    // The issuer's decisions do not depend on the lead unit.
    expect(decide(s, COMMANDS.cancel, AT, { unitCode: 'VKSTC.V8' }).ok).toBe(true);
  });
});

describe('decide: what each action changes', () => {
  it('acknowledge only moves the status', () => {
    expect(apply(state(), COMMANDS.acknowledge)).toEqual(state({ status: 'acknowledged' }));
  });

  it('a progress report moves to in progress and keeps the last percent when none is given', () => {
    const s1 = apply(state(), COMMANDS.report_progress);
    expect(s1).toMatchObject({ status: 'in_progress', percent: 50 });
    const s2 = apply(s1, {
      action: 'report_progress',
      text: 'Tiếp tục',
      percent: null,
      attachmentIds: [],
    });
    expect(s2.percent).toBe(50);
  });

  it('a request keeps the due date in force until it is approved', () => {
    const asked = apply(state({ status: 'in_progress' }), COMMANDS.request_extension);
    expect(asked).toMatchObject({ status: 'in_progress', dueAt: DUE, planRevision: 0 });
    expect(asked.extension).toEqual({ ...EXTENSION, requestedAt: AT.toISOString() });
  });

  it('approval moves the due date and starts a new plan revision from now', () => {
    const asked = apply(state({ status: 'in_progress' }), COMMANDS.request_extension);
    const later = new Date('2021-07-26T03:00:00.000Z');
    const approved = apply(asked, COMMANDS.approve_extension, later);
    expect(approved).toMatchObject({
      dueAt: EXTENSION.dueAt,
      dueDate: EXTENSION.dueDate,
      extension: null,
      planRevision: 1,
      plannedFrom: later.toISOString(),
      status: 'in_progress',
    });
  });

  it('rejection changes nothing but the pending request', () => {
    const before = state({ status: 'acknowledged' });
    const asked = apply(before, COMMANDS.request_extension);
    expect(apply(asked, COMMANDS.reject_extension)).toEqual(before);
  });

  it.each<[string, Partial<TaskState>, Partial<TaskCommand>, string]>([
    [
      'a standing task',
      { dueAt: null, dueDate: null },
      {},
      'Nhiệm vụ thường xuyên không có hạn nên không cần gia hạn.',
    ],
    [
      'a second request',
      { extension: EXTENSION },
      {},
      'Đã có một đề nghị gia hạn đang chờ xử lý; hãy chờ quyết định trước.',
    ],
    [
      'an earlier date',
      {},
      { dueAt: '2021-07-29T17:00:00.000Z' },
      'Hạn đề nghị phải sau hạn hiện tại của nhiệm vụ.',
    ],
    ['the same date', {}, { dueAt: DUE }, 'Hạn đề nghị phải sau hạn hiện tại của nhiệm vụ.'],
    [
      'a date already past',
      { dueAt: '2021-07-01T17:00:00.000Z' },
      { dueAt: '2021-07-20T17:00:00.000Z' },
      'Hạn đề nghị đã qua; hãy chọn một ngày trong tương lai.',
    ],
  ])('an extension request is refused for %s', (_label, over, cmd, reason) => {
    const command = { ...COMMANDS.request_extension, ...cmd } as TaskCommand;
    expect(decide(state(over), command, AT)).toEqual({ ok: false, reason });
  });

  it.each<TaskAction>(['approve_extension', 'reject_extension'])(
    '%s without a pending request is refused',
    (action) => {
      expect(decide(state({ status: 'in_progress' }), COMMANDS[action], AT)).toEqual({
        ok: false,
        reason: 'Không có đề nghị gia hạn nào đang chờ xử lý.',
      });
    },
  );

  it('submission records when the work came in and withdraws a pending request', () => {
    const s = apply(state({ status: 'in_progress', extension: EXTENSION }), COMMANDS.submit);
    expect(s).toMatchObject({
      status: 'submitted',
      submittedAt: AT.toISOString(),
      extension: null,
    });
  });

  it('a parent waiting for sub-reports cannot be submitted', () => {
    const s = state({ status: 'in_progress' });
    expect(decide(s, { ...COMMANDS.submit, openSubtasks: 2 } as TaskCommand, AT)).toEqual({
      ok: false,
      reason: 'Còn 2 nhiệm vụ giao cho đơn vị cấp dưới chưa báo cáo; chưa thể báo cáo hoàn thành.',
    });
    expect(decide(s, { ...COMMANDS.submit, openSubtasks: 0 } as TaskCommand, AT).ok).toBe(true);
  });

  it.each<[string, string, 'on_time' | 'late']>([
    ['submitted before the deadline, accepted after it', '2021-07-30T16:59:59.999Z', 'on_time'],
    ['submitted at the first late instant', DUE, 'late'],
    ['submitted a week late', '2021-08-06T03:00:00.000Z', 'late'],
  ])('acceptance judges by the submission: %s', (_label, submittedAt, outcome) => {
    const s = apply(
      state({ status: 'submitted', submittedAt }),
      COMMANDS.accept,
      new Date('2021-08-20T03:00:00.000Z'),
    );
    expect(s).toMatchObject({ status: 'done', outcome });
  });

  it('return puts the work back in progress on a new plan revision', () => {
    const s = apply(
      state({ status: 'submitted', submittedAt: '2021-07-24T03:00:00.000Z' }),
      COMMANDS.return,
    );
    expect(s).toMatchObject({
      status: 'in_progress',
      submittedAt: null,
      planRevision: 1,
      plannedFrom: AT.toISOString(),
    });
  });

  it('reassignment gives the task to the new unit from scratch', () => {
    const s = apply(
      state({ status: 'in_progress', percent: 40, extension: EXTENSION, planRevision: 2 }),
      COMMANDS.reassign,
    );
    expect(s).toEqual(
      state({
        status: 'assigned',
        leadUnitCode: 'VKSTC.V7',
        assignedAt: AT.toISOString(),
        plannedFrom: AT.toISOString(),
        planRevision: 3,
      }),
    );
  });

  it('reassignment to the unit already leading is refused', () => {
    expect(decide(state(), { action: 'reassign', unitCode: 'VKSTC.V8', reason: 'x' }, AT)).toEqual({
      ok: false,
      reason: 'Nhiệm vụ đang do chính đơn vị này chủ trì.',
    });
  });

  it.each<TaskStatus>(['assigned', 'acknowledged', 'in_progress', 'submitted'])(
    'cancel closes a task that is %s and drops a pending request',
    (status) => {
      const s = apply(
        state({ status, extension: status === 'submitted' ? null : EXTENSION }),
        COMMANDS.cancel,
      );
      expect(s).toMatchObject({ status: 'cancelled', extension: null });
    },
  );

  it('never mutates the state it is given', () => {
    const s = state({ status: 'in_progress', extension: EXTENSION });
    const copy = JSON.parse(JSON.stringify(s));
    for (const a of ACTIONS) decide(s, COMMANDS[a], AT);
    expect(s).toEqual(copy);
  });
});

describe('statusLabel', () => {
  it.each<[TaskStatus, string]>([
    ['assigned', 'đã giao'],
    ['acknowledged', 'đã tiếp nhận'],
    ['in_progress', 'đang thực hiện'],
    ['submitted', 'đã báo cáo hoàn thành'],
    ['done', 'đã hoàn thành'],
    ['cancelled', 'đã hủy'],
  ])('%s is "%s"', (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });
});

describe('outcomeOf', () => {
  const dueAt = new Date(DUE);
  it.each<[string, Date | null, 'on_time' | 'late']>([
    ['2021-07-20T03:00:00.000Z', dueAt, 'on_time'],
    ['2021-07-30T16:59:59.999Z', dueAt, 'on_time'],
    ['2021-07-30T17:00:00.000Z', dueAt, 'late'],
    ['2021-08-15T00:00:00.000Z', dueAt, 'late'],
    ['2030-01-01T00:00:00.000Z', null, 'on_time'],
  ])('completed %s with dueAt %s → %s', (completedAt, due, outcome) => {
    expect(outcomeOf(new Date(completedAt), due)).toBe(outcome);
  });
});
