import { DatePicker, Radio, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/** A report's period as the API reads it: 2025 | 2025-Q1 | 2025-03 | 2025-03-01..2025-04-15. */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

const KIND_LABEL: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  year: 'Năm',
  range: 'Khoảng ngày',
};
const ROMAN = ['I', 'II', 'III', 'IV'];

export function kindOf(period: string): PeriodKind {
  if (period.includes('..')) return 'range';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'year';
}

const quarterOf = (d: Dayjs) => Math.floor(d.month() / 3) + 1;

/** The period of a kind that holds the given day. */
export function periodOf(kind: PeriodKind, d: Dayjs, end?: Dayjs): string {
  if (kind === 'month') return d.format('YYYY-MM');
  if (kind === 'quarter') return `${d.year()}-Q${quarterOf(d)}`;
  if (kind === 'year') return String(d.year());
  return `${d.format('YYYY-MM-DD')}..${(end ?? d).format('YYYY-MM-DD')}`;
}

/** The first day of a period (and the last, for a range). */
function daysOf(period: string): [Dayjs, Dayjs] {
  if (period.includes('..')) {
    const [from, to] = period.split('..');
    return [dayjs(from), dayjs(to)];
  }
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const start = dayjs(`${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`);
    return [start, start];
  }
  const start = dayjs(/^\d{4}$/.test(period) ? `${period}-01-01` : `${period}-01`);
  return [start, start];
}

/** "Quý III/2021", "Tháng 07/2021", "Năm 2021", "Từ 01/07/2021 đến 15/08/2021". */
export function periodLabel(period: string): string {
  const kind = kindOf(period);
  const [from, to] = daysOf(period);
  if (kind === 'month') return `Tháng ${from.format('MM/YYYY')}`;
  if (kind === 'quarter') return `Quý ${ROMAN[quarterOf(from) - 1]}/${from.year()}`;
  if (kind === 'year') return `Năm ${from.year()}`;
  return `Từ ${from.format('DD/MM/YYYY')} đến ${to.format('DD/MM/YYYY')}`;
}

interface Props {
  value: string;
  onChange: (period: string) => void;
}

/** Month, quarter, year or any range of days, with Vietnamese formats. */
export function PeriodPicker({ value, onChange }: Props) {
  const kind = kindOf(value);
  const [from, to] = daysOf(value);
  return (
    <Space wrap>
      <Radio.Group
        aria-label="Loại kỳ báo cáo"
        optionType="button"
        value={kind}
        onChange={(e) => onChange(periodOf(e.target.value as PeriodKind, from, to))}
        options={(Object.keys(KIND_LABEL) as PeriodKind[]).map((k) => ({
          value: k,
          label: KIND_LABEL[k],
        }))}
      />
      {kind === 'range' ? (
        <DatePicker.RangePicker
          aria-label="Khoảng ngày của kỳ báo cáo"
          format="DD/MM/YYYY"
          allowClear={false}
          value={[from, to]}
          onChange={(v) => v?.[0] && v[1] && onChange(periodOf('range', v[0], v[1]))}
        />
      ) : (
        <DatePicker
          aria-label="Kỳ báo cáo"
          picker={kind}
          allowClear={false}
          value={from}
          format={(d) => periodLabel(periodOf(kind, d))}
          onChange={(d) => d && onChange(periodOf(kind, d))}
        />
      )}
    </Space>
  );
}
