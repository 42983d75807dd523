import type { TaskState } from './task-lifecycle';
import { stateDifferences } from './state-differences';

const state = (over: Partial<TaskState> = {}): TaskState => ({
  status: 'acknowledged',
  leadUnitCode: 'VKSTC.V8',
  assignedAt: '2026-03-02T01:00:00.000Z',
  dueAt: '2026-03-31T17:00:00.000Z',
  dueDate: '2026-03-31',
  planRevision: 1,
  plannedFrom: '2026-03-02T01:00:00.000Z',
  submittedAt: null,
  outcome: null,
  percent: null,
  extension: null,
  ...over,
});

describe('stateDifferences', () => {
  it('finds none between equal states, whatever the key order of nested objects', () => {
    const extension = {
      dueAt: '2026-04-30T17:00:00.000Z',
      dueDate: '2026-04-30',
      reason: 'Chờ số liệu',
      requestedAt: '2026-03-20T01:00:00.000Z',
    };
    const reordered = Object.fromEntries(Object.entries(extension).reverse()) as typeof extension;
    expect(stateDifferences(state({ extension }), state({ extension: reordered }))).toEqual([]);
  });

  it('names each field that differs, with both values', () => {
    expect(
      stateDifferences(state(), state({ status: 'cancelled', leadUnitCode: 'VKSTC.V2' })),
    ).toEqual([
      { field: 'status', record: 'acknowledged', workflow: 'cancelled' },
      { field: 'leadUnitCode', record: 'VKSTC.V8', workflow: 'VKSTC.V2' },
    ]);
  });

  it('treats a missing value and null alike', () => {
    const { percent: _p, ...withoutPercent } = state();
    expect(stateDifferences(withoutPercent as TaskState, state())).toEqual([]);
  });
});
