import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../api/client';
import { useSession } from '../auth';
import { ErrorAlert } from '../components/ErrorAlert';
import { PRIORITY_LABEL } from '../components/TaskTable';
import { UnitSelect } from '../components/UnitSelect';
import { WorkingDatePicker } from '../components/WorkingDatePicker';

interface Values {
  number?: string;
  docType: string;
  title: string;
  issuedOn: Dayjs;
  issuedPlace?: string;
  tasks: {
    item: string;
    summary: string;
    leadUnit: string;
    coordinatingUnits?: string[];
    due?: string | null;
    priority: 'thuong' | 'khan' | 'hoa_toc';
  }[];
}

/** A directive entered by hand, for texts that are not at hand electronically. */
export function ManualDirectivePage() {
  const session = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // One key per form: a retry after a lost answer does not issue twice.
  const [key] = useState(() => crypto.randomUUID());

  async function submit(v: Values) {
    setBusy(true);
    setError(null);
    try {
      const d = await call(
        api.POST('/directives', {
          params: { header: { 'Idempotency-Key': key } },
          body: {
            number: v.number || undefined,
            docType: v.docType,
            title: v.title,
            issuedOn: v.issuedOn.format('YYYY-MM-DD'),
            issuedPlace: v.issuedPlace || undefined,
            issuerUnit: session.unitCode,
            tasks: v.tasks.map((t) => ({
              item: t.item,
              summary: t.summary,
              leadUnit: t.leadUnit,
              coordinatingUnits: t.coordinatingUnits ?? [],
              due: t.due ?? undefined,
              priority: t.priority,
            })),
          },
        }),
      );
      message.success(`Đã ban hành ${d.tasks.length} nhiệm vụ.`);
      void navigate(`/van-ban/${d.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        Nhập văn bản chỉ đạo
      </Typography.Title>
      <ErrorAlert error={error} />
      <Form<Values>
        layout="vertical"
        onFinish={submit}
        initialValues={{
          docType: 'KẾ HOẠCH',
          issuedOn: dayjs(),
          tasks: [{ item: '1', summary: '', priority: 'thuong' }],
        }}
      >
        <Card size="small">
          <Row gutter={12}>
            <Col xs={24} md={6}>
              <Form.Item label="Số, ký hiệu" name="number">
                <Input placeholder="78/KH-VKSTC" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                label="Loại văn bản"
                name="docType"
                rules={[{ required: true, message: 'Chọn loại văn bản.' }]}
              >
                <Select
                  options={['KẾ HOẠCH', 'THÔNG BÁO', 'CHỈ THỊ', 'CÔNG VĂN', 'QUYẾT ĐỊNH'].map(
                    (v) => ({
                      value: v,
                      label: v,
                    }),
                  )}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                label="Ngày ban hành"
                name="issuedOn"
                rules={[{ required: true, message: 'Chọn ngày.' }]}
              >
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Nơi ban hành" name="issuedPlace">
                <Input placeholder="Hà Nội" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label="Trích yếu"
                name="title"
                rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập trích yếu.' }]}
              >
                <Input.TextArea autoSize />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          Nhiệm vụ
        </Typography.Title>
        <Form.List name="tasks">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Card
                  key={f.key}
                  size="small"
                  extra={
                    fields.length > 1 ? (
                      <Button
                        type="text"
                        danger
                        icon={<MinusCircleOutlined />}
                        aria-label="Bỏ nhiệm vụ"
                        onClick={() => remove(f.name)}
                      />
                    ) : null
                  }
                >
                  <Row gutter={8}>
                    <Col xs={6} md={3}>
                      <Form.Item
                        label="Mục"
                        name={[f.name, 'item']}
                        rules={[{ required: true, message: 'Nhập mục.' }]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={18} md={21}>
                      <Form.Item
                        label="Nhiệm vụ"
                        name={[f.name, 'summary']}
                        rules={[
                          { required: true, whitespace: true, message: 'Nhập nội dung nhiệm vụ.' },
                        ]}
                      >
                        <Input.TextArea autoSize />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        label="Đơn vị chủ trì"
                        name={[f.name, 'leadUnit']}
                        rules={[{ required: true, message: 'Chọn đơn vị chủ trì.' }]}
                      >
                        <UnitSelect groups placeholder="Chọn đơn vị" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item label="Hạn" name={[f.name, 'due']}>
                        <WorkingDatePicker placeholder="Thường xuyên" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={4}>
                      <Form.Item label="Độ khẩn" name={[f.name, 'priority']}>
                        <Select
                          options={Object.entries(PRIORITY_LABEL).map(([value, label]) => ({
                            value,
                            label,
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item label="Đơn vị phối hợp" name={[f.name, 'coordinatingUnits']}>
                        <UnitSelect multiple groups placeholder="Không có" />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ item: String(fields.length + 1), summary: '', priority: 'thuong' })
                }
              >
                Thêm nhiệm vụ
              </Button>
            </Space>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>
          Ban hành
        </Button>
      </Form>
    </Space>
  );
}
