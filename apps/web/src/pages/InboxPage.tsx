import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Badge, Card, Input, Radio, Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { api, call, type Schemas } from '../api/client';
import { useSession } from '../auth';
import { PRIORITY_LABEL, TaskTable } from '../components/TaskTable';
import { UnitSelect } from '../components/UnitSelect';

type Bucket = keyof Schemas['BucketCountsView'];

export const BUCKETS: { key: Bucket; label: string }[] = [
  { key: 'awaiting_ack', label: 'Chờ tiếp nhận' },
  { key: 'in_progress', label: 'Đang thực hiện' },
  { key: 'due_soon', label: 'Sắp đến hạn' },
  { key: 'overdue', label: 'Quá hạn' },
  { key: 'awaiting_review', label: 'Chờ duyệt' },
  { key: 'done', label: 'Đã xong' },
];

const BADGE_COLOR: Partial<Record<Bucket, string>> = {
  overdue: '#a8071a',
  due_soon: '#7c4a03',
};

const PAGE_SIZE = 20;

/** "Việc của đơn vị": the unit's tasks by bucket, with counts, search, filters and paging. */
export function InboxPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const unitSide = session.has('unit_head', 'unit_officer');
  const bucket = (params.get('nhom') as Bucket | null) ?? 'awaiting_ack';
  const q = params.get('q') ?? '';
  const priority = params.get('khan') ?? '';
  // A unit's people start on their own unit; "*" is every unit they may see.
  const unitParam = params.get('don-vi');
  const unit = unitParam === '*' ? '' : (unitParam ?? (unitSide ? session.unitCode : ''));
  const page = Number(params.get('trang') ?? 1);
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('trang' in changes)) next.delete('trang');
    setParams(next, { replace: true });
  };

  const query = {
    bucket,
    q: q || undefined,
    priority: priority ? [priority as 'thuong' | 'khan' | 'hoa_toc'] : undefined,
    unit: unit ? [unit] : undefined,
    page,
    pageSize: PAGE_SIZE,
    sort: (bucket === 'done' ? '-updated' : 'urgency') as 'urgency' | '-updated',
  };
  const list = useQuery({
    queryKey: ['tasks', query],
    queryFn: () => call(api.GET('/tasks', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const counts: Partial<Schemas['BucketCountsView']> = list.data?.counts ?? {};

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        Việc của đơn vị
      </Typography.Title>
      <Card size="small">
        <Space wrap style={{ width: '100%' }}>
          <Input.Search
            aria-label="Tìm nhiệm vụ"
            placeholder="Tìm theo nội dung, không cần dấu…"
            defaultValue={q}
            allowClear
            onSearch={(v) => set({ q: v || null })}
            style={{ width: 320, maxWidth: '100%' }}
          />
          <Select
            aria-label="Độ khẩn"
            value={priority || ''}
            onChange={(v) => set({ khan: v || null })}
            style={{ width: 160 }}
            options={[
              { value: '', label: 'Mọi độ khẩn' },
              ...Object.entries(PRIORITY_LABEL).map(([value, label]) => ({ value, label })),
            ]}
          />
          <div style={{ width: 280, maxWidth: '100%' }}>
            <UnitSelect
              aria-label="Đơn vị chủ trì"
              placeholder="Mọi đơn vị"
              allowClear
              value={unit || null}
              onChange={(v) => set({ 'don-vi': (v as string | null) ?? '*' })}
            />
          </div>
        </Space>
      </Card>
      <Radio.Group
        aria-label="Nhóm việc"
        optionType="button"
        value={bucket}
        onChange={(e) => set({ nhom: e.target.value })}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
        options={BUCKETS.map((b) => ({
          value: b.key,
          label: (
            <span data-bucket={b.key} data-count={counts[b.key] ?? ''}>
              {b.label}{' '}
              <Badge
                count={counts[b.key] ?? 0}
                showZero
                overflowCount={9999}
                color={BADGE_COLOR[b.key] ?? '#595959'}
              />
            </span>
          ),
        }))}
      />
      <TaskTable
        tasks={list.data?.items ?? []}
        loading={list.isFetching}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(p) => set({ trang: String(p) })}
      />
    </Space>
  );
}
