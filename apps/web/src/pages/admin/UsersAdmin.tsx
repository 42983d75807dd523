import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { unitName, useUnits } from '../../api/queries';
import { ROLE_LABEL, type Role } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UnitSelect } from '../../components/UnitSelect';

type User = Schemas['UserView'];
const ROLE_OPTIONS = Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }));

export function UsersAdmin() {
  const users = useQuery({
    queryKey: ['admin', 'users'],
    queryFn: () => call(api.GET('/admin/users')),
  });
  const { byCode } = useUnits();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  const rows = (users.data ?? []).filter(
    (u) =>
      !filter ||
      `${u.username} ${u.displayName} ${u.unitCode}`.toLowerCase().includes(filter.toLowerCase()),
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={users.error} />
      <Space wrap>
        <Button type="primary" onClick={() => setEditing('new')}>
          Thêm người dùng
        </Button>
        <Input.Search
          aria-label="Lọc người dùng"
          placeholder="Lọc theo tên, đơn vị"
          allowClear
          onSearch={setFilter}
          style={{ width: 260 }}
        />
      </Space>
      <Table<User>
        rowKey="id"
        loading={users.isFetching}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: 'Tên đăng nhập', dataIndex: 'username' },
          { title: 'Họ tên', dataIndex: 'displayName' },
          { title: 'Đơn vị', key: 'unit', render: (_, u) => unitName(byCode, u.unitCode) },
          {
            title: 'Vai trò',
            key: 'roles',
            render: (_, u) => u.roles.map((r) => ROLE_LABEL[r as Role] ?? r).join(', '),
          },
          {
            title: 'Tình trạng',
            key: 'state',
            render: (_, u) =>
              u.disabled ? (
                <Tag>Đã khóa</Tag>
              ) : u.locked ? (
                <Tag>Tạm khóa do sai mật khẩu</Tag>
              ) : (
                'Đang dùng'
              ),
          },
          {
            title: '',
            key: 'edit',
            render: (_, u) => (
              <Button size="small" onClick={() => setEditing(u)} aria-label={`Sửa ${u.username}`}>
                Sửa
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <UserModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Space>
  );
}

function UserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      if (user) {
        await call(
          api.PATCH('/admin/users/{id}', {
            params: { path: { id: user.id } },
            body: {
              displayName: v.displayName,
              unitCode: v.unitCode,
              roles: v.roles,
              disabled: v.disabled,
              ...(v.password ? { password: v.password } : {}),
            },
          }),
        );
      } else {
        await call(
          api.POST('/admin/users', {
            body: {
              username: v.username,
              displayName: v.displayName,
              email: v.email || undefined,
              unitCode: v.unitCode,
              roles: v.roles,
              password: v.password,
            },
          }),
        );
      }
      message.success(user ? 'Đã lưu người dùng.' : 'Đã thêm người dùng.');
      await client.invalidateQueries({ queryKey: ['admin', 'users'] });
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
      title={user ? `Sửa người dùng ${user.username}` : 'Thêm người dùng'}
      onOk={submit}
      onCancel={onClose}
      okText="Lưu"
      cancelText="Đóng"
      confirmLoading={busy}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        name="user"
        initialValues={user ? { ...user, disabled: user.disabled } : { roles: ['unit_officer'] }}
      >
        {user ? null : (
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, message: 'Nhập tên đăng nhập.' }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          label="Họ tên"
          name="displayName"
          rules={[{ required: true, message: 'Nhập họ tên.' }]}
        >
          <Input />
        </Form.Item>
        {user ? null : (
          <Form.Item label="Email" name="email">
            <Input type="email" />
          </Form.Item>
        )}
        <Form.Item
          label="Đơn vị"
          name="unitCode"
          rules={[{ required: true, message: 'Chọn đơn vị.' }]}
        >
          <UnitSelect placeholder="Chọn đơn vị" />
        </Form.Item>
        <Form.Item
          label="Vai trò"
          name="roles"
          rules={[{ required: true, message: 'Chọn ít nhất một vai trò.' }]}
        >
          <Select mode="multiple" options={ROLE_OPTIONS} />
        </Form.Item>
        <Form.Item
          label={user ? 'Đặt lại mật khẩu (để trống nếu không đổi)' : 'Mật khẩu'}
          name="password"
          rules={user ? [] : [{ required: true, message: 'Nhập mật khẩu.' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {user ? (
          <Form.Item label="Khóa tài khoản" name="disabled" valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
