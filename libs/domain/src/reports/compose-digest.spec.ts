import { emptyCounts } from './on-time-rules';
import { composeDigest } from './compose-digest';

const base = {
  recipientName: 'Nguyễn Văn A',
  unitName: 'Vụ 8',
  periodLabel: 'ngày 2/3/2026',
  summary: null,
  appBaseUrl: 'http://dondoc.test',
  settingsUrl: 'http://dondoc.test/me/digests',
};
const task = {
  id: 't1',
  directive: '78/KH-VKSTC',
  item: '4',
  summary: 'Báo cáo <số liệu>',
  unitName: 'Vụ 8',
  dueDate: '2026-02-27',
  note: 'quá hạn 3 ngày, chưa giải trình',
};

describe('the digest mail', () => {
  it('lists each section with links, escapes HTML, and offers to switch off', () => {
    const m = composeDigest({
      ...base,
      kind: 'daily',
      sections: [
        { title: 'Nhiệm vụ của đơn vị đã quá hạn', tasks: [task] },
        { title: 'Sắp đến hạn', tasks: [] },
      ],
    });
    expect(m.empty).toBe(false);
    expect(m.subject).toBe('[Đôn Đốc] Nhiệm vụ cần chú ý ngày 2/3/2026: Vụ 8');
    expect(m.text).toContain(
      '- Vụ 8 — 78/KH-VKSTC, mục 4: Báo cáo <số liệu> (hạn 27/2/2026; quá hạn 3 ngày, chưa giải trình)',
    );
    expect(m.text).not.toContain('Sắp đến hạn');
    expect(m.html).toContain('Báo cáo &#60;số liệu&#62;');
    expect(m.html).toContain('href="http://dondoc.test/tasks/t1"');
    expect(m.text).toContain('http://dondoc.test/me/digests');
  });

  it('nothing to say is an empty digest, which is not sent', () => {
    expect(
      composeDigest({ ...base, kind: 'daily', sections: [{ title: 'x', tasks: [] }] }).empty,
    ).toBe(true);
  });

  it('the weekly one carries the summary table with rates', () => {
    const m = composeDigest({
      ...base,
      kind: 'weekly',
      periodLabel: '10/2026 (từ 2/3/2026)',
      summary: {
        periodLabel: 'Quý I/2026',
        rows: [
          {
            label: 'Vụ 9',
            counts: { ...emptyCounts(), total: 4, done_on_time: 3, open_overdue: 1 },
          },
        ],
      },
      sections: [{ title: 'Nhiệm vụ quá hạn', tasks: [task] }],
    });
    expect(m.subject).toBe('[Đôn Đốc] Tổng hợp tuần 10/2026 (từ 2/3/2026): nhiệm vụ do Vụ 8 giao');
    expect(m.text).toContain(
      '- Vụ 9: 4 nhiệm vụ; đúng hạn 3, xong quá hạn 0, trong hạn 0, quá hạn 1; tỷ lệ đúng hạn 75,0%',
    );
  });
});
