import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

export function NotFoundPage({ title, detail }: { title?: string; detail?: string }) {
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{title ?? 'Không tìm thấy trang'}</h1>}
      subTitle={detail ?? 'Trang này không tồn tại hoặc bạn không có quyền xem.'}
      extra={
        <Link to="/">
          <Button type="primary">Về trang đầu</Button>
        </Link>
      }
    />
  );
}
