import { Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { TaskView } from '../api/client';
import { unitName, useUnits } from '../api/queries';
import { dueDateText, type DeadlineState } from '../lib/deadline';
import { DeadlineTag } from './DeadlineTag';

type Node = TaskView & {
  children?: Node[];
  below: { done: number; open: number; overdue: number; total: number };
};

const isLate = (t: TaskView) =>
  t.deadlineState === 'overdue' || (t.status === 'done' && t.outcome === 'late');

/**
 * The tasks given as a tree by parentTaskId; the roots are those whose parent is not among
 * them. Each node counts what lies directly below it ("k trên n") and how much of it is late.
 */
function buildTree(tasks: TaskView[]): { roots: Node[]; all: Node[] } {
  const nodes = new Map<string, Node>(
    tasks.map((t) => [t.id, { ...t, below: { done: 0, open: 0, overdue: 0, total: 0 } }]),
  );
  const roots: Node[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentTaskId ? nodes.get(n.parentTaskId) : undefined;
    if (!parent) {
      roots.push(n);
      continue;
    }
    (parent.children ??= []).push(n);
    if (n.status === 'cancelled') continue;
    parent.below.total++;
    if (n.status === 'done') parent.below.done++;
    else parent.below.open++;
    if (n.deadlineState === 'overdue') parent.below.overdue++;
  }
  // Who is late first, then by due date.
  const order = (a: Node, b: Node) =>
    Number(isLate(b)) - Number(isLate(a)) ||
    (a.due.at ?? '').localeCompare(b.due.at ?? '') ||
    a.leadUnit.localeCompare(b.leadUnit);
  for (const n of nodes.values()) n.children?.sort(order);
  roots.sort(order);
  return { roots, all: [...nodes.values()] };
}

/** Only the branches where something is overdue (or late). */
function lateOnly(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => {
    const children = n.children ? lateOnly(n.children) : [];
    return isLate(n) || children.length
      ? [{ ...n, children: children.length ? children : undefined }]
      : [];
  });
}

export const LEVEL_NAME = (depth: number) =>
  depth === 0 ? 'Cấp giao trực tiếp' : `Cấp dưới thứ ${depth}`;

/**
 * A plan as one tree: the consolidating unit, then provinces, then their districts, each with
 * its due date, status, deadline state and "k trên n" of the level below; the issuer sees
 * which districts are late without opening each province.
 */
export function PlanTree({ tasks, caption }: { tasks: TaskView[]; caption?: string }) {
  const { byCode } = useUnits();
  const [late, setLate] = useState(false);
  const { roots, all } = useMemo(() => buildTree(tasks), [tasks]);
  const shown = late ? lateOnly(roots) : roots;
  // Small trees open whole; a country's (hundreds of districts) opens its first two levels.
  const expanded = useMemo(
    () =>
      all
        .filter((n) => n.children?.length && (all.length <= 300 || !n.parentTaskId))
        .map((n) => n.id),
    [all],
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <label>
        <Switch checked={late} onChange={setLate} size="small" style={{ marginRight: 8 }} />
        Chỉ hiện nhánh có đơn vị quá hạn
      </label>
      <Table<Node>
        size="small"
        rowKey="id"
        data-testid="plan-tree"
        pagination={false}
        dataSource={shown}
        scroll={{ x: 800 }}
        expandable={{ defaultExpandedRowKeys: expanded, indentSize: 24 }}
        locale={{ emptyText: late ? 'Không có đơn vị nào quá hạn.' : 'Không có nhiệm vụ nào.' }}
        rowClassName={(n) => (isLate(n) ? 'dd-row-late' : '')}
        title={caption ? () => caption : undefined}
        columns={[
          {
            title: 'Đơn vị',
            key: 'unit',
            render: (_, n) => (
              <Link to={`/nhiem-vu/${n.id}`} data-unit={n.leadUnit}>
                {unitName(byCode, n.leadUnit)}
              </Link>
            ),
          },
          { title: 'Hạn', key: 'due', width: 130, render: (_, n) => dueDateText(n.due) },
          { title: 'Trạng thái', dataIndex: 'statusLabel', width: 150 },
          {
            title: 'Tình trạng thời hạn',
            key: 'state',
            width: 230,
            render: (_, n) => (
              <DeadlineTag
                state={n.deadlineState as DeadlineState}
                due={n.due}
                outcome={n.outcome}
              />
            ),
          },
          {
            title: 'Cấp dưới',
            key: 'below',
            width: 190,
            render: (_, n) =>
              n.below.total ? (
                <span>
                  {n.below.done} trên {n.below.total} đã xong
                  {n.below.overdue ? (
                    <Tag
                      style={{
                        marginLeft: 6,
                        color: '#a8071a',
                        background: '#fff1f0',
                        borderColor: '#ffa39e',
                      }}
                    >
                      {n.below.overdue} quá hạn
                    </Tag>
                  ) : null}
                </span>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]}
      />
    </Space>
  );
}
