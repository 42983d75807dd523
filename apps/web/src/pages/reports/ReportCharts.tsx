import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Schemas } from '../../api/client';

type Month = Schemas['TrendPointView'];
type Row = Schemas['SummaryRowView'];

/** The four buckets, with the colours of the deadline states (green, amber-green, blue, red). */
const SERIES = [
  { key: 'done_on_time', label: 'Hoàn thành đúng hạn', colour: '#389e0d' },
  { key: 'done_late', label: 'Hoàn thành quá hạn', colour: '#d48806' },
  { key: 'open_within_time', label: 'Chưa xong, trong hạn', colour: '#1d39c4' },
  { key: 'open_overdue', label: 'Chưa xong, quá hạn', colour: '#a8071a' },
] as const;

const number = (v: unknown) => Number(v).toLocaleString('vi-VN');
const percent = (v: unknown) =>
  `${Number(v).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

/** Month by month: the buckets stacked, and the on-time rate as a line. */
export function TrendChart({ months }: { months: Month[] }) {
  if (!months.length) return <p>Chưa có số liệu theo tháng.</p>;
  const data = months.map((m) => ({
    label: m.label.replace('Tháng ', ''),
    ...Object.fromEntries(SERIES.map((s) => [s.key, m.counts[s.key]])),
    rate: m.onTimeRate.value,
  }));
  const summary = months
    .map((m) => `${m.label}: ${m.counts.total} nhiệm vụ, đúng hạn ${m.onTimeRate.text}`)
    .join('; ');
  return (
    <figure style={{ margin: 0 }} aria-label={`Diễn biến theo tháng. ${summary}`}>
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis yAxisId="n" allowDecimals={false} tickFormatter={number} />
          <YAxis yAxisId="r" orientation="right" domain={[0, 100]} tickFormatter={percent} />
          <Tooltip formatter={(v, name) => (name === 'Tỷ lệ đúng hạn' ? percent(v) : number(v))} />
          <Legend />
          {SERIES.map((s) => (
            <Bar
              key={s.key}
              yAxisId="n"
              dataKey={s.key}
              name={s.label}
              stackId="b"
              fill={s.colour}
            />
          ))}
          <Line
            yAxisId="r"
            type="monotone"
            dataKey="rate"
            name="Tỷ lệ đúng hạn"
            stroke="#262626"
            strokeWidth={2}
            connectNulls
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The summary's rows side by side, the buckets stacked. */
export function UnitChart({ rows }: { rows: Row[] }) {
  if (!rows.length) return <p>Không có số liệu.</p>;
  const shown = rows.slice(0, 15);
  const data = shown.map((r) => ({
    label: r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label,
    ...Object.fromEntries(SERIES.map((s) => [s.key, r.counts[s.key]])),
  }));
  return (
    <figure
      style={{ margin: 0 }}
      aria-label={`Số nhiệm vụ theo hàng: ${shown
        .map((r) => `${r.label} ${r.counts.total}, quá hạn ${r.counts.open_overdue}`)
        .join('; ')}`}
    >
      <ResponsiveContainer width="100%" height={Math.max(200, 40 + shown.length * 32)}>
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={number} />
          <YAxis type="category" dataKey="label" width={170} />
          <Tooltip formatter={number} />
          <Legend />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="b" fill={s.colour} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
