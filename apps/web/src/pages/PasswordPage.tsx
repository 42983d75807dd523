import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';

export function PasswordPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(v: { currentPassword: string; newPassword: string }) {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/auth/password', {
          body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
        }),
      );
      form.resetFields();
      message.success('Đã đổi mật khẩu.');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card style={{ maxWidth: 480 }}>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        Đổi mật khẩu
      </Typography.Title>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          label="Mật khẩu hiện tại"
          name="currentPassword"
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu hiện tại.' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="Mật khẩu mới"
          name="newPassword"
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu mới.' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: 'Vui lòng nhập lại mật khẩu mới.' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('Hai lần nhập mật khẩu mới không khớp.')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          Đổi mật khẩu
        </Button>
      </Form>
    </Card>
  );
}
