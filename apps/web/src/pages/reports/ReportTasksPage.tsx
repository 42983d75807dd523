import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { unitName, useUnits } from '../../api/queries';
import { useSession } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PeriodPicker, periodLabel } from '../../components/PeriodPicker';
import { formatDate, formatDateTime } from '../../lib/dates';

type Item = Schemas['ReportTaskItemView'];
type Letter = Schemas['LetterView'];

const PAGE_SIZE = 50;

export const STATE_LABEL: Record<string, string> = {
  on_track: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  done_on_time: 'Xong đúng hạn',
  done_late: 'Xong quá hạn',
  no_deadline: 'Thường xuyên',
  cancelled: 'Đã hủy',
};

const STATE_STYLE: Record<string, { color: string; background: string; borderColor: string }> = {
  overdue: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  done_late: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  due_soon: { color: '#7c4a03', background: '#fffbe6', borderColor: '#ffd666' },
  on_track: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  done_on_time: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
};

/** The filters a drill-down link carries (`drillDown` of a summary row, plus a cell's states). */
const FILTERS = [
  'period',
  'basis',
  'unit',
  'rollup',
  'directive',
  'issuer',
  'dueFrom',
  'dueTo',
  'deadlineState',
  'explained',
] as const;

/**
 * The tasks behind a figure of a report: exactly the ones it counted, with their due dates,
 * their explanations, an XLSX of the list and, for what is overdue, the reminder letter
 * (công văn đôn đốc) drafted for signature.
 */
export function ReportTasksPage() {
  const session = useSession();
  const { byCode } = useUnits();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('trang') ?? 1);
  const filter = Object.fromEntries(
    FILTERS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])),
  ) as Record<(typeof FILTERS)[number], string | undefined>;
  const query = {
    ...filter,
    rollup: filter.rollup === 'true' ? true : undefined,
    explained: filter.explained ? filter.explained === 'true' : undefined,
    basis: filter.basis as 'in_force' | 'original' | undefined,
    deadlineState: filter.deadlineState as never,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: ['reports', 'tasks', query],
    queryFn: () => call(api.GET('/reports/tasks', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const mayDraft = session.has('leader', 'secretariat');
  const [selected, setSelected] = useState<string[]>([]);
  const [letter, setLetter] = useState<Letter | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const exportQuery = new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  const states = (filter.deadlineState ?? '').split(',').filter(Boolean);
  const heading = [
    states.length ? states.map((s) => STATE_LABEL[s] ?? s).join(', ') : 'Mọi nhiệm vụ',
    filter.period ? periodLabel(filter.period) : null,
    filter.unit ? `${unitName(byCode, filter.unit)}${filter.rollup ? ' và cấp dưới' : ''}` : null,
    filter.issuer ? `giao bởi ${unitName(byCode, filter.issuer)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  async function draftLetter() {
    setBusy(true);
    setError(null);
    try {
      setLetter(await call(api.POST('/reports/letters', { body: { taskIds: selected } })));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Link to="/bao-cao">← Báo cáo</Link>
        <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0' }}>
          Danh sách nhiệm vụ: {heading}
        </Typography.Title>
      </div>
      <Card size="small">
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          {filter.period ? (
            <PeriodPicker
              value={filter.period}
              onChange={(p) => {
                const next = new URLSearchParams(params);
                next.set('period', p);
                next.delete('trang');
                setParams(next, { replace: true });
              }}
            />
          ) : (
            <span>Mọi kỳ, trạng thái hôm nay</span>
          )}
          <Space wrap>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={`/reports/tasks/export?${exportQuery}`}
              download
            >
              Tải Excel (XLSX)
            </Button>
            {mayDraft ? (
              <Button
                type="primary"
                icon={<FileWordOutlined aria-hidden />}
                disabled={!selected.length}
                loading={busy}
                onClick={draftLetter}
              >
                Soạn công văn đôn đốc{selected.length ? ` (${selected.length} nhiệm vụ)` : ''}
              </Button>
            ) : null}
          </Space>
        </Space>
      </Card>
      {mayDraft ? (
        <Typography.Text>
          Chọn các nhiệm vụ quá hạn để soạn công văn đôn đốc (tệp DOCX theo thể thức Nghị định
          30/2020/NĐ-CP, để lãnh đạo ký).
        </Typography.Text>
      ) : null}
      <ErrorAlert error={error ?? list.error} />
      {letter ? (
        <Alert
          type="success"
          showIcon
          title={`Đã soạn: ${letter.subject}`}
          description={
            <Space wrap>
              <span>
                Gửi {letter.units.map((u) => unitName(byCode, u)).join(', ')}; hạn báo cáo{' '}
                {formatDate(letter.reportBy)}.
              </span>
              <Button href={letter.downloadUrl} download icon={<DownloadOutlined aria-hidden />}>
                Tải công văn (DOCX)
              </Button>
            </Space>
          }
        />
      ) : null}
      <Table<Item>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        // No scroll.x: its measure row would hold a focusable checkbox under aria-hidden.
        style={{ overflowX: 'auto' }}
        rowSelection={
          mayDraft
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as string[]),
                getCheckboxProps: (t) => ({
                  disabled: t.deadlineState !== 'overdue',
                  'aria-label': `Chọn nhiệm vụ ${t.item}. ${t.summary}`,
                }),
              }
            : undefined
        }
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `${n} nhiệm vụ`,
          onChange: (p) => {
            const next = new URLSearchParams(params);
            next.set('trang', String(p));
            setParams(next, { replace: true });
          },
        }}
        locale={{ emptyText: 'Không có nhiệm vụ nào.' }}
        columns={[
          {
            title: 'Nhiệm vụ',
            key: 'summary',
            render: (_, t) => (
              <Link to={`/nhiem-vu/${t.id}`}>
                {t.item}. {t.summary}
              </Link>
            ),
          },
          {
            title: 'Văn bản',
            key: 'directive',
            width: 150,
            render: (_, t) => <Link to={`/van-ban/${t.directiveId}`}>{t.directive}</Link>,
          },
          {
            title: 'Đơn vị chủ trì',
            key: 'unit',
            width: 170,
            render: (_, t) => (
              <>
                {t.leadUnitName}
                {t.countedFor !== t.leadUnit ? (
                  <div>
                    <Typography.Text type="secondary">
                      tính cho {unitName(byCode, t.countedFor)}
                    </Typography.Text>
                  </div>
                ) : null}
              </>
            ),
          },
          {
            title: 'Hạn',
            key: 'due',
            width: 130,
            render: (_, t) => (
              <>
                {t.dueDate ? formatDate(t.dueDate) : 'Không thời hạn'}
                {t.originalDueDate && t.originalDueDate !== t.dueDate ? (
                  <div>
                    <Typography.Text type="secondary">
                      hạn đầu {formatDate(t.originalDueDate)}
                    </Typography.Text>
                  </div>
                ) : null}
              </>
            ),
          },
          {
            title: 'Tình hình',
            key: 'state',
            width: 150,
            render: (_, t) => (
              <>
                <Tag style={STATE_STYLE[t.deadlineState]} data-deadline={t.deadlineState}>
                  {STATE_LABEL[t.deadlineState] ?? t.deadlineState}
                </Tag>
                {t.daysOverdue ? <div>quá {t.daysOverdue} ngày</div> : null}
              </>
            ),
          },
          {
            title: 'Giải trình',
            key: 'explanation',
            width: 220,
            render: (_, t) =>
              t.explanation ? (
                <span>
                  {t.explanation.reason}; cam kết xong {formatDate(t.explanation.committedDate)}
                </span>
              ) : t.deadlineState === 'overdue' ? (
                <Typography.Text type="secondary">Chưa giải trình</Typography.Text>
              ) : null,
          },
        ]}
      />
      {list.data ? (
        <Typography.Text type="secondary">
          Số liệu lấy lúc {formatDateTime(list.data.at)} (giờ Việt Nam).
        </Typography.Text>
      ) : null}
    </Space>
  );
}
