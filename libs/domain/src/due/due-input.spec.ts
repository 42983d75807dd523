import { parseDueInput } from './due-input';

describe('parseDueInput', () => {
  describe('a civil date YYYY-MM-DD', () => {
    it.each([
      ['2021-07-30', '2021-07-30T17:00:00.000Z'], // midnight local of 31/7
      ['2020-07-09', '2020-07-09T17:00:00.000Z'],
      ['2021-07-31', '2021-07-31T17:00:00.000Z'],
      ['2021-12-31', '2021-12-31T17:00:00.000Z'], // next local midnight is in 2022
      ['2021-02-28', '2021-02-28T17:00:00.000Z'],
      ['2024-02-29', '2024-02-29T17:00:00.000Z'],
      ['2021-09-30', '2021-09-30T17:00:00.000Z'],
      ['2026-01-01', '2026-01-01T17:00:00.000Z'],
    ])('%s → on time through that day, late from %s', (value, dueAt) => {
      const d = parseDueInput(value);
      expect(d).not.toBeNull();
      expect(d!.dueDate).toBe(value);
      expect(d!.dueAt.toISOString()).toBe(dueAt);
    });
  });

  describe('an ISO date-time with an explicit offset', () => {
    it.each([
      ['2021-07-30T10:00:00Z', '2021-07-30T10:00:00.000Z', '2021-07-30'],
      ['2021-07-30T10:00:00.000Z', '2021-07-30T10:00:00.000Z', '2021-07-30'],
      ['2021-07-30T10:00Z', '2021-07-30T10:00:00.000Z', '2021-07-30'], // no seconds
      ['2021-07-30T08:30:15.5+07:00', '2021-07-30T01:30:15.500Z', '2021-07-30'],
      ['2021-07-30T17:00:00+07:00', '2021-07-30T10:00:00.000Z', '2021-07-30'],
      ['2021-07-31T00:00:00+07:00', '2021-07-30T17:00:00.000Z', '2021-07-30'], // local midnight: previous day
      ['2021-07-30T17:00:00Z', '2021-07-30T17:00:00.000Z', '2021-07-30'],
      ['2021-07-30T17:00:01Z', '2021-07-30T17:00:01.000Z', '2021-07-31'],
      ['2021-07-30T00:00:00Z', '2021-07-30T00:00:00.000Z', '2021-07-30'], // 07:00 local
      ['2021-07-30T23:59:59.999+07:00', '2021-07-30T16:59:59.999Z', '2021-07-30'],
      ['2021-07-30T06:00:00-05:00', '2021-07-30T11:00:00.000Z', '2021-07-30'],
      ['2021-07-30T20:00:00-05:00', '2021-07-31T01:00:00.000Z', '2021-07-31'],
      ['2021-12-31T18:00:00Z', '2021-12-31T18:00:00.000Z', '2022-01-01'],
      ['2024-02-29T12:00:00+07:00', '2024-02-29T05:00:00.000Z', '2024-02-29'],
    ])('%s → dueAt %s, last day on time %s', (value, dueAt, dueDate) => {
      expect(parseDueInput(value)).toEqual({ dueAt: new Date(dueAt), dueDate });
    });
  });

  it.each([
    ['2021-02-30', 'no 30 February'],
    ['2021-02-29', 'not a leap year'],
    ['2021-13-01', 'month 13'],
    ['2021-00-10', 'month 0'],
    ['2021-07-32', 'day 32'],
    ['2021-04-31', '31 April'],
    ['2021-02-30T10:00:00Z', 'impossible date in a date-time'],
    ['2021-02-29T10:00:00+07:00', 'impossible leap day in a date-time'],
    ['2021-13-01T10:00:00Z', 'month 13 in a date-time'],
    ['2021-07-30T25:00:00Z', 'hour 25'],
    ['2021-07-30T24:00:00Z', 'hour 24'],
    ['2021-07-30T10:60:00Z', 'minute 60'],
    ['2021-07-30T10:00:60Z', 'second 60'],
    ['2021-07-30T10:00:00+25:00', 'offset +25:00'],
    ['2021-07-30T10:00:00', 'missing offset'],
    ['2021-07-30T10:00', 'missing offset, no seconds'],
    ['2021-07-30T10:00:00+0700', 'offset without a colon'],
    ['2021-07-30T10:00:00+07', 'offset hours only'],
    ['2021-07-30 10:00:00Z', 'space instead of T'],
    ['2021-07-30T10:00:00.1234Z', 'four fraction digits'],
    ['2021-07-30T1:00:00Z', 'one-digit hour'],
    ['2021-7-30', 'month not padded'],
    ['30/7/2021', 'Vietnamese form'],
    ['trước ngày 30/7/2021', 'a due phrase'],
    ['2021-07-30Z', 'date with an offset'],
    ['tomorrow', 'garbage'],
    ['', 'empty'],
    [' 2021-07-30', 'leading space'],
  ])('%j → null (%s)', (value) => {
    expect(parseDueInput(value)).toBeNull();
  });
});

describe('parseDueInput at the edges of the calendar', () => {
  it.each(['9999-12-31', '0050-01-01', '2999-12-31', '2999-12-31T23:59:00+07:00'])(
    'returns null for %s instead of throwing',
    (v) => {
      expect(() => parseDueInput(v)).not.toThrow();
    },
  );
  it.each(['9999-12-31', '0050-01-01'])('refuses %s', (v) => {
    expect(parseDueInput(v)).toBeNull();
  });
});
