import { MenuOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid, Layout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABEL, type Role, useSession, useSignOut } from '../auth';

const { Header, Content, Footer } = Layout;

/** The frame of every signed-in page: the sections this user's roles open, and their account. */
export function AppLayout() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const items = [
    session.has('unit_head', 'unit_officer', 'leader', 'secretariat') && {
      key: '/viec',
      label: <Link to="/viec">Việc của đơn vị</Link>,
    },
    session.has('leader', 'secretariat', 'unit_head', 'unit_officer') && {
      key: '/van-ban',
      label: <Link to="/van-ban">Văn bản chỉ đạo</Link>,
    },
    session.has('leader', 'secretariat') && {
      key: '/giao-viec',
      label: <Link to="/giao-viec">Giao nhiệm vụ</Link>,
    },
    // Whoever the API lets read reports (report.read).
    session.has('leader', 'secretariat', 'unit_head', 'unit_officer') && {
      key: '/bao-cao',
      label: <Link to="/bao-cao">Báo cáo</Link>,
    },
    session.has('admin') && { key: '/quan-tri', label: <Link to="/quan-tri">Quản trị</Link> },
  ].filter((i): i is { key: string; label: React.JSX.Element } => Boolean(i));
  const selected = items.find((i) => location.pathname.startsWith(i.key))?.key;
  const roles = session.roles.map((r) => ROLE_LABEL[r as Role] ?? r).join(', ');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="dd-skip" href="#noi-dung">
        Bỏ qua, tới nội dung chính
      </a>
      <Header className="dd-header">
        <Link to="/" className="dd-brand" aria-label="Đôn Đốc, trang đầu">
          Đôn Đốc
        </Link>
        <nav aria-label="Chức năng chính" style={{ flex: 1, minWidth: 0 }}>
          {screens.md ? (
            <Menu
              theme="dark"
              mode="horizontal"
              selectedKeys={selected ? [selected] : []}
              items={items}
              style={{ minWidth: 0, background: 'transparent' }}
            />
          ) : (
            // On a phone: one button opens the sections (a horizontal menu would overflow).
            <Dropdown
              trigger={['click']}
              menu={{ items, selectedKeys: selected ? [selected] : [] }}
            >
              <Button type="text" className="dd-user" icon={<MenuOutlined aria-hidden />}>
                Chức năng
              </Button>
            </Dropdown>
          )}
        </nav>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'who', label: `${session.displayName} · ${roles}`, disabled: true },
              { key: 'settings', label: 'Cài đặt cá nhân, thư tổng hợp' },
              { key: 'password', label: 'Đổi mật khẩu' },
              { key: 'logout', label: 'Đăng xuất' },
            ],
            onClick: async ({ key }) => {
              if (key === 'settings') void navigate('/ca-nhan');
              if (key === 'password') void navigate('/mat-khau');
              if (key === 'logout') {
                await signOut();
                void navigate('/dang-nhap');
              }
            },
          }}
        >
          <Button type="text" className="dd-user" aria-label={`Tài khoản: ${session.displayName}`}>
            {screens.md ? session.displayName : 'Tài khoản'}
          </Button>
        </Dropdown>
      </Header>
      <Content id="noi-dung" className="dd-content" tabIndex={-1}>
        <main>
          <Outlet />
        </main>
      </Content>
      <Footer className="dd-footer">
        <Typography.Text>Đôn Đốc · giờ Việt Nam (UTC+7)</Typography.Text>
      </Footer>
    </Layout>
  );
}
