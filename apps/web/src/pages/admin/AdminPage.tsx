import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth';
import { NotFoundPage } from '../NotFoundPage';
import { CalendarAdmin } from './CalendarAdmin';
import { FailedMailAdmin } from './FailedMailAdmin';
import { OrgAdmin } from './OrgAdmin';
import { UsersAdmin } from './UsersAdmin';

/** "Quản trị": accounts, the org directory, the working calendar and mail refused for good. */
export function AdminPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  if (!session.has('admin')) return <NotFoundPage />;
  const tab = params.get('muc') ?? 'nguoi-dung';
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        Quản trị
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ muc: k }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'nguoi-dung', label: 'Người dùng', children: <UsersAdmin /> },
          { key: 'don-vi', label: 'Danh bạ đơn vị', children: <OrgAdmin /> },
          { key: 'lich', label: 'Lịch làm việc', children: <CalendarAdmin /> },
          { key: 'thu-loi', label: 'Thư lỗi', children: <FailedMailAdmin /> },
        ]}
      />
    </>
  );
}
