import {
  directiveItems,
  figureLabels,
  figuresRequest,
  mayManageTargets,
  mayReportFigures,
  needsFigures,
  targetRequest,
} from './targets';

const PARENT: Record<string, string | null> = {
  VKSTC: null,
  'VKSTC.V8': 'VKSTC',
  'VKST.BINH_PHUOC': 'VKSTC',
  'VKSH.BINH_PHUOC.DONG_XOAI': 'VKST.BINH_PHUOC',
};
const parentOf = (c: string) => PARENT[c];

describe('targets (chỉ tiêu) on the pages', () => {
  it('lets leaders and the secretariat of the issuing unit or above set targets, nobody else', () => {
    const leader = { unitCode: 'VKST.BINH_PHUOC', roles: ['leader'] };
    expect(mayManageTargets(leader, 'VKST.BINH_PHUOC', parentOf)).toBe(true);
    expect(
      mayManageTargets({ unitCode: 'VKSTC', roles: ['secretariat'] }, 'VKST.BINH_PHUOC', parentOf),
    ).toBe(true);
    // A unit below the issuer, another branch, or the right unit in the wrong role: no.
    expect(mayManageTargets(leader, 'VKSTC', parentOf)).toBe(false);
    expect(mayManageTargets(leader, 'VKSTC.V8', parentOf)).toBe(false);
    expect(mayManageTargets({ unitCode: 'VKSTC', roles: ['unit_head'] }, 'VKSTC', parentOf)).toBe(
      false,
    );
    // A directory with a loop (a bad import) does not hang the page.
    expect(mayManageTargets(leader, 'A', (c) => (c === 'A' ? 'B' : 'A'))).toBe(false);
  });

  it('lets the lead unit’s head and officers report figures on an open or closed task, not a cancelled one', () => {
    const task = { leadUnit: 'VKSTC.V8', status: 'in_progress' };
    expect(mayReportFigures({ unitCode: 'VKSTC.V8', roles: ['unit_officer'] }, task)).toBe(true);
    expect(mayReportFigures({ unitCode: 'VKSTC.V8', roles: ['unit_head'] }, task)).toBe(true);
    expect(
      mayReportFigures({ unitCode: 'VKSTC.V8', roles: ['unit_head'] }, { ...task, status: 'done' }),
    ).toBe(true);
    expect(
      mayReportFigures(
        { unitCode: 'VKSTC.V8', roles: ['unit_officer'] },
        { ...task, status: 'cancelled' },
      ),
    ).toBe(false);
    expect(mayReportFigures({ unitCode: 'VKSTC', roles: ['leader'] }, task)).toBe(false);
    expect(mayReportFigures({ unitCode: 'VKSTC.V9', roles: ['unit_officer'] }, task)).toBe(false);
  });

  it('asks for figures for rates and counts; "100% on time" is counted from the tasks', () => {
    expect(needsFigures({ kind: 'rate' })).toBe(true);
    expect(needsFigures({ kind: 'count' })).toBe(true);
    expect(needsFigures({ kind: 'on_time' })).toBe(false);
  });

  it('lists a directive’s items once each, in the document’s order, named by their own task', () => {
    expect(
      directiveItems([
        { item: '10', summary: 'Mười' },
        { item: '2.1', summary: 'Hai chấm một' },
        { item: '2', summary: 'Cấp dưới của hai', parentTaskId: 'p' },
        { item: '2', summary: 'Hai' },
        { item: '2', summary: 'Hai, đơn vị khác' },
        { item: '1', summary: 'Một' },
      ]),
    ).toEqual([
      { item: '1', summary: 'Một' },
      { item: '2', summary: 'Hai' },
      { item: '2.1', summary: 'Hai chấm một' },
      { item: '10', summary: 'Mười' },
    ]);
  });

  it('sends only the fields a target’s kind uses', () => {
    const form = {
      item: '2',
      label: ' Tỷ lệ thi hành xong về việc ',
      threshold: 73,
      numeratorLabel: 'Số việc thi hành xong',
      denominatorLabel: ' ',
    };
    expect(targetRequest('d', { ...form, kind: 'rate' })).toEqual({
      directiveId: 'd',
      item: '2',
      kind: 'rate',
      label: 'Tỷ lệ thi hành xong về việc',
      threshold: 73,
      aggregation: 'sum',
      numeratorLabel: 'Số việc thi hành xong',
      denominatorLabel: undefined,
    });
    expect(
      targetRequest('d', { ...form, kind: 'count', threshold: 40, aggregation: 'latest' }),
    ).toEqual({
      directiveId: 'd',
      item: '2',
      kind: 'count',
      label: 'Tỷ lệ thi hành xong về việc',
      threshold: 40,
      aggregation: 'latest',
      numeratorLabel: 'Số việc thi hành xong',
    });
    expect(targetRequest('d', { ...form, kind: 'on_time', threshold: 0 })).toEqual({
      directiveId: 'd',
      item: '2',
      kind: 'on_time',
      label: 'Tỷ lệ thi hành xong về việc',
      threshold: 100,
    });
  });

  it('names the numbers as the target does, and sends a count as one number', () => {
    expect(
      figureLabels({ kind: 'rate', numeratorLabel: 'Số việc xong', denominatorLabel: null }),
    ).toEqual({ numerator: 'Số việc xong', denominator: 'Mẫu số' });
    expect(figureLabels({ kind: 'count', numeratorLabel: null, denominatorLabel: null })).toEqual({
      numerator: 'Số lượng đạt được',
      denominator: null,
    });
    expect(
      figuresRequest({ id: 't', kind: 'rate' }, { numerator: 1150, denominator: 1475, note: ' ' }),
    ).toEqual({ targetId: 't', numerator: 1150, denominator: 1475 });
    expect(
      figuresRequest({ id: 't', kind: 'count' }, { numerator: 41, denominator: 5, note: 'Quý I' }),
    ).toEqual({ targetId: 't', numerator: 41, note: 'Quý I' });
  });
});
