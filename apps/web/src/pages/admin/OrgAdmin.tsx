import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Tree,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { api, call, postText, type Schemas, type Unit } from '../../api/client';
import { unitName, useUnits } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitSelect } from '../../components/UnitSelect';
import { formatDate } from '../../lib/dates';

const LEVELS = [
  { value: 'toi_cao', label: 'Tối cao' },
  { value: 'cao', label: 'Cấp cao' },
  { value: 'tinh', label: 'Cấp tỉnh' },
  { value: 'huyen', label: 'Cấp huyện, khu vực' },
];
const KINDS = [
  { value: 'vien', label: 'Viện kiểm sát' },
  { value: 'don_vi', label: 'Đơn vị thuộc viện' },
];

function dates(u: Unit): string {
  if (u.activeTo)
    return ` (ngừng từ ${formatDate(u.activeTo)}${u.replacedBy ? `, sáp nhập vào ${u.replacedBy}` : ''})`;
  if (u.activeFrom) return ` (từ ${formatDate(u.activeFrom)})`;
  return '';
}

interface Node {
  key: string;
  title: string;
  children: Node[];
}

/** The directory as a tree with its effective dates: add, edit, merge, import and export. */
export function OrgAdmin() {
  const { units, byCode, error: loadError } = useUnits();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'add' | 'merge' | 'import' | null>(null);
  const tree = useMemo(() => {
    const nodes = new Map<string, Node>(
      units.map((u) => [u.code, { key: u.code, title: `${u.shortName}${dates(u)}`, children: [] }]),
    );
    const roots: Node[] = [];
    for (const u of units) {
      const n = nodes.get(u.code)!;
      const parent = u.parent ? nodes.get(u.parent) : undefined;
      if (parent) parent.children.push(n);
      else roots.push(n);
    }
    return roots;
  }, [units]);
  const unit = selected ? byCode.get(selected) : undefined;
  const done = async (text: string) => {
    message.success(text);
    setDialog(null);
    await client.invalidateQueries({ queryKey: ['units'] });
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={<h2 className="dd-card-title">Cây đơn vị ({units.length})</h2>}
          extra={
            <Space wrap>
              <a href="/admin/org/export" download>
                Xuất YAML
              </a>
              <Button size="small" onClick={() => setDialog('import')}>
                Nhập YAML
              </Button>
            </Space>
          }
        >
          <ErrorAlert error={loadError} />
          <div style={{ marginBottom: 12 }}>
            <UnitSelect
              aria-label="Tìm đơn vị"
              placeholder="Tìm đơn vị theo tên…"
              value={selected}
              onChange={(v) => setSelected((v as string | null) ?? null)}
            />
          </div>
          <Tree
            treeData={tree}
            height={520}
            defaultExpandedKeys={['VKSTC']}
            selectedKeys={selected ? [selected] : []}
            onSelect={(keys) => setSelected((keys[0] as string) ?? null)}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={<h2 className="dd-card-title">{unit ? unit.shortName : 'Chọn một đơn vị'}</h2>}
        >
          {unit ? (
            <>
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label="Mã">{unit.code}</Descriptions.Item>
                <Descriptions.Item label="Tên đầy đủ">{unit.fullName}</Descriptions.Item>
                <Descriptions.Item label="Cấp">
                  {LEVELS.find((l) => l.value === unit.level)?.label ?? unit.level}
                </Descriptions.Item>
                <Descriptions.Item label="Đơn vị cấp trên">
                  {unitName(byCode, unit.parent)}
                </Descriptions.Item>
                <Descriptions.Item label="Hoạt động từ">
                  {unit.activeFrom ? formatDate(unit.activeFrom) : 'Từ đầu'}
                </Descriptions.Item>
                <Descriptions.Item label="Ngừng hoạt động từ">
                  {unit.activeTo ? formatDate(unit.activeTo) : 'Đang hoạt động'}
                </Descriptions.Item>
              </Descriptions>
              <Space wrap style={{ marginTop: 12 }}>
                <Button onClick={() => setDialog('edit')}>Sửa</Button>
                <Button onClick={() => setDialog('add')}>Thêm đơn vị trực thuộc</Button>
                <Button danger onClick={() => setDialog('merge')} disabled={Boolean(unit.activeTo)}>
                  Sáp nhập vào đơn vị khác
                </Button>
              </Space>
            </>
          ) : (
            <Typography.Paragraph>
              Chọn một đơn vị trên cây để xem, sửa, thêm đơn vị trực thuộc hoặc sáp nhập.
            </Typography.Paragraph>
          )}
        </Card>
      </Col>
      {dialog === 'edit' && unit ? (
        <EditUnit unit={unit} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog === 'add' && unit ? (
        <AddUnit parent={unit} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog === 'merge' && unit ? (
        <MergeUnit unit={unit} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog === 'import' ? <ImportYaml onClose={() => setDialog(null)} onDone={done} /> : null}
    </Row>
  );
}

interface DialogProps {
  onClose: () => void;
  onDone: (text: string) => Promise<void>;
}

function useSubmit(
  run: (values: Record<string, unknown>) => Promise<string>,
  onDone: DialogProps['onDone'],
) {
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await onDone(await run(v));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { form, error, busy, submit };
}

const day = (v: unknown) => (v ? (v as dayjs.Dayjs).format('YYYY-MM-DD') : null);

function EditUnit({ unit, onClose, onDone }: DialogProps & { unit: Unit }) {
  const { form, error, busy, submit } = useSubmit(async (v) => {
    await call(
      api.PATCH('/admin/org/units/{code}', {
        params: { path: { code: unit.code } },
        body: {
          shortName: String(v.shortName),
          fullName: String(v.fullName),
          activeFrom: day(v.activeFrom),
          activeTo: day(v.activeTo),
        },
      }),
    );
    return 'Đã lưu đơn vị.';
  }, onDone);
  return (
    <Modal
      open
      title={`Sửa ${unit.shortName}`}
      onOk={submit}
      onCancel={onClose}
      okText="Lưu"
      cancelText="Đóng"
      confirmLoading={busy}
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        name="edit-unit"
        initialValues={{
          shortName: unit.shortName,
          fullName: unit.fullName,
          activeFrom: unit.activeFrom ? dayjs(unit.activeFrom) : null,
          activeTo: unit.activeTo ? dayjs(unit.activeTo) : null,
        }}
      >
        <Form.Item
          label="Tên ngắn"
          name="shortName"
          rules={[{ required: true, message: 'Nhập tên ngắn.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="Tên đầy đủ"
          name="fullName"
          rules={[{ required: true, message: 'Nhập tên đầy đủ.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="Hoạt động từ ngày" name="activeFrom">
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Ngừng hoạt động từ ngày" name="activeTo">
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AddUnit({ parent, onClose, onDone }: DialogProps & { parent: Unit }) {
  const { form, error, busy, submit } = useSubmit(async (v) => {
    await call(
      api.POST('/admin/org/units', {
        body: {
          code: String(v.code),
          shortName: String(v.shortName),
          fullName: String(v.fullName),
          level: v.level as Schemas['CreateUnitDto']['level'],
          kind: v.kind as Schemas['CreateUnitDto']['kind'],
          parent: parent.code,
          emails: String(v.emails ?? '')
            .split(/[\s,;]+/)
            .filter(Boolean),
          activeFrom: day(v.activeFrom),
        },
      }),
    );
    return 'Đã thêm đơn vị.';
  }, onDone);
  return (
    <Modal
      open
      title={`Thêm đơn vị trực thuộc ${parent.shortName}`}
      onOk={submit}
      onCancel={onClose}
      okText="Thêm"
      cancelText="Đóng"
      confirmLoading={busy}
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        name="add-unit"
        initialValues={{ level: parent.level, kind: 'don_vi', code: `${parent.code}.` }}
      >
        <Form.Item
          label="Mã (chữ in hoa, số, dấu chấm, gạch dưới)"
          name="code"
          rules={[{ required: true, message: 'Nhập mã.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="Tên ngắn"
          name="shortName"
          rules={[{ required: true, message: 'Nhập tên ngắn.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="Tên đầy đủ"
          name="fullName"
          rules={[{ required: true, message: 'Nhập tên đầy đủ.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="Cấp" name="level">
          <Select options={LEVELS} />
        </Form.Item>
        <Form.Item label="Loại" name="kind">
          <Select options={KINDS} />
        </Form.Item>
        <Form.Item
          label="Email nhận thư (cách nhau bởi dấu phẩy)"
          name="emails"
          rules={[{ required: true, message: 'Nhập ít nhất một email.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="Hoạt động từ ngày" name="activeFrom">
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MergeUnit({ unit, onClose, onDone }: DialogProps & { unit: Unit }) {
  const { form, error, busy, submit } = useSubmit(async (v) => {
    await call(
      api.POST('/admin/org/units/{code}/merge', {
        params: { path: { code: unit.code } },
        body: { into: String(v.into), on: day(v.on)! },
      }),
    );
    return 'Đã sáp nhập đơn vị; các nhiệm vụ cũ vẫn giữ nguyên đơn vị.';
  }, onDone);
  return (
    <Modal
      open
      title={`Sáp nhập ${unit.shortName}`}
      onOk={submit}
      onCancel={onClose}
      okText="Sáp nhập"
      cancelText="Đóng"
      confirmLoading={busy}
      okButtonProps={{ danger: true }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" name="merge-unit">
        <Form.Item
          label="Đơn vị tiếp nhận"
          name="into"
          rules={[{ required: true, message: 'Chọn đơn vị tiếp nhận.' }]}
        >
          <UnitSelect placeholder="Chọn đơn vị" />
        </Form.Item>
        <Form.Item
          label="Ngừng hoạt động từ ngày"
          name="on"
          rules={[{ required: true, message: 'Chọn ngày.' }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ImportYaml({ onClose, onDone }: DialogProps) {
  const [text, setText] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    const r = await postText<Schemas['DirectoryImportView']>(
      '/admin/org/import',
      text,
      'application/yaml',
    );
    return `Đã nhập: ${r.units.created} đơn vị mới, ${r.units.updated} cập nhật, ${r.units.ended} ngừng hoạt động.`;
  }, onDone);
  return (
    <Modal
      open
      title="Nhập danh bạ từ tệp YAML"
      onOk={submit}
      onCancel={onClose}
      okText="Nhập"
      cancelText="Đóng"
      confirmLoading={busy}
      width={720}
    >
      <Typography.Paragraph>
        Tệp có lỗi thì không có gì thay đổi; lỗi được báo theo dòng và đơn vị. Đơn vị không có trong
        tệp được cho ngừng hoạt động từ hôm nay, không bị xóa.
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Upload
        accept=".yaml,.yml,text/yaml"
        maxCount={1}
        beforeUpload={(file) => {
          void file.text().then(setText);
          return false;
        }}
      >
        <Button>Chọn tệp YAML</Button>
      </Upload>
      <Input.TextArea
        aria-label="Nội dung YAML"
        style={{ marginTop: 12, fontFamily: 'monospace' }}
        rows={12}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </Modal>
  );
}
