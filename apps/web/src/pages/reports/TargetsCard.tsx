import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { api, call, type Schemas } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

type AttainmentRow = Schemas['AttainmentRowView'];

const COLOUR: Record<
  AttainmentRow['colour'],
  { color: string; background: string; border: string }
> = {
  green: { color: '#135200', background: '#f6ffed', border: '#b7eb8f' },
  red: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  grey: { color: '#262626', background: '#f5f5f5', border: '#d9d9d9' },
};

function Met({ row }: { row: AttainmentRow }) {
  const c = COLOUR[row.colour];
  const text = row.met === null ? 'Chưa có số liệu' : row.met ? 'Đạt' : 'Chưa đạt';
  return (
    <Tag style={{ color: c.color, background: c.background, borderColor: c.border }}>{text}</Tag>
  );
}

/** Chỉ tiêu of a directive: each unit's figure beside the target, green when met, red when not. */
export function TargetsCard({
  directiveId,
  period,
  rollup,
}: {
  directiveId: string;
  period: string;
  rollup: boolean;
}) {
  const query = { directiveId, period, rollup: rollup || undefined };
  const attainment = useQuery({
    queryKey: ['reports', 'attainment', query],
    queryFn: () => call(api.GET('/reports/targets/attainment', { params: { query } })),
  });
  const a = attainment.data;
  const exportQuery = new URLSearchParams({
    directiveId,
    period,
    ...(rollup ? { rollup: 'true' } : {}),
  });
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 15, margin: 0 }}>Chỉ tiêu</h2>}
      extra={
        a?.targets.length ? (
          <Button
            size="small"
            icon={<DownloadOutlined aria-hidden />}
            href={`/reports/targets/attainment/export?${exportQuery.toString()}`}
            download
          >
            Tải Excel chỉ tiêu
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={attainment.error} />
      {a && !a.targets.length ? <p>Văn bản này chưa có chỉ tiêu.</p> : null}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {a?.targets.map((t) => (
          <div key={t.target.id} data-testid="target">
            <Typography.Title level={3} style={{ fontSize: 14 }}>
              Mục {t.target.item}: {t.target.label} — chỉ tiêu {t.target.targetText}
            </Typography.Title>
            <Table<AttainmentRow>
              size="small"
              rowKey="unit"
              pagination={false}
              dataSource={t.rows}
              columns={[
                {
                  title: 'Đơn vị',
                  key: 'unit',
                  render: (_, r) => <span style={{ paddingLeft: r.depth * 16 }}>{r.label}</span>,
                },
                ...(t.target.kind === 'rate'
                  ? [
                      {
                        title: t.target.numeratorLabel ?? 'Tử số',
                        key: 'num',
                        align: 'right' as const,
                        render: (_: unknown, r: AttainmentRow) =>
                          r.numerator?.toLocaleString('vi-VN') ?? '—',
                      },
                      {
                        title: t.target.denominatorLabel ?? 'Mẫu số',
                        key: 'den',
                        align: 'right' as const,
                        render: (_: unknown, r: AttainmentRow) =>
                          r.denominator?.toLocaleString('vi-VN') ?? '—',
                      },
                    ]
                  : []),
                {
                  title: 'Đạt được',
                  key: 'achieved',
                  align: 'right',
                  render: (_, r) => <strong>{r.achieved.text}</strong>,
                },
                { title: 'Chỉ tiêu', key: 'target', render: () => t.target.targetText },
                { title: 'Kết quả', key: 'met', render: (_, r) => <Met row={r} /> },
              ]}
              summary={() => (
                <Table.Summary.Row style={{ fontWeight: 600 }}>
                  <Table.Summary.Cell index={0}>{t.total.label}</Table.Summary.Cell>
                  {t.target.kind === 'rate' ? (
                    <>
                      <Table.Summary.Cell index={1} align="right">
                        {t.total.numerator?.toLocaleString('vi-VN') ?? '—'}
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={2} align="right">
                        {t.total.denominator?.toLocaleString('vi-VN') ?? '—'}
                      </Table.Summary.Cell>
                    </>
                  ) : null}
                  <Table.Summary.Cell index={3} align="right">
                    {t.total.achieved.text}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4}>{t.target.targetText}</Table.Summary.Cell>
                  <Table.Summary.Cell index={5}>
                    <Met row={t.total} />
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </div>
        ))}
        {a?.notes.length ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {a.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
      </Space>
    </Card>
  );
}
