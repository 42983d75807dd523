import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api, call, type Schemas } from '../../api/client';
import { unitName, useUnits } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/dates';

type FailedMail = Schemas['FailedMailView'];

/** Mail the relay refused for good: which unit, which address, what the relay said. */
export function FailedMailAdmin() {
  const { byCode } = useUnits();
  const failed = useQuery({
    queryKey: ['admin', 'failed-mail'],
    queryFn: () => call(api.GET('/admin/mail/failed')),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ margin: 0 }}>
        Thư bị máy chủ thư từ chối hẳn (địa chỉ không tồn tại, hộp thư đầy…): hệ thống không gửi lại
        những thư này, các lần nhắc sau vẫn được gửi. Hãy sửa địa chỉ của đơn vị trong danh bạ.
      </Typography.Paragraph>
      <ErrorAlert error={failed.error} />
      <Button onClick={() => void failed.refetch()} loading={failed.isFetching}>
        Tải lại
      </Button>
      <Table<FailedMail>
        rowKey="key"
        loading={failed.isFetching}
        dataSource={failed.data ?? []}
        scroll={{ x: true }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: 'Không có thư lỗi.' }}
        columns={[
          { title: 'Lúc', key: 'at', width: 150, render: (_, m) => formatDateTime(m.failedAt) },
          { title: 'Đơn vị', key: 'unit', render: (_, m) => unitName(byCode, m.unitCode) },
          { title: 'Người nhận', key: 'to', render: (_, m) => m.recipients.join(', ') },
          {
            title: 'Thư',
            key: 'subject',
            render: (_, m) => <Link to={`/nhiem-vu/${m.taskId}`}>{m.subject}</Link>,
          },
          { title: 'Máy chủ thư trả lời', dataIndex: 'failure' },
          { title: 'Số lần thử', dataIndex: 'attempts', width: 100 },
        ]}
      />
    </Space>
  );
}
