import { Alert } from 'antd';
import { ApiError } from '../api/client';

/** The API's own Vietnamese message, and the fields it names. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const message =
    error instanceof ApiError
      ? error.message
      : error instanceof TypeError
        ? 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.'
        : error instanceof Error
          ? error.message
          : 'Đã có lỗi.';
  const details = error instanceof ApiError ? error.body.errors : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={message}
      description={
        details.length ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {details.map((e, i) => (
              <li key={i}>
                {e.field ? <strong>{e.field}: </strong> : null}
                {e.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
