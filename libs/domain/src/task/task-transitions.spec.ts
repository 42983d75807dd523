import { TASK_STATUSES, TaskStatus } from './task-status';
import { TaskAction, checkTransition, outcomeOf, statusLabel } from './task-transitions';

describe('checkTransition', () => {
  it.each<[TaskStatus, TaskAction, TaskStatus]>([
    ['assigned', 'acknowledge', 'acknowledged'],
    ['assigned', 'complete', 'done'],
    ['acknowledged', 'complete', 'done'],
    ['in_progress', 'complete', 'done'],
  ])('%s + %s → %s', (status, action, to) => {
    expect(checkTransition(status, action)).toEqual({ ok: true, to });
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
    [
      'submitted',
      'acknowledge',
      'Không thể tiếp nhận nhiệm vụ đang ở trạng thái "đã báo cáo hoàn thành".',
    ],
    ['done', 'acknowledge', 'Không thể tiếp nhận nhiệm vụ đang ở trạng thái "đã hoàn thành".'],
    ['cancelled', 'acknowledge', 'Không thể tiếp nhận nhiệm vụ đang ở trạng thái "đã hủy".'],
    [
      'submitted',
      'complete',
      'Không thể hoàn thành nhiệm vụ đang ở trạng thái "đã báo cáo hoàn thành".',
    ],
    ['done', 'complete', 'Không thể hoàn thành nhiệm vụ đang ở trạng thái "đã hoàn thành".'],
    ['cancelled', 'complete', 'Không thể hoàn thành nhiệm vụ đang ở trạng thái "đã hủy".'],
  ])('%s + %s is refused: %s', (status, action, reason) => {
    expect(checkTransition(status, action)).toEqual({ ok: false, reason });
  });

  it('the two tables above cover every status × action', () => {
    const allowed = TASK_STATUSES.flatMap((s) =>
      (['acknowledge', 'complete'] as const)
        .filter((a) => checkTransition(s, a).ok)
        .map((a) => `${s}+${a}`),
    );
    expect(allowed).toEqual([
      'assigned+acknowledge',
      'assigned+complete',
      'acknowledged+complete',
      'in_progress+complete',
    ]);
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
  const dueAt = new Date('2021-07-30T17:00:00.000Z'); // end of 30/7/2021 local

  it.each<[string, Date | null, 'on_time' | 'late']>([
    ['2021-07-20T03:00:00.000Z', dueAt, 'on_time'],
    ['2021-07-30T16:59:59.999Z', dueAt, 'on_time'], // 23:59:59.999 on the due day
    ['2021-07-30T17:00:00.000Z', dueAt, 'late'], // the first late instant
    ['2021-07-30T17:00:00.001Z', dueAt, 'late'],
    ['2021-08-15T00:00:00.000Z', dueAt, 'late'],
    ['2030-01-01T00:00:00.000Z', null, 'on_time'], // standing task
    ['2000-01-01T00:00:00.000Z', null, 'on_time'],
  ])('completed %s with dueAt %s → %s', (completedAt, due, outcome) => {
    expect(outcomeOf(new Date(completedAt), due)).toBe(outcome);
  });
});
