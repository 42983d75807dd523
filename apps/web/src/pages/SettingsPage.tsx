import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Space, Spin, Switch, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api, call, type Schemas } from '../api/client';
import { type Role, useSession } from '../auth';
import { ErrorAlert } from '../components/ErrorAlert';

type Digests = Schemas['DigestPreferencesView'];

const DIGESTS: {
  key: keyof Digests;
  title: string;
  detail: string;
  role: Role;
  roleName: string;
}[] = [
  {
    key: 'weekly',
    title: 'Thư tổng hợp hằng tuần',
    detail:
      'Gửi lãnh đạo đơn vị giao việc vào ngày làm việc đầu tuần: các nhiệm vụ quá hạn và sắp đến hạn trong những văn bản đơn vị mình ban hành, kèm bảng tổng hợp theo đơn vị.',
    role: 'leader',
    roleName: 'lãnh đạo',
  },
  {
    key: 'daily',
    title: 'Thư tổng hợp hằng ngày',
    detail:
      'Gửi thủ trưởng đơn vị vào mỗi ngày làm việc: các nhiệm vụ của đơn vị sắp đến hạn, quá hạn và đang chờ thủ trưởng quyết định.',
    role: 'unit_head',
    roleName: 'thủ trưởng đơn vị',
  },
];

/** What each person sets for themselves: which digests they get, and their password. */
export function SettingsPage() {
  const session = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const digests = useQuery({
    queryKey: ['me', 'digests'],
    queryFn: () => call(api.GET('/me/digests')),
  });
  const save = useMutation({
    mutationFn: (body: Partial<Digests>) => call(api.PUT('/me/digests', { body })),
    onSuccess: (saved, body) => {
      client.setQueryData(['me', 'digests'], saved);
      const d = DIGESTS.find((x) => x.key in body)!;
      message.success(`Đã ${saved[d.key] ? 'bật' : 'tắt'} ${d.title.toLowerCase()}.`);
    },
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        Cài đặt cá nhân
      </Typography.Title>
      <Card size="small" title={<h2 className="dd-card-title">Thư tổng hợp</h2>}>
        <ErrorAlert error={digests.error ?? save.error} />
        {digests.data ? (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            {DIGESTS.map((d) => (
              <div key={d.key} style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
                <Switch
                  id={`digest-${d.key}`}
                  checked={digests.data[d.key]}
                  checkedChildren="Bật"
                  unCheckedChildren="Tắt"
                  loading={save.isPending && save.variables?.[d.key] !== undefined}
                  disabled={save.isPending}
                  aria-describedby={`digest-${d.key}-detail`}
                  onChange={(on) => save.mutate({ [d.key]: on })}
                />
                <div>
                  <label htmlFor={`digest-${d.key}`} style={{ fontWeight: 600 }}>
                    {d.title}
                  </label>
                  <div id={`digest-${d.key}-detail`}>
                    {d.detail}
                    {session.has(d.role)
                      ? ''
                      : ` Vai trò của bạn hiện không nhận thư này; lựa chọn vẫn được giữ nếu sau này bạn là ${d.roleName}.`}
                  </div>
                </div>
              </div>
            ))}
            <Typography.Text>
              Tắt thư tổng hợp không tắt thư nhắc việc, báo quá hạn của từng nhiệm vụ: các thư đó
              vẫn gửi đến đơn vị như thường.
            </Typography.Text>
          </Space>
        ) : digests.isLoading ? (
          <Spin tip="Đang tải…">
            <div style={{ height: 80 }} />
          </Spin>
        ) : null}
      </Card>
      <Card size="small" title={<h2 className="dd-card-title">Mật khẩu</h2>}>
        <Link to="/mat-khau">Đổi mật khẩu</Link>
      </Card>
    </Space>
  );
}
