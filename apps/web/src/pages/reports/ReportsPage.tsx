import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Suspense, lazy, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PeriodPicker } from '../../components/PeriodPicker';
import { UnitSelect } from '../../components/UnitSelect';
import { formatDateTime } from '../../lib/dates';
import { TargetsCard } from './TargetsCard';

// The charts (recharts) load after the table: the first bundle stays under its size limit.
const TrendChart = lazy(() => import('./ReportCharts').then((m) => ({ default: m.TrendChart })));
const UnitChart = lazy(() => import('./ReportCharts').then((m) => ({ default: m.UnitChart })));
const chartFallback = (
  <Spin tip="Đang tải biểu đồ…">
    <div style={{ height: 200 }} />
  </Spin>
);

type Row = Schemas['SummaryRowView'];
type Group = 'unit' | 'directive' | 'issuer';
type Column =
  'total' | 'done_on_time' | 'done_late' | 'open_within_time' | 'open_overdue' | 'due_soon';

/** The Government Office's buckets, in the order of its tables. */
export const BUCKET_COLUMNS: { key: Column; label: string }[] = [
  { key: 'total', label: 'Tổng số' },
  { key: 'done_on_time', label: 'Hoàn thành đúng hạn' },
  { key: 'done_late', label: 'Hoàn thành quá hạn' },
  { key: 'open_within_time', label: 'Chưa hoàn thành, trong hạn' },
  { key: 'open_overdue', label: 'Chưa hoàn thành, quá hạn' },
  { key: 'due_soon', label: 'Trong đó sắp đến hạn' },
];

const GROUP_LABEL: Record<Group, string> = {
  unit: 'Theo đơn vị',
  directive: 'Theo văn bản',
  issuer: 'Theo đơn vị giao',
};
const FIRST_COLUMN: Record<Group, string> = {
  unit: 'Đơn vị',
  directive: 'Văn bản chỉ đạo',
  issuer: 'Đơn vị giao nhiệm vụ',
};

type TreeRow = Row & { children?: TreeRow[] };

/** Rolled-up rows as a tree: each unit under its parent when the parent is a row too. */
function asTree(rows: Row[]): TreeRow[] {
  const byKey = new Map<string, TreeRow>(rows.map((r) => [r.key, { ...r }]));
  const roots: TreeRow[] = [];
  for (const r of rows) {
    const node = byKey.get(r.key)!;
    const parent = r.parent ? byKey.get(r.parent) : undefined;
    if (parent && r.depth > 0) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** The query of a drill-down: the row's filter and the cell's states. */
export function cellLink(row: Pick<Row, 'drillDown'>, states: string | undefined): string {
  return `/bao-cao/nhiem-vu?${[row.drillDown, states].filter(Boolean).join('&')}`;
}

function rateColour(value: number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return value >= 90 ? '#135200' : value >= 70 ? '#7c4a03' : '#a8071a';
}

/**
 * Báo cáo: who is late, in the form the Government Office publishes — tasks by bucket per
 * unit (rolled up the org tree on request), per directive or per issuer, for a month, a
 * quarter, a year or any range, ranked; every figure opens its task list.
 */
export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const [defaultPeriod] = useState(() => String(dayjs().year()));
  const period = params.get('ky') ?? defaultPeriod;
  const group = (params.get('nhom') as Group | null) ?? 'unit';
  const rollup = params.get('cap-duoi') === '1' && group === 'unit';
  const basis = params.get('han') === 'ban-dau' ? 'original' : 'in_force';
  const directive = params.get('van-ban') ?? undefined;
  const unit = params.get('don-vi') ?? undefined;
  const issuer = params.get('noi-giao') ?? undefined;
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const filter = {
    period,
    basis: basis as 'in_force' | 'original',
    directive,
    unit,
    issuer,
    rollup: rollup || undefined,
  };
  const query = { ...filter, groupBy: group };
  const summary = useQuery({
    queryKey: ['reports', 'summary', query],
    queryFn: () => call(api.GET('/reports/summary', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const trend = useQuery({
    queryKey: ['reports', 'trend', filter],
    queryFn: () =>
      call(api.GET('/reports/trend', { params: { query: { ...filter, rollup: undefined } } })),
    placeholderData: keepPreviousData,
  });
  const directives = useDirectiveOptions(directive);
  const s = summary.data;
  const exportQuery = new URLSearchParams(
    Object.entries(query)
      .filter((e): e is [string, string] => Boolean(e[1]))
      .map(([k, v]) => [k, String(v)]),
  ).toString();

  const columns: ColumnsType<TreeRow> = [
    {
      title: 'Hạng',
      key: 'rank',
      width: 70,
      align: 'center',
      render: (_, r) => r.rank ?? '',
    },
    {
      title: FIRST_COLUMN[group],
      key: 'label',
      render: (_, r) =>
        group === 'directive' ? <Link to={`/van-ban/${r.key}`}>{r.label}</Link> : r.label,
    },
    ...BUCKET_COLUMNS.map((c) => ({
      title: c.label,
      key: c.key,
      width: 110,
      align: 'right' as const,
      render: (_: unknown, r: TreeRow) => {
        const n = r.counts[c.key];
        return (
          <Link
            to={cellLink(r, s?.drillDownStates[c.key])}
            aria-label={`${r.label}, ${c.label.toLowerCase()}: ${n}`}
            data-cell={c.key}
            style={c.key === 'open_overdue' && n > 0 ? { color: '#a8071a', fontWeight: 600 } : {}}
          >
            {n.toLocaleString('vi-VN')}
          </Link>
        );
      },
    })),
    {
      title: 'Tỷ lệ đúng hạn',
      key: 'onTime',
      width: 110,
      align: 'right',
      render: (_, r) => (
        <span style={{ color: rateColour(r.onTimeRate.value), fontWeight: 600 }}>
          {r.onTimeRate.text}
        </span>
      ),
    },
    {
      title: 'Tỷ lệ hoàn thành',
      key: 'completion',
      width: 110,
      align: 'right',
      render: (_, r) => r.completionRate.text,
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        Báo cáo tình hình thực hiện nhiệm vụ
      </Typography.Title>
      <Card size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <PeriodPicker value={period} onChange={(p) => set({ ky: p })} />
          <Space wrap>
            <Segmented<Group>
              aria-label="Tổng hợp theo"
              value={group}
              onChange={(v) => set({ nhom: v === 'unit' ? null : v })}
              options={(Object.keys(GROUP_LABEL) as Group[]).map((g) => ({
                value: g,
                label: GROUP_LABEL[g],
              }))}
            />
            {group === 'unit' ? (
              <label>
                <Switch
                  checked={rollup}
                  onChange={(on) => set({ 'cap-duoi': on ? '1' : null })}
                  style={{ marginRight: 8 }}
                />
                Cộng cả đơn vị cấp dưới
              </label>
            ) : null}
            <Select
              aria-label="Hạn dùng để tính"
              value={basis}
              style={{ width: 300 }}
              onChange={(v) => set({ han: v === 'original' ? 'ban-dau' : null })}
              options={[
                { value: 'in_force', label: 'Theo hạn đang có hiệu lực (sau gia hạn)' },
                { value: 'original', label: 'Theo hạn giao ban đầu' },
              ]}
            />
          </Space>
          <Row gutter={[8, 8]}>
            <Col xs={24} md={10}>
              <Select
                aria-label="Văn bản chỉ đạo"
                placeholder="Mọi văn bản chỉ đạo"
                allowClear
                showSearch={{ filterOption: false, onSearch: directives.search }}
                value={directive}
                onChange={(v?: string) => set({ 'van-ban': v ?? null })}
                options={directives.options}
                style={{ width: '100%' }}
              />
            </Col>
            <Col xs={24} md={7}>
              <UnitSelect
                aria-label="Đơn vị"
                placeholder="Mọi đơn vị"
                allowClear
                value={unit ?? null}
                onChange={(v) => set({ 'don-vi': (v as string | null) ?? null })}
              />
            </Col>
            <Col xs={24} md={7}>
              <UnitSelect
                aria-label="Đơn vị giao nhiệm vụ"
                placeholder="Mọi đơn vị giao"
                allowClear
                value={issuer ?? null}
                onChange={(v) => set({ 'noi-giao': (v as string | null) ?? null })}
              />
            </Col>
          </Row>
        </Space>
      </Card>
      <ErrorAlert error={summary.error} />
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} data-testid="report-title">
          {s ? `${s.period.label} · ${GROUP_LABEL[group].toLowerCase()}` : 'Đang tải…'}
        </Typography.Title>
        <Space wrap>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={`/reports/summary/export?${exportQuery}`}
            download
          >
            Tải Excel (XLSX)
          </Button>
          {s && s.total.counts.open_overdue > 0 ? (
            <Link to={cellLink(s.total, s.drillDownStates.open_overdue)}>
              {s.total.counts.open_overdue} nhiệm vụ quá hạn: soạn công văn đôn đốc
            </Link>
          ) : null}
        </Space>
      </Space>
      <Table<TreeRow>
        // A new tree opens whole (defaultExpandAllRows reads the first data only).
        key={rollup ? `tree ${s?.rollup} ${s?.at}` : 'flat'}
        rowKey="key"
        size="small"
        bordered
        loading={summary.isFetching}
        dataSource={s ? (rollup ? asTree(s.rows) : s.rows) : []}
        columns={columns}
        pagination={false}
        scroll={{ x: 1100 }}
        expandable={rollup ? { defaultExpandAllRows: true } : undefined}
        locale={{ emptyText: 'Không có nhiệm vụ nào trong kỳ.' }}
        summary={() =>
          s ? (
            <Table.Summary fixed>
              <Table.Summary.Row style={{ fontWeight: 600 }}>
                <Table.Summary.Cell index={0} />
                <Table.Summary.Cell index={1}>{s.total.label}</Table.Summary.Cell>
                {BUCKET_COLUMNS.map((c, i) => (
                  <Table.Summary.Cell key={c.key} index={i + 2} align="right">
                    <Link
                      to={cellLink(s.total, s.drillDownStates[c.key])}
                      aria-label={`Tổng số, ${c.label.toLowerCase()}: ${s.total.counts[c.key]}`}
                    >
                      {s.total.counts[c.key].toLocaleString('vi-VN')}
                    </Link>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={8} align="right">
                  {s.total.onTimeRate.text}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={9} align="right">
                  {s.total.completionRate.text}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
      {s ? (
        <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>Cách tính</h2>}>
          <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="report-notes">
            {s.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <Typography.Text type="secondary">
            Số liệu lấy lúc {formatDateTime(s.at)} (giờ Việt Nam).{' '}
            <Tag>Sắp đến hạn: trong {s.dueSoonWorkingDays} ngày làm việc</Tag>
          </Typography.Text>
        </Card>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={<h2 style={{ fontSize: 15, margin: 0 }}>Diễn biến theo tháng</h2>}
          >
            <ErrorAlert error={trend.error} />
            <Suspense fallback={chartFallback}>
              <TrendChart months={trend.data?.months ?? []} />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>So sánh các hàng</h2>}>
            <Suspense fallback={chartFallback}>
              <UnitChart rows={s?.rows.filter((r) => r.depth <= 1) ?? []} />
            </Suspense>
          </Card>
        </Col>
      </Row>
      {directive ? <TargetsCard directiveId={directive} period={period} rollup={rollup} /> : null}
    </Space>
  );
}

/** Directives to pick from, searched on the API; the chosen one is labelled even when not listed. */
function useDirectiveOptions(selected: string | undefined) {
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['directives', 'options', q],
    queryFn: () =>
      call(api.GET('/directives', { params: { query: { q: q || undefined, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
  const one = useQuery({
    queryKey: ['directive', selected, 'summary'],
    queryFn: () => call(api.GET('/directives/{id}', { params: { path: { id: selected! } } })),
    enabled: Boolean(selected),
  });
  const label = (d: { number?: string | null; docType: string; title: string }) =>
    `${d.number ?? d.docType}: ${d.title}`;
  const options = (list.data?.items ?? []).map((d) => ({ value: d.id, label: label(d) }));
  if (selected && one.data && !options.some((o) => o.value === selected)) {
    options.unshift({ value: selected, label: label(one.data) });
  }
  return { options, search: setQ };
}
