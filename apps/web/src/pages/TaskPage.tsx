import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Card,
  Col,
  Descriptions,
  List,
  Progress,
  Row,
  Space,
  Spin,
  Timeline,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError, api, call, type Schemas, type TaskView } from '../api/client';
import { unitName, useUnits } from '../api/queries';
import { PlanTree } from '../components/PlanTree';
import { DeadlineTag } from '../components/DeadlineTag';
import { ErrorAlert } from '../components/ErrorAlert';
import { TaskActions } from '../components/TaskActions';
import { PRIORITY_LABEL } from '../components/TaskTable';
import { dueDateText, type DeadlineState } from '../lib/deadline';
import { formatDate, formatDateTime } from '../lib/dates';
import { NotFoundPage } from './NotFoundPage';
import { TaskFiguresCard } from './targets/TaskFiguresCard';

type AuditEvent = Schemas['AuditEventView'];

const EVENT_LABEL: Record<string, string> = {
  'task.assigned': 'Giao nhiệm vụ',
  'task.acknowledge': 'Tiếp nhận',
  'task.report_progress': 'Báo cáo tiến độ',
  'task.request_extension': 'Đề nghị gia hạn',
  'task.approve_extension': 'Duyệt gia hạn',
  'task.reject_extension': 'Từ chối gia hạn',
  'task.submit': 'Báo cáo hoàn thành',
  'task.accept': 'Nghiệm thu, hoàn thành',
  'task.return': 'Trả lại kết quả',
  'task.reassign': 'Giao lại',
  'task.cancel': 'Hủy nhiệm vụ',
  'task.complete': 'Hoàn thành',
  'task.cascaded': 'Giao cho đơn vị cấp dưới',
  'task.attachment_uploaded': 'Tải lên tệp đính kèm',
  'task.explanation': 'Giải trình việc chậm',
  'task.reminder_letter': 'Soạn công văn đôn đốc',
  'task.figures': 'Báo cáo số liệu chỉ tiêu',
  'notification.sent': 'Gửi thư',
  'link.opened': 'Mở liên kết trong thư',
};

const KIND_LABEL: Record<string, string> = {
  ack_reminder: 'Nhắc tiếp nhận',
  due_reminder: 'Nhắc hạn',
  overdue_escalation: 'Báo quá hạn',
  review_reminder: 'Nhắc xem xét kết quả',
  commitment_overdue: 'Nhắc ngày cam kết',
};

const AUDIENCE_LABEL: Record<string, string> = {
  unit: 'đơn vị',
  unit_head: 'thủ trưởng đơn vị',
  issuer: 'đơn vị giao việc',
  coordinating: 'đơn vị phối hợp',
};

function eventDetail(e: AuditEvent, units: ReturnType<typeof useUnits>['byCode']): string {
  const a = (e.after ?? {}) as Record<string, unknown>;
  const b = (e.before ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (
    e.action === 'task.approve_extension' &&
    typeof b.dueAt === 'string' &&
    typeof a.dueAt === 'string'
  ) {
    parts.push(`hạn từ ${dueDateText({ at: b.dueAt })} thành ${dueDateText({ at: a.dueAt })}`);
  }
  if (e.action === 'task.request_extension' && a.extension) {
    const x = a.extension as { dueDate?: string | null; dueAt: string };
    parts.push(`xin hạn mới ${x.dueDate ? formatDate(x.dueDate) : formatDateTime(x.dueAt)}`);
  }
  if (e.action === 'task.reassign' && typeof a.leadUnit === 'string') {
    parts.push(`cho ${unitName(units, a.leadUnit)}`);
  }
  for (const [key, label] of [
    ['text', ''],
    ['result', ''],
    ['reason', 'Lý do: '],
    ['remaining', 'Còn lại: '],
    ['note', 'Ý kiến: '],
  ] as const) {
    if (typeof a[key] === 'string' && a[key]) parts.push(`${label}${a[key]}`);
  }
  if (e.action === 'task.explanation' && typeof a.committedDate === 'string')
    parts.push(`cam kết xong ${formatDate(a.committedDate)}`);
  if (e.action === 'task.figures' && typeof a.numerator === 'number') {
    const n = a.numerator.toLocaleString('vi-VN');
    const d =
      typeof a.denominator === 'number' ? ` / ${a.denominator.toLocaleString('vi-VN')}` : '';
    parts.push(`${typeof a.target === 'string' ? `${a.target}: ` : ''}${n}${d}`);
  }
  if (typeof a.percent === 'number' && e.action === 'task.report_progress')
    parts.push(`${a.percent}%`);
  if (e.action === 'notification.sent' && typeof a.subject === 'string') parts.push(a.subject);
  return parts.join(' · ');
}

const UNIT_SIDE = new Set([
  'task.acknowledge',
  'task.report_progress',
  'task.request_extension',
  'task.submit',
  'task.attachment_uploaded',
  'task.cascaded',
  'task.explanation',
  'task.figures',
]);

/** Who acted: the mail's recipients for a mail link, the unit for its own actions, else the issuer. */
function who(e: AuditEvent, t: TaskView, units: ReturnType<typeof useUnits>['byCode']): string {
  if (e.actorLabel) return e.actorLabel;
  if (e.source === 'workflow' || e.source === 'system' || !e.actorUserId) return 'Hệ thống';
  return UNIT_SIDE.has(e.action)
    ? `Cán bộ ${unitName(units, e.unitCode ?? t.leadUnit)}`
    : `${unitName(units, t.issuerUnit)} (đơn vị giao)`;
}

/** One task: its directive, content, units, deadline and how it came to be, and every action. */
export function TaskPage() {
  const { id = '' } = useParams();
  const { byCode } = useUnits();
  const path = { params: { path: { id } } };
  const task = useQuery({
    queryKey: ['task', id],
    queryFn: () => call(api.GET('/tasks/{id}', path)),
  });
  const actions = useQuery({
    queryKey: ['task', id, 'actions'],
    queryFn: () => call(api.GET('/tasks/{id}/actions', path)),
    enabled: task.isSuccess,
  });
  const events = useQuery({
    queryKey: ['task', id, 'events'],
    queryFn: () => call(api.GET('/tasks/{id}/events', path)),
    enabled: task.isSuccess,
  });
  const reports = useQuery({
    queryKey: ['task', id, 'reports'],
    queryFn: () => call(api.GET('/tasks/{id}/reports', path)),
    enabled: task.isSuccess,
  });
  const subtasks = useQuery({
    queryKey: ['task', id, 'subtasks'],
    queryFn: () =>
      call(
        api.GET('/tasks/{id}/subtasks', {
          params: { path: { id }, query: { depth: 'all' } },
        }),
      ),
    enabled: Boolean(task.data?.subtasks),
  });
  const directiveId = task.data?.directiveId;
  const directive = useQuery({
    queryKey: ['directive', directiveId],
    queryFn: () => call(api.GET('/directives/{id}', { params: { path: { id: directiveId! } } })),
    enabled: Boolean(directiveId),
  });

  if (task.error instanceof ApiError && task.error.status === 404) {
    return (
      <NotFoundPage
        title="Không tìm thấy nhiệm vụ"
        detail="Nhiệm vụ này không tồn tại, hoặc không thuộc phạm vi đơn vị của bạn nên bạn không xem được."
      />
    );
  }
  if (task.error) return <ErrorAlert error={task.error} />;
  if (!task.data)
    return (
      <Spin tip="Đang tải nhiệm vụ…">
        <div style={{ height: 200 }} />
      </Spin>
    );
  const t: TaskView = task.data;
  const d = directive.data;
  const files = (reports.data ?? []).flatMap((r) => r.attachments);
  const extensions = (events.data ?? []).filter((e) => e.action === 'task.approve_extension');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Text>
          {d ? (
            <Link to={`/van-ban/${d.id}`}>
              {d.docType} {d.number ?? ''} ngày {formatDate(d.issuedOn)}
            </Link>
          ) : (
            'Văn bản chỉ đạo'
          )}
          {' · '}Mục {t.item}
        </Typography.Text>
        <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 8px' }}>
          {t.summary}
        </Typography.Title>
        <Space wrap>
          <DeadlineTag state={t.deadlineState as DeadlineState} due={t.due} outcome={t.outcome} />
          <Typography.Text strong data-testid="task-status">
            {t.statusLabel}
          </Typography.Text>
          {t.priority !== 'thuong' ? (
            <Typography.Text>· {PRIORITY_LABEL[t.priority]}</Typography.Text>
          ) : null}
        </Space>
      </div>
      {t.extension ? (
        <Alert
          type="warning"
          showIcon
          title={`Đề nghị gia hạn đến ${t.extension.date ? formatDate(t.extension.date) : formatDateTime(t.extension.at)}`}
          description={`Lý do: ${t.extension.reason} · gửi lúc ${formatDateTime(t.extension.requestedAt)}`}
        />
      ) : null}
      {actions.data ? <TaskActions task={t} actions={actions.data.actions} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={<h2 className="dd-card-title">Thông tin nhiệm vụ</h2>} size="small">
              <Descriptions column={1} size="small" bordered>
                {d ? (
                  <Descriptions.Item label="Trích yếu văn bản">{d.title}</Descriptions.Item>
                ) : null}
                <Descriptions.Item label="Đơn vị chủ trì">
                  {unitName(byCode, t.leadUnit)}
                </Descriptions.Item>
                <Descriptions.Item label="Đơn vị phối hợp">
                  {t.coordinatingUnits.length
                    ? t.coordinatingUnits.map((c) => unitName(byCode, c)).join(', ')
                    : 'Không có'}
                </Descriptions.Item>
                <Descriptions.Item label="Đơn vị giao">
                  {unitName(byCode, t.issuerUnit)}
                </Descriptions.Item>
                <Descriptions.Item label="Hạn đang áp dụng">
                  <span data-testid="task-due">{dueDateText(t.due)}</span>
                  {t.due.phrase ? ` (văn bản ghi: “${t.due.phrase}”)` : ''}
                </Descriptions.Item>
                {extensions.length ? (
                  <Descriptions.Item label="Gia hạn">
                    <ul style={{ margin: 0, paddingLeft: 18 }}>
                      {extensions.map((e) => (
                        <li key={e.id}>
                          {formatDateTime(e.at)}: {eventDetail(e, byCode)}
                        </li>
                      ))}
                    </ul>
                  </Descriptions.Item>
                ) : null}
                {t.percent !== null && t.percent !== undefined ? (
                  <Descriptions.Item label="Tiến độ">
                    <Progress
                      percent={t.percent}
                      size="small"
                      aria-label={`Tiến độ ${t.percent}%`}
                    />
                  </Descriptions.Item>
                ) : null}
                {t.parentTaskId ? (
                  <Descriptions.Item label="Nhiệm vụ cấp trên">
                    <Link to={`/nhiem-vu/${t.parentTaskId}`}>Xem nhiệm vụ cấp trên</Link>
                  </Descriptions.Item>
                ) : null}
                {t.result ? (
                  <Descriptions.Item label="Kết quả">{t.result}</Descriptions.Item>
                ) : null}
              </Descriptions>
              {t.content ? (
                <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>
                  {t.content}
                </Typography.Paragraph>
              ) : null}
            </Card>
            <TaskFiguresCard task={t} />
            {t.subtasks ? (
              <Card
                size="small"
                title={
                  <h2 className="dd-card-title">
                    Đơn vị cấp dưới: {t.subtasks.done} trên{' '}
                    {t.subtasks.total - t.subtasks.cancelled} đã xong
                  </h2>
                }
              >
                <PlanTree tasks={subtasks.data ?? []} />
              </Card>
            ) : null}
            <Card size="small" title={<h2 className="dd-card-title">Báo cáo và tệp đính kèm</h2>}>
              <List
                dataSource={reports.data ?? []}
                locale={{ emptyText: 'Chưa có báo cáo.' }}
                renderItem={(r, i) => (
                  <List.Item key={i}>
                    <div style={{ width: '100%' }}>
                      <Typography.Text strong>
                        {r.kind === 'submission' ? 'Báo cáo hoàn thành' : 'Báo cáo tiến độ'}
                        {r.percent !== null && r.percent !== undefined ? ` · ${r.percent}%` : ''}
                      </Typography.Text>{' '}
                      <Typography.Text>· {formatDateTime(r.reportedAt)}</Typography.Text>
                      <div style={{ whiteSpace: 'pre-wrap' }}>{r.text}</div>
                      {r.attachments.map((f) => (
                        <div key={f.id}>
                          <a href={`/tasks/${t.id}/attachments/${f.id}`}>
                            <PaperClipOutlined aria-hidden /> {f.fileName}
                          </a>{' '}
                          ({Math.ceil(f.sizeBytes / 1024)} KB)
                        </div>
                      ))}
                    </div>
                  </List.Item>
                )}
              />
              {files.length === 0 && reports.data?.length ? (
                <Typography.Text>Chưa có tệp đính kèm.</Typography.Text>
              ) : null}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={<h2 className="dd-card-title">Lịch nhắc việc sắp tới</h2>}>
              <List
                size="small"
                dataSource={(t.plannedNotifications ?? []).slice(0, 8)}
                locale={{ emptyText: 'Không còn lần nhắc nào.' }}
                renderItem={(n) => (
                  <List.Item key={`${n.kind}-${n.at}`}>
                    <span data-testid="planned-reminder">
                      {formatDateTime(n.at)} · {KIND_LABEL[n.kind] ?? n.kind} gửi{' '}
                      {n.to.map((a) => AUDIENCE_LABEL[a] ?? a).join(', ')}
                    </span>
                  </List.Item>
                )}
              />
            </Card>
            <Card size="small" title={<h2 className="dd-card-title">Diễn biến</h2>}>
              <Timeline
                items={(events.data ?? []).map((e) => ({
                  key: e.id,
                  content: (
                    <>
                      <Typography.Text strong>{EVENT_LABEL[e.action] ?? e.action}</Typography.Text>{' '}
                      <Typography.Text>· {formatDateTime(e.at)}</Typography.Text>
                      <div>{who(e, t, byCode)}</div>
                      {eventDetail(e, byCode) ? <div>{eventDetail(e, byCode)}</div> : null}
                    </>
                  ),
                }))}
              />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
