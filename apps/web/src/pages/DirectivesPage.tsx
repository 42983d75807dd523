import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Grid,
  Input,
  List,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call, type Schemas } from '../api/client';
import { unitName, useUnits } from '../api/queries';
import { useSession } from '../auth';
import { formatDate } from '../lib/dates';

type Item = Schemas['DirectiveListItemView'];

export const DIRECTIVE_STATUS_LABEL: Record<string, string> = {
  draft: 'Bản nháp',
  issued: 'Đã ban hành',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};

const PAGE_SIZE = 20;

function Done({ d }: { d: Item }) {
  const pct = d.taskCount ? Math.round((100 * d.doneCount) / d.taskCount) : 0;
  return (
    <div style={{ minWidth: 140 }}>
      <span data-testid="done-count">
        {d.doneCount} trên {d.taskCount} đã xong
      </span>
      <Progress percent={pct} size="small" showInfo={false} aria-label={`${pct}% đã xong`} />
    </div>
  );
}

function Overdue({ d }: { d: Item }) {
  return d.overdueCount > 0 ? (
    <Tag style={{ color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' }}>
      {d.overdueCount} quá hạn
    </Tag>
  ) : (
    <span>Không có việc quá hạn</span>
  );
}

const hrefOf = (d: Item) => (d.status === 'draft' ? `/giao-viec/${d.id}` : `/van-ban/${d.id}`);

/** "Văn bản chỉ đạo": every directive the user may see, with how far its tasks are. */
export function DirectivesPage() {
  const session = useSession();
  const { byCode } = useUnits();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('trang' in changes)) next.delete('trang');
    setParams(next, { replace: true });
  };
  const page = Number(params.get('trang') ?? 1);
  const status = params.get('trang-thai');
  const query = {
    q: params.get('q') || undefined,
    number: params.get('so') || undefined,
    status: status ? [status as 'draft' | 'issued' | 'closed' | 'cancelled'] : undefined,
    issuedFrom: params.get('tu') || undefined,
    issuedTo: params.get('den') || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: ['directives', query],
    queryFn: () => call(api.GET('/directives', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total: list.data?.total ?? 0,
    onChange: (p: number) => set({ trang: String(p) }),
    showSizeChanger: false,
    showTotal: (n: number) => `${n} văn bản`,
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Văn bản chỉ đạo
        </Typography.Title>
        {session.has('leader', 'secretariat') ? (
          <Space wrap>
            <Link to="/giao-viec">
              <Button type="primary">Giao nhiệm vụ từ văn bản</Button>
            </Link>
            <Link to="/giao-viec/nhap-tay">
              <Button>Nhập văn bản bằng tay</Button>
            </Link>
          </Space>
        ) : null}
      </Space>
      <Card size="small">
        <Space wrap>
          <Input.Search
            aria-label="Tìm văn bản"
            placeholder="Tìm trong trích yếu, không cần dấu…"
            defaultValue={params.get('q') ?? ''}
            allowClear
            onSearch={(v) => set({ q: v || null })}
            style={{ width: 300, maxWidth: '100%' }}
          />
          <Input.Search
            aria-label="Số, ký hiệu"
            placeholder="Số, ký hiệu: 78/KH"
            defaultValue={params.get('so') ?? ''}
            allowClear
            onSearch={(v) => set({ so: v || null })}
            style={{ width: 200 }}
          />
          <Select
            aria-label="Trạng thái văn bản"
            value={status ?? ''}
            onChange={(v) => set({ 'trang-thai': v || null })}
            style={{ width: 170 }}
            options={[
              { value: '', label: 'Mọi trạng thái' },
              ...Object.entries(DIRECTIVE_STATUS_LABEL).map(([value, label]) => ({ value, label })),
            ]}
          />
          <DatePicker.RangePicker
            aria-label="Ngày ban hành"
            format="DD/MM/YYYY"
            placeholder={['Ban hành từ ngày', 'đến ngày']}
            onChange={(r) =>
              set({
                tu: r?.[0]?.format('YYYY-MM-DD') ?? null,
                den: r?.[1]?.format('YYYY-MM-DD') ?? null,
              })
            }
          />
        </Space>
      </Card>
      {screens.md ? (
        <Table<Item>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={pagination}
          locale={{ emptyText: 'Không có văn bản nào.' }}
          columns={[
            {
              title: 'Số, ký hiệu',
              key: 'number',
              width: 180,
              render: (_, d) => <Link to={hrefOf(d)}>{d.number ?? '(chưa có số)'}</Link>,
            },
            {
              title: 'Trích yếu',
              key: 'title',
              render: (_, d) => (
                <>
                  <div>
                    {d.docType} · {formatDate(d.issuedOn)} · {unitName(byCode, d.issuerUnit)}
                  </div>
                  <Link to={hrefOf(d)}>{d.title}</Link>
                  {d.status !== 'issued' ? (
                    <Tag style={{ marginLeft: 8 }}>{DIRECTIVE_STATUS_LABEL[d.status]}</Tag>
                  ) : null}
                </>
              ),
            },
            { title: 'Tiến độ', key: 'done', width: 190, render: (_, d) => <Done d={d} /> },
            { title: 'Quá hạn', key: 'overdue', width: 170, render: (_, d) => <Overdue d={d} /> },
          ]}
        />
      ) : (
        <List
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={pagination}
          locale={{ emptyText: 'Không có văn bản nào.' }}
          renderItem={(d) => (
            <List.Item key={d.id}>
              <div style={{ width: '100%' }}>
                <div>
                  {d.number ?? d.docType} · {formatDate(d.issuedOn)}
                </div>
                <Link to={hrefOf(d)} style={{ fontWeight: 600 }}>
                  {d.title}
                </Link>
                <Done d={d} />
                <Overdue d={d} />
              </div>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
