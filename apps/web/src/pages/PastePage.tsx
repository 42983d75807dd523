import { Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';

/** "Giao nhiệm vụ từ văn bản": paste a directive's text; it is read into a draft to review. */
export function PastePage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function parse() {
    setBusy(true);
    setError(null);
    try {
      const draft = await call(api.POST('/directives/parse', { body: { text } }));
      void navigate(`/giao-viec/${draft.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        Giao nhiệm vụ từ văn bản
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>
        Dán toàn văn văn bản chỉ đạo (thông báo kết luận, kế hoạch, công văn…). Hệ thống đọc số,
        ngày, đơn vị ban hành và từng nhiệm vụ với đơn vị chủ trì, thời hạn; bạn kiểm tra lại trước
        khi ban hành. Hoặc <Link to="/giao-viec/nhap-tay">nhập văn bản bằng tay</Link>.
      </Typography.Paragraph>
      <Card size="small">
        <ErrorAlert error={error} />
        <label
          htmlFor="directive-text"
          style={{ display: 'block', marginBottom: 8, fontWeight: 600 }}
        >
          Toàn văn văn bản
        </label>
        <Input.TextArea
          id="directive-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 14, maxRows: 30 }}
          placeholder="Dán văn bản vào đây…"
        />
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={busy}
          disabled={text.trim().length < 20}
          onClick={parse}
        >
          Đọc văn bản
        </Button>
      </Card>
    </Space>
  );
}
