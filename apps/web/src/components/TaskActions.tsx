import { InboxOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Switch,
  Upload,
  type UploadFile,
} from 'antd';
import { useState } from 'react';
import { api, call, uploadAttachment, type TaskAction, type TaskView } from '../api/client';
import { unitName, useUnits } from '../api/queries';
import { formatDate, localDateOf } from '../lib/dates';
import { ErrorAlert } from './ErrorAlert';
import { UnitSelect } from './UnitSelect';
import { WorkingDatePicker } from './WorkingDatePicker';

type Values = Record<string, unknown>;

interface ActionSpec {
  label: string;
  title: string;
  danger?: boolean;
  primary?: boolean;
  /** The form's fields; none: a confirmation. */
  fields?: (task: TaskView) => React.JSX.Element;
  send: (id: string, v: Values, attachmentIds: string[]) => Promise<unknown>;
  done: string;
}

const reason = (label: string, required = true) => (
  <Form.Item
    label={label}
    name="reason"
    rules={
      required
        ? [{ required: true, whitespace: true, message: `Vui lòng nhập ${label.toLowerCase()}.` }]
        : []
    }
  >
    <Input.TextArea rows={3} maxLength={2000} showCount />
  </Form.Item>
);

const path = (id: string) => ({ params: { path: { id } } });

/** Every action of the lifecycle: its button label, its form, and the API call it makes. */
const ACTIONS: Record<Exclude<TaskAction, 'attach' | 'cascade'>, ActionSpec> = {
  acknowledge: {
    label: 'Tiếp nhận',
    title: 'Tiếp nhận nhiệm vụ',
    primary: true,
    send: (id) => call(api.POST('/tasks/{id}/acknowledge', path(id))),
    done: 'Đã tiếp nhận nhiệm vụ.',
  },
  progress: {
    label: 'Báo cáo tiến độ',
    title: 'Báo cáo tiến độ',
    fields: () => (
      <>
        <Form.Item
          label="Nội dung báo cáo"
          name="text"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập nội dung báo cáo.' }]}
        >
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
        <Form.Item label="Tỷ lệ hoàn thành (%)" name="percent">
          <InputNumber min={0} max={100} style={{ width: 160 }} />
        </Form.Item>
      </>
    ),
    send: (id, v, attachmentIds) =>
      call(
        api.POST('/tasks/{id}/progress', {
          ...path(id),
          body: {
            text: String(v.text),
            percent: typeof v.percent === 'number' ? v.percent : undefined,
            attachmentIds,
          },
        }),
      ),
    done: 'Đã gửi báo cáo tiến độ.',
  },
  extension: {
    label: 'Xin gia hạn',
    title: 'Đề nghị gia hạn',
    fields: (t) => (
      <>
        <Form.Item
          label="Hạn mới đề nghị (ngày cuối cùng còn đúng hạn)"
          name="due"
          rules={[{ required: true, message: 'Vui lòng chọn hạn mới.' }]}
          extra="Ngày nghỉ, ngày lễ không chọn được; ngày làm bù được đánh dấu."
        >
          <WorkingDatePicker notBefore={t.due.date ?? undefined} />
        </Form.Item>
        {reason('Lý do')}
      </>
    ),
    send: (id, v) =>
      call(
        api.POST('/tasks/{id}/extension', {
          ...path(id),
          body: { due: String(v.due), reason: String(v.reason) },
        }),
      ),
    done: 'Đã gửi đề nghị gia hạn.',
  },
  submit: {
    label: 'Nộp kết quả',
    title: 'Báo cáo hoàn thành',
    primary: true,
    fields: () => (
      <Form.Item
        label="Kết quả thực hiện"
        name="result"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập kết quả.' }]}
      >
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
    ),
    send: (id, v, attachmentIds) =>
      call(
        api.POST('/tasks/{id}/submit', {
          ...path(id),
          body: { result: String(v.result), attachmentIds },
        }),
      ),
    done: 'Đã nộp kết quả, chờ lãnh đạo xem xét.',
  },
  explain: {
    label: 'Giải trình',
    title: 'Giải trình việc chậm',
    fields: () => (
      <>
        {reason('Lý do chậm')}
        <Form.Item
          label="Phần việc còn lại"
          name="remaining"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu phần việc còn lại.' }]}
        >
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item
          label="Ngày cam kết hoàn thành"
          name="committedDate"
          rules={[{ required: true, message: 'Vui lòng chọn ngày cam kết hoàn thành.' }]}
          extra="Giải trình không phải gia hạn: nhiệm vụ vẫn tính là quá hạn. Quá ngày cam kết mà chưa xong, hệ thống sẽ nhắc đơn vị và thủ trưởng."
        >
          <WorkingDatePicker notBefore={localDateOf(new Date())} />
        </Form.Item>
      </>
    ),
    send: (id, v) =>
      call(
        api.POST('/tasks/{id}/explanations', {
          ...path(id),
          body: {
            reason: String(v.reason),
            remaining: String(v.remaining),
            committedDate: String(v.committedDate),
          },
        }),
      ),
    done: 'Đã gửi giải trình.',
  },
  approve_extension: {
    label: 'Duyệt gia hạn',
    title: 'Duyệt đề nghị gia hạn',
    primary: true,
    fields: () => (
      <Form.Item label="Ý kiến (không bắt buộc)" name="note">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    ),
    send: (id, v) =>
      call(
        api.POST('/tasks/{id}/extension/approve', {
          ...path(id),
          body: { note: v.note ? String(v.note) : undefined },
        }),
      ),
    done: 'Đã duyệt gia hạn; các lần nhắc việc được tính lại theo hạn mới.',
  },
  reject_extension: {
    label: 'Từ chối gia hạn',
    title: 'Từ chối đề nghị gia hạn',
    danger: true,
    fields: () => reason('Lý do từ chối'),
    send: (id, v) =>
      call(
        api.POST('/tasks/{id}/extension/reject', {
          ...path(id),
          body: { reason: String(v.reason) },
        }),
      ),
    done: 'Đã từ chối đề nghị gia hạn.',
  },
  accept: {
    label: 'Nghiệm thu',
    title: 'Nghiệm thu kết quả',
    primary: true,
    fields: () => (
      <Form.Item label="Ý kiến (không bắt buộc)" name="note">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    ),
    send: (id, v) =>
      call(
        api.POST('/tasks/{id}/accept', {
          ...path(id),
          body: { note: v.note ? String(v.note) : undefined },
        }),
      ),
    done: 'Đã nghiệm thu; nhiệm vụ hoàn thành.',
  },
  return: {
    label: 'Trả lại',
    title: 'Trả lại kết quả',
    danger: true,
    fields: () => reason('Lý do trả lại'),
    send: (id, v) =>
      call(api.POST('/tasks/{id}/return', { ...path(id), body: { reason: String(v.reason) } })),
    done: 'Đã trả lại kết quả cho đơn vị.',
  },
  reassign: {
    label: 'Giao lại',
    title: 'Giao lại cho đơn vị khác',
    fields: () => (
      <>
        <Form.Item
          label="Đơn vị chủ trì mới"
          name="unit"
          rules={[{ required: true, message: 'Vui lòng chọn đơn vị.' }]}
        >
          <UnitSelect placeholder="Chọn đơn vị" />
        </Form.Item>
        {reason('Lý do')}
      </>
    ),
    send: (id, v) =>
      call(
        api.POST('/tasks/{id}/reassign', {
          ...path(id),
          body: { unit: String(v.unit), reason: String(v.reason) },
        }),
      ),
    done: 'Đã giao lại nhiệm vụ.',
  },
  cancel: {
    label: 'Hủy nhiệm vụ',
    title: 'Hủy nhiệm vụ',
    danger: true,
    fields: () => reason('Lý do hủy'),
    send: (id, v) =>
      call(api.POST('/tasks/{id}/cancel', { ...path(id), body: { reason: String(v.reason) } })),
    done: 'Đã hủy nhiệm vụ.',
  },
};

const WITH_FILES: TaskAction[] = ['progress', 'submit'];

/** The buttons of the actions this user may take now, each opening its form. */
export function TaskActions({ task, actions }: { task: TaskView; actions: TaskAction[] }) {
  const [open, setOpen] = useState<TaskAction | null>(null);
  const [seriesOpen, setSeriesOpen] = useState(false);
  const buttons = actions.filter((a): a is keyof typeof ACTIONS => a in ACTIONS);
  if (buttons.length === 0 && !actions.includes('cascade')) return null;

  return (
    <>
      <Space wrap>
        {buttons.map((a) => (
          <Button
            key={a}
            type={ACTIONS[a].primary ? 'primary' : 'default'}
            danger={ACTIONS[a].danger}
            onClick={() => setOpen(a)}
          >
            {ACTIONS[a].label}
          </Button>
        ))}
        {actions.includes('cascade') ? (
          <Button onClick={() => setOpen('cascade')}>Giao cho đơn vị cấp dưới</Button>
        ) : null}
        {task.seriesId && actions.includes('cancel') ? (
          <Button danger onClick={() => setSeriesOpen(true)}>
            Dừng nhiệm vụ định kỳ
          </Button>
        ) : null}
      </Space>
      {seriesOpen && task.seriesId ? (
        <StopSeriesModal
          task={task}
          seriesId={task.seriesId}
          onClose={() => setSeriesOpen(false)}
        />
      ) : null}
      {open && open !== 'cascade' && open !== 'attach' ? (
        <ActionModal
          task={task}
          action={open}
          withFiles={WITH_FILES.includes(open) && actions.includes('attach')}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'cascade' ? <CascadeModal task={task} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

function useRefresh(taskId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['task', taskId] }),
      client.invalidateQueries({ queryKey: ['tasks'] }),
      client.invalidateQueries({ queryKey: ['directive'] }),
    ]);
}

function ActionModal({
  task,
  action,
  withFiles,
  onClose,
}: {
  task: TaskView;
  action: keyof typeof ACTIONS;
  withFiles: boolean;
  onClose: () => void;
}) {
  const spec = ACTIONS[action];
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const refresh = useRefresh(task.id);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const uploaded = files.filter((f) => f.status === 'done').map((f) => String(f.response?.id));

  async function submit() {
    const values = spec.fields ? await form.validateFields() : {};
    setBusy(true);
    setError(null);
    try {
      await spec.send(task.id, values, uploaded);
      message.success(spec.done);
      await refresh();
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
      title={spec.title}
      onCancel={onClose}
      onOk={submit}
      okText={spec.label}
      cancelText="Đóng"
      confirmLoading={busy}
      okButtonProps={{ danger: spec.danger, disabled: files.some((f) => f.status === 'uploading') }}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      {spec.fields ? (
        <Form form={form} layout="vertical" name={`action-${action}`}>
          {spec.fields(task)}
        </Form>
      ) : (
        <p>
          Xác nhận {spec.label.toLowerCase()}: <strong>{task.summary}</strong>
        </p>
      )}
      {withFiles ? (
        <Upload.Dragger
          multiple
          fileList={files}
          onChange={({ fileList }) => setFiles(fileList)}
          customRequest={({ file, onSuccess, onError }) => {
            uploadAttachment(task.id, file as File)
              .then((a) => onSuccess?.(a))
              .catch((e) => {
                setError(e);
                onError?.(e);
              });
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p>Kéo thả tệp vào đây, hoặc bấm để chọn tệp đính kèm (tối đa 10 MB mỗi tệp)</p>
        </Upload.Dragger>
      ) : null}
    </Modal>
  );
}

/** Splitting to subordinate units, with the proposed sub-deadline the API computes. */
function CascadeModal({ task, onClose }: { task: TaskView; onClose: () => void }) {
  const { message } = App.useApp();
  const refresh = useRefresh(task.id);
  const { byCode } = useUnits();
  const proposal = useQuery({
    queryKey: ['task', task.id, 'proposal'],
    queryFn: () => call(api.GET('/tasks/{id}/subtasks/proposal', path(task.id))),
  });
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const units = proposal.data?.units ?? [];
  const [chosen, setChosen] = useState<string[]>([]);

  async function submit() {
    const v = await form.validateFields();
    if (chosen.length === 0) {
      setError(new Error('Chọn ít nhất một đơn vị cấp dưới.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/tasks/{id}/subtasks', {
          ...path(task.id),
          body: {
            tasks: chosen.map((unit) => ({ unit, due: v.due ?? undefined, separate: false })),
            needsAllReports: Boolean(v.needsAllReports),
          },
        }),
      );
      message.success('Đã giao cho đơn vị cấp dưới.');
      await refresh();
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
      title="Giao cho đơn vị cấp dưới"
      onCancel={onClose}
      onOk={submit}
      okText="Giao nhiệm vụ"
      cancelText="Đóng"
      confirmLoading={busy}
      destroyOnHidden
    >
      <ErrorAlert error={error ?? proposal.error} />
      {proposal.data ? (
        <Form
          form={form}
          layout="vertical"
          name="cascade"
          initialValues={{ due: proposal.data.due, needsAllReports: true }}
        >
          <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
            <legend style={{ fontSize: 14, marginBottom: 8 }}>Đơn vị cấp dưới</legend>
            <Checkbox.Group
              value={chosen}
              onChange={(v) => setChosen(v as string[])}
              options={units.map((u) => ({ value: u.code, label: u.shortName }))}
              style={{ display: 'grid', gap: 4 }}
            />
          </fieldset>
          <Form.Item
            label="Hạn của đơn vị cấp dưới"
            name="due"
            extra={
              proposal.data.due
                ? `Đề xuất: ${formatDate(proposal.data.due)} (hạn của ${unitName(byCode, task.leadUnit)} trừ 10 ngày làm việc).`
                : 'Nhiệm vụ không có hạn: đơn vị cấp dưới cũng không có hạn.'
            }
          >
            <WorkingDatePicker />
          </Form.Item>
          <Form.Item
            label="Chỉ báo cáo hoàn thành khi mọi đơn vị cấp dưới đã báo cáo"
            name="needsAllReports"
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}

/** A recurring task's series stops opening new periods; open periods go on. */
function StopSeriesModal({
  task,
  seriesId,
  onClose,
}: {
  task: TaskView;
  seriesId: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const refresh = useRefresh(task.id);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/series/{id}/cancel', {
          params: { path: { id: seriesId } },
          body: { reason: String(v.reason) },
        }),
      );
      message.success('Đã dừng nhiệm vụ định kỳ: không mở thêm kỳ mới.');
      await refresh();
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
      title="Dừng nhiệm vụ định kỳ"
      onCancel={onClose}
      onOk={submit}
      okText="Dừng định kỳ"
      cancelText="Đóng"
      confirmLoading={busy}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <p>Các kỳ đã mở vẫn tiếp tục; từ nay không mở thêm kỳ mới.</p>
      <Form form={form} layout="vertical" name="stop-series">
        {reason('Lý do')}
      </Form>
    </Modal>
  );
}
