import { Grid, List, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TaskListItem } from '../api/client';
import { unitName, useUnits } from '../api/queries';
import { DeadlineTag } from './DeadlineTag';
import { dueDateText, type DeadlineState } from '../lib/deadline';
import { formatDate } from '../lib/dates';

export const PRIORITY_LABEL: Record<string, string> = {
  thuong: 'Thường',
  khan: 'Khẩn',
  hoa_toc: 'Hỏa tốc',
};

interface Props {
  tasks: TaskListItem[];
  loading?: boolean;
  total?: number;
  page?: number;
  pageSize?: number;
  onPage?: (page: number) => void;
  /** Leave the directive column out (on a directive's own page). */
  hideDirective?: boolean;
}

function directiveLabel(t: TaskListItem): string {
  return `${t.directive.number ?? t.directive.docType} (${formatDate(t.directive.issuedOn)})`;
}

/** Tasks as a table on a desk, as cards on a phone. */
export function TaskTable({ tasks, loading, total, page, pageSize, onPage, hideDirective }: Props) {
  const { byCode } = useUnits();
  const screens = Grid.useBreakpoint();
  const pagination =
    total !== undefined
      ? {
          current: page,
          pageSize,
          total,
          onChange: onPage,
          showSizeChanger: false,
          showTotal: (n: number) => `${n} nhiệm vụ`,
        }
      : false;
  if (!screens.md) {
    return (
      <List
        loading={loading}
        dataSource={tasks}
        pagination={pagination}
        locale={{ emptyText: 'Không có nhiệm vụ nào.' }}
        renderItem={(t) => (
          <List.Item key={t.id}>
            <div style={{ width: '100%' }}>
              <Link to={`/nhiem-vu/${t.id}`} style={{ fontWeight: 600 }}>
                {t.item}. {t.summary}
              </Link>
              <div style={{ margin: '4px 0' }}>
                <DeadlineTag
                  state={t.deadlineState as DeadlineState}
                  due={t.due}
                  outcome={t.outcome}
                />
              </div>
              <Typography.Text>
                Hạn: {dueDateText(t.due)} · {unitName(byCode, t.leadUnit)} · {t.statusLabel}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<TaskListItem>
      rowKey="id"
      loading={loading}
      dataSource={tasks}
      pagination={pagination}
      locale={{ emptyText: 'Không có nhiệm vụ nào.' }}
      columns={[
        {
          title: 'Nhiệm vụ',
          key: 'summary',
          render: (_, t) => (
            <>
              <Link to={`/nhiem-vu/${t.id}`}>
                {t.item}. {t.summary}
              </Link>
              {t.priority !== 'thuong' ? (
                <Tag color="volcano" style={{ marginLeft: 8, color: '#871400' }}>
                  {PRIORITY_LABEL[t.priority]}
                </Tag>
              ) : null}
            </>
          ),
        },
        ...(hideDirective
          ? []
          : [
              {
                title: 'Văn bản',
                key: 'directive',
                width: 200,
                render: (_: unknown, t: TaskListItem) => (
                  <Link to={`/van-ban/${t.directive.id}`}>{directiveLabel(t)}</Link>
                ),
              },
            ]),
        {
          title: 'Đơn vị chủ trì',
          key: 'unit',
          width: 180,
          render: (_, t) => unitName(byCode, t.leadUnit),
        },
        {
          title: 'Hạn',
          key: 'due',
          width: 250,
          render: (_, t) => (
            <>
              <div>{dueDateText(t.due)}</div>
              <DeadlineTag
                state={t.deadlineState as DeadlineState}
                due={t.due}
                outcome={t.outcome}
              />
            </>
          ),
        },
        { title: 'Trạng thái', dataIndex: 'statusLabel', width: 150 },
      ]}
    />
  );
}
