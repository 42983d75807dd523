import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Progress, Space, Spin, Table, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { ApiError, api, call } from '../api/client';
import { unitName, useUnits } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { LEVEL_NAME, PlanTree } from '../components/PlanTree';
import { TaskTable } from '../components/TaskTable';
import { formatDate } from '../lib/dates';
import { DIRECTIVE_STATUS_LABEL } from './DirectivesPage';
import { NotFoundPage } from './NotFoundPage';
import { DirectiveTargetsCard } from './targets/DirectiveTargetsCard';

const PAGE_SIZE = 50;

/** A directive and its tasks, who is late first, with "k of n done". */
export function DirectivePage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('trang') ?? 1);
  const { byCode } = useUnits();
  const summary = useQuery({
    queryKey: ['directive', id, 'summary'],
    queryFn: () => call(api.GET('/directives/{id}', { params: { path: { id } } })),
  });
  const query = { directive: id, sort: 'urgency' as const, page, pageSize: PAGE_SIZE };
  const tasks = useQuery({
    queryKey: ['tasks', query],
    queryFn: () => call(api.GET('/tasks', { params: { query } })),
    enabled: summary.isSuccess,
  });
  if (summary.error instanceof ApiError && summary.error.status === 404) {
    return <NotFoundPage title="Không tìm thấy văn bản" />;
  }
  if (summary.error) return <ErrorAlert error={summary.error} />;
  const d = summary.data;
  if (!d)
    return (
      <Spin tip="Đang tải…">
        <div style={{ height: 200 }} />
      </Spin>
    );
  const open = d.tasks.filter((t) => t.status !== 'cancelled');
  const done = open.filter((t) => t.status === 'done').length;
  const overdue = open.filter((t) => t.deadlineState === 'overdue').length;
  const pct = open.length ? Math.round((100 * done) / open.length) : 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Text>
          {d.docType} {d.number ?? ''} · {DIRECTIVE_STATUS_LABEL[d.status] ?? d.status}
        </Typography.Text>
        <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0' }}>
          {d.title}
        </Typography.Title>
      </div>
      <Card size="small">
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label="Ngày ban hành">{formatDate(d.issuedOn)}</Descriptions.Item>
          <Descriptions.Item label="Nơi ban hành">{d.issuedPlace ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Đơn vị ban hành">
            {unitName(byCode, d.issuerUnit)}
          </Descriptions.Item>
        </Descriptions>
        <div style={{ maxWidth: 480 }}>
          <Typography.Text strong data-testid="directive-progress">
            {done} trên {open.length} nhiệm vụ đã xong
            {overdue ? `, ${overdue} quá hạn` : ''}
          </Typography.Text>
          <Progress percent={pct} aria-label={`${pct}% nhiệm vụ đã xong`} />
        </div>
      </Card>
      {d.levels.length > 1 ? (
        <Card
          size="small"
          title={
            <h2 style={{ fontSize: 18, margin: 0 }}>Cây kế hoạch: {d.levels.length} cấp báo cáo</h2>
          }
        >
          <Table
            size="small"
            rowKey="depth"
            pagination={false}
            style={{ marginBottom: 12, maxWidth: 720 }}
            dataSource={d.levels}
            data-testid="plan-levels"
            columns={[
              { title: 'Cấp', key: 'depth', render: (_, l) => LEVEL_NAME(l.depth) },
              { title: 'Số nhiệm vụ', dataIndex: 'total', align: 'right' },
              { title: 'Đã xong', dataIndex: 'done', align: 'right' },
              { title: 'Chờ duyệt', dataIndex: 'submitted', align: 'right' },
              { title: 'Sắp đến hạn', dataIndex: 'dueSoon', align: 'right' },
              {
                title: 'Quá hạn',
                key: 'overdue',
                align: 'right',
                render: (_, l) =>
                  l.overdue ? <strong style={{ color: '#a8071a' }}>{l.overdue}</strong> : l.overdue,
              },
            ]}
          />
          <PlanTree tasks={d.tasks} />
        </Card>
      ) : null}
      <DirectiveTargetsCard directive={d} />
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        Nhiệm vụ (quá hạn trước)
      </Typography.Title>
      <TaskTable
        hideDirective
        tasks={tasks.data?.items ?? []}
        loading={tasks.isFetching}
        total={tasks.data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(p) => setParams({ trang: String(p) }, { replace: true })}
      />
    </Space>
  );
}
