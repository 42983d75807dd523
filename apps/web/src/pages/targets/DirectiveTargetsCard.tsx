import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Radio, Select, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api, call, type DirectiveView, type TargetView } from '../../api/client';
import { useUnits } from '../../api/queries';
import { useSession } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  AGGREGATION_LABEL,
  TARGET_KIND_LABEL,
  type TargetFormValues,
  directiveItems,
  figureLabels,
  mayManageTargets,
  targetRequest,
} from '../../lib/targets';

/**
 * The targets (chỉ tiêu) on a directive's items; its issuing side's leaders and secretariat
 * set new ones here. What each unit reached is on the reports page.
 */
export function DirectiveTargetsCard({ directive }: { directive: DirectiveView }) {
  const session = useSession();
  const { byCode } = useUnits();
  const [open, setOpen] = useState(false);
  const may = mayManageTargets(session, directive.issuerUnit, (c) => byCode.get(c)?.parent);
  const query = { directiveId: directive.id };
  const targets = useQuery({
    queryKey: ['targets', directive.id],
    queryFn: () => call(api.GET('/reports/targets', { params: { query } })),
  });
  // A unit that sees the directive but none of its targets' figures is told nothing more.
  const hidden = targets.error instanceof ApiError && targets.error.status === 404;
  if (!may && (hidden || !targets.data?.length)) return null;

  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 18, margin: 0 }}>Chỉ tiêu</h2>}
      extra={
        may ? (
          <Button type="primary" onClick={() => setOpen(true)}>
            Đặt chỉ tiêu
          </Button>
        ) : null
      }
    >
      {hidden ? null : <ErrorAlert error={targets.error} />}
      <Table<TargetView>
        size="small"
        rowKey="id"
        pagination={false}
        loading={targets.isLoading}
        dataSource={targets.data ?? []}
        data-testid="directive-targets"
        locale={{ emptyText: 'Văn bản này chưa có chỉ tiêu.' }}
        columns={[
          { title: 'Mục', dataIndex: 'item', width: 70 },
          { title: 'Chỉ tiêu', dataIndex: 'label' },
          { title: 'Mức', dataIndex: 'targetText', width: 100 },
          {
            title: 'Số liệu đơn vị báo cáo',
            key: 'figures',
            render: (_, t) => {
              if (t.kind === 'on_time') return 'Không cần: tính từ nhiệm vụ';
              const l = figureLabels(t);
              return l.denominator ? `${l.numerator}; ${l.denominator}` : l.numerator;
            },
          },
        ]}
      />
      {targets.data?.length ? (
        <p style={{ margin: '12px 0 0' }}>
          <Link to={`/bao-cao?van-ban=${directive.id}`}>
            Xem kết quả thực hiện chỉ tiêu trong Báo cáo
          </Link>
        </p>
      ) : null}
      {open ? <NewTargetModal directive={directive} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}

function NewTargetModal({ directive, onClose }: { directive: DirectiveView; onClose: () => void }) {
  const [form] = Form.useForm<TargetFormValues>();
  const kind = Form.useWatch('kind', form) ?? 'rate';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const items = directiveItems(directive.tasks);

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/reports/targets', { body: targetRequest(directive.id, v) }));
      message.success(`Đã đặt chỉ tiêu cho mục ${v.item}.`);
      await Promise.all([
        client.invalidateQueries({ queryKey: ['targets', directive.id] }),
        client.invalidateQueries({ queryKey: ['reports', 'attainment'] }),
      ]);
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title="Đặt chỉ tiêu cho một mục của văn bản"
      onCancel={onClose}
      onOk={submit}
      okText="Đặt chỉ tiêu"
      cancelText="Đóng"
      confirmLoading={busy}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        name="new-target"
        initialValues={{ kind: 'rate', aggregation: 'sum', item: items[0]?.item }}
      >
        <Form.Item
          label="Mục của văn bản"
          name="item"
          rules={[{ required: true, message: 'Vui lòng chọn mục.' }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={items.map((i) => ({ value: i.item, label: `Mục ${i.item}: ${i.summary}` }))}
          />
        </Form.Item>
        <Form.Item label="Loại chỉ tiêu" name="kind">
          <Radio.Group
            style={{ display: 'grid', gap: 4 }}
            options={(['rate', 'count', 'on_time'] as const).map((k) => ({
              value: k,
              label: TARGET_KIND_LABEL[k],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="Tên chỉ tiêu"
          name="label"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên chỉ tiêu.' }]}
        >
          <Input
            maxLength={500}
            placeholder={
              kind === 'count'
                ? 'Ví dụ: Số vụ án được kiểm sát trực tiếp'
                : kind === 'on_time'
                  ? 'Ví dụ: Hoàn thành đúng hạn các nhiệm vụ'
                  : 'Ví dụ: Tỷ lệ thi hành xong về việc'
            }
          />
        </Form.Item>
        {kind === 'on_time' ? (
          <p>
            Mức: 100% nhiệm vụ của mục hoàn thành đúng hạn. Hệ thống tính từ chính các nhiệm vụ, đơn
            vị không phải báo cáo số liệu.
          </p>
        ) : (
          <>
            <Form.Item
              label={
                kind === 'count' ? 'Số lượng phải đạt (ít nhất)' : 'Tỷ lệ phải đạt (ít nhất, %)'
              }
              name="threshold"
              rules={[{ required: true, message: 'Vui lòng nhập mức phải đạt.' }]}
            >
              <InputNumber
                min={0}
                max={kind === 'count' ? undefined : 100}
                step={kind === 'count' ? 1 : 0.01}
                decimalSeparator=","
                suffix={kind === 'count' ? undefined : '%'}
                style={{ width: 200 }}
              />
            </Form.Item>
            <Form.Item
              label={kind === 'count' ? 'Tên số liệu đơn vị báo cáo (không bắt buộc)' : 'Tên tử số'}
              name="numeratorLabel"
              rules={
                kind === 'rate'
                  ? [{ required: true, whitespace: true, message: 'Vui lòng nhập tên tử số.' }]
                  : []
              }
            >
              <Input
                maxLength={200}
                placeholder={
                  kind === 'count' ? 'Ví dụ: Số vụ đã kiểm sát' : 'Ví dụ: Số việc thi hành xong'
                }
              />
            </Form.Item>
            {kind === 'rate' ? (
              <Form.Item
                label="Tên mẫu số"
                name="denominatorLabel"
                rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên mẫu số.' }]}
              >
                <Input maxLength={200} placeholder="Ví dụ: Số việc có điều kiện thi hành" />
              </Form.Item>
            ) : null}
            <Form.Item
              label="Cộng số liệu nhiều kỳ"
              name="aggregation"
              extra="Lũy kế: mỗi kỳ đơn vị báo cáo số liệu từ đầu năm, nên lấy lần báo cáo gần nhất."
            >
              <Radio.Group
                options={(['sum', 'latest'] as const).map((a) => ({
                  value: a,
                  label: AGGREGATION_LABEL[a],
                }))}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
