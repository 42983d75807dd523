import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas, type TaskView } from '../../api/client';
import { useSession } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/dates';
import { figureLabels, figuresRequest, mayReportFigures, needsFigures } from '../../lib/targets';

type TaskFigures = Schemas['TaskFiguresView'];

const number = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n.toLocaleString('vi-VN');

/**
 * The numbers the targets of this task's item need for its period: what the unit reported,
 * and for the unit itself a form to report or correct them.
 */
export function TaskFiguresCard({ task }: { task: TaskView }) {
  const session = useSession();
  const figures = useQuery({
    queryKey: ['task', task.id, 'figures'],
    queryFn: () => call(api.GET('/tasks/{id}/figures', { params: { path: { id: task.id } } })),
  });
  if (figures.error) return <ErrorAlert error={figures.error} />;
  const all = figures.data ?? [];
  if (!all.length) return null;
  const may = mayReportFigures(session, task);
  return (
    <Card size="small" title={<h2 className="dd-card-title">Số liệu chỉ tiêu của kỳ này</h2>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {all.map((f) => (
          <section key={f.target.id} data-testid="task-target" aria-label={f.target.label}>
            <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 4px' }}>
              {f.target.label} — chỉ tiêu {f.target.targetText}
            </Typography.Title>
            {needsFigures(f.target) ? (
              <>
                <Reported figures={f} />
                {may ? <FiguresForm taskId={task.id} figures={f} /> : null}
              </>
            ) : (
              <Typography.Text>
                Tính từ chính các nhiệm vụ hoàn thành đúng hạn; đơn vị không phải báo cáo số liệu.
              </Typography.Text>
            )}
          </section>
        ))}
      </Space>
    </Card>
  );
}

function Reported({ figures: f }: { figures: TaskFigures }) {
  if (!f.reportedAt) return <p style={{ margin: '0 0 8px' }}>Đơn vị chưa báo cáo số liệu.</p>;
  const l = figureLabels(f.target);
  return (
    <p style={{ margin: '0 0 8px' }} data-testid="reported-figures">
      Đã báo cáo lúc {formatDateTime(f.reportedAt)}: {l.numerator} {number(f.numerator)}
      {l.denominator ? `; ${l.denominator} ${number(f.denominator)}` : ''}
      {f.note ? `. Ghi chú: ${f.note}` : ''}
    </p>
  );
}

interface Values {
  numerator: number;
  denominator?: number | null;
  note?: string;
}

function FiguresForm({ taskId, figures: f }: { taskId: string; figures: TaskFigures }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const l = figureLabels(f.target);

  async function submit(v: Values) {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.PUT('/tasks/{id}/figures', {
          params: { path: { id: taskId } },
          body: figuresRequest(f.target, v),
        }),
      );
      message.success('Đã gửi số liệu chỉ tiêu.');
      await Promise.all([
        client.invalidateQueries({ queryKey: ['task', taskId] }),
        client.invalidateQueries({ queryKey: ['reports', 'attainment'] }),
      ]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const required = (label: string) => [
    { required: true, message: `Vui lòng nhập ${label.toLowerCase()}.` },
  ];
  return (
    <>
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        name={`figures-${f.target.id}`}
        onFinish={submit}
        initialValues={{
          numerator: f.numerator ?? undefined,
          denominator: f.denominator ?? undefined,
          note: f.note ?? undefined,
        }}
      >
        <Space wrap align="start">
          <Form.Item label={l.numerator} name="numerator" rules={required(l.numerator)}>
            <InputNumber min={0} decimalSeparator="," style={{ width: 200 }} />
          </Form.Item>
          {l.denominator ? (
            <Form.Item label={l.denominator} name="denominator" rules={required(l.denominator)}>
              <InputNumber min={0} decimalSeparator="," style={{ width: 200 }} />
            </Form.Item>
          ) : null}
        </Space>
        <Form.Item label="Ghi chú (không bắt buộc)" name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {f.reportedAt ? 'Sửa số liệu' : 'Gửi số liệu'}
        </Button>
      </Form>
    </>
  );
}
