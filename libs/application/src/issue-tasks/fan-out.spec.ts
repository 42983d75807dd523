import { CheckedTask } from './issue-tasks.command';
import { fanOut } from './task-rows';

const spec = (over: Partial<CheckedTask>): CheckedTask => ({
  item: '5',
  summary: 'Báo cáo',
  content: null,
  leadUnit: 'VKSTC.V8',
  coordinatingUnits: [],
  due: null,
  duePhrase: null,
  priority: 'thuong',
  recurrence: null,
  tiers: [],
  separate: false,
  ...over,
});

const groups = new Map([
  ['VKSND_CAP_CAO', ['VKSCC.HA_NOI', 'VKSCC.DA_NANG', 'VKSCC.HO_CHI_MINH']],
  ['VKSTC_BAO_CHI', ['VKSTC.BAO_BVPL', 'VKSTC.TAP_CHI_KS']],
]);

describe('fanOut', () => {
  it('keeps a task for one unit as it is', () => {
    expect(fanOut([spec({})], groups)).toEqual([{ ...spec({}), sourceGroup: null }]);
  });

  it('makes one task per member of a group, remembering the group', () => {
    const out = fanOut([spec({ leadUnit: 'VKSND_CAP_CAO' })], groups);
    expect(out.map((t) => [t.leadUnit, t.sourceGroup, t.item])).toEqual([
      ['VKSCC.HA_NOI', 'VKSND_CAP_CAO', '5'],
      ['VKSCC.DA_NANG', 'VKSND_CAP_CAO', '5'],
      ['VKSCC.HO_CHI_MINH', 'VKSND_CAP_CAO', '5'],
    ]);
  });

  it('copies coordinating groups as their members, never the lead unit itself', () => {
    const out = fanOut(
      [spec({ leadUnit: 'VKSTC_BAO_CHI', coordinatingUnits: ['VKSTC_BAO_CHI', 'VKSTC.VP'] })],
      groups,
    );
    expect(out.map((t) => [t.leadUnit, t.coordinatingUnits])).toEqual([
      ['VKSTC.BAO_BVPL', ['VKSTC.TAP_CHI_KS', 'VKSTC.VP']],
      ['VKSTC.TAP_CHI_KS', ['VKSTC.BAO_BVPL', 'VKSTC.VP']],
    ]);
  });

  it('an empty group gives no task', () => {
    expect(fanOut([spec({ leadUnit: 'EMPTY' })], new Map([['EMPTY', []]]))).toEqual([]);
  });
});
