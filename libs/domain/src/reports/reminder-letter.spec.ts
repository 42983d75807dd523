import { composeReminderLetter, daysOverdue } from './reminder-letter';

const base = {
  parentBody: 'Viện kiểm sát nhân dân tối cao',
  issuerBody: 'Văn phòng VKSND tối cao',
  issuerShort: 'VP',
  symbol: null,
  place: 'Hà Nội',
  year: 2026,
  directives: ['Kế hoạch số 78/KH-VKSTC ngày 20/7/2021 về công tác kiểm sát'],
  tasks: [
    {
      directive: '78/KH-VKSTC',
      item: '4.2',
      summary: 'Báo cáo số liệu',
      unitName: 'Vụ 8',
      dueDate: '2026-02-13',
      daysOverdue: daysOverdue('2026-02-13', '2026-02-24'),
    },
  ],
  reportBy: '2026-03-03',
  asOf: '2026-02-24',
  signer: { authority: 'KT.', title: 'Viện trưởng', position: 'Phó Viện trưởng', name: 'Trần B' },
  alsoTo: [],
};

describe('the reminder letter (công văn đôn đốc)', () => {
  it('to one unit: "Kính gửi" on one line, the number left for the văn thư', () => {
    const m = composeReminderLetter({ ...base, recipients: ['Vụ 8 VKSND tối cao'] });
    expect(m.salutation).toEqual(['Kính gửi: Vụ 8 VKSND tối cao.']);
    expect(m.headerLeft).toMatchObject({
      parent: 'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
      body: 'VĂN PHÒNG VKSND TỐI CAO',
      number: 'Số:        /..........',
      subject: 'V/v đôn đốc thực hiện nhiệm vụ quá hạn',
    });
    expect(m.headerRight.placeDate).toBe('Hà Nội, ngày      tháng      năm 2026');
    expect(m.opening).toMatch(/^Thực hiện Kế hoạch số 78\/KH-VKSTC/);
    expect(m.opening).toMatch(/đến ngày 24\/2\/2026, nhiệm vụ sau đã quá hạn/);
    // Due 13/2, Tết in between: counted in calendar days, 11.
    expect(m.table.rows).toEqual([
      ['1', '78/KH-VKSTC, mục 4.2', 'Báo cáo số liệu', 'Vụ 8', '13/2/2026', '11'],
    ]);
    expect(m.request[0]).toMatch(/trước ngày 3\/3\/2026/);
    expect(m.signature).toEqual({ lines: ['KT. VIỆN TRƯỞNG', 'PHÓ VIỆN TRƯỞNG'], name: 'Trần B' });
    expect(m.placesToReceive).toEqual(['- Như trên;', '- Lưu: VT, VP.']);
  });

  it('to several units: a list under "Kính gửi", each line ended as the decree writes it', () => {
    const m = composeReminderLetter({
      ...base,
      recipients: ['Vụ 8', 'Vụ 9'],
      alsoTo: ['Viện trưởng'],
    });
    expect(m.salutation).toEqual(['Kính gửi:', '- Vụ 8;', '- Vụ 9.']);
    expect(m.closing).toMatch(/các đơn vị/);
    expect(m.placesToReceive).toContain('- Viện trưởng (để báo cáo);');
  });
});
