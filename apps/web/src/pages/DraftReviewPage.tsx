import { DeleteOutlined, PlusOutlined, ScissorOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, call, type DraftTask, type DraftView } from '../api/client';
import { unitName, useUnits } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { PRIORITY_LABEL } from '../components/TaskTable';
import { UnitSelect } from '../components/UnitSelect';
import { WorkingDatePicker } from '../components/WorkingDatePicker';
import { NotFoundPage } from './NotFoundPage';

type Header = Pick<DraftView, 'number' | 'docType' | 'title' | 'issuedOn'>;
type Tier = NonNullable<DraftTask['tiers']>[number];

const FREQUENCY_LABEL: Record<string, string> = {
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  yearly: 'hằng năm',
};

/** What the text said of the deadline that is not a date: shown as read, for the reviewer. */
function TaskTiming({ task }: { task: DraftTask }) {
  const rule = task.dueRule;
  const lines = [
    rule
      ? `Thời hạn tính từ sự kiện: ${[
          rule.workingDays !== undefined ? `${rule.workingDays} ngày làm việc` : null,
          rule.days !== undefined ? `${rule.days} ngày` : null,
          rule.months !== undefined ? `${rule.months} tháng` : null,
        ]
          .filter(Boolean)
          .join(', ')} kể từ ${rule.from} — chọn ngày hạn tương ứng.`
      : null,
    task.dueTime ? `Giờ của ngày hạn: ${task.dueTime}.` : null,
    task.recurrence
      ? `Định kỳ ${FREQUENCY_LABEL[task.recurrence.frequency ?? ''] ?? ''}${
          task.recurrenceDay
            ? task.recurrenceDay.includes('-')
              ? `, hạn ngày ${task.recurrenceDay.split('-').reverse().join('/')}`
              : `, hạn ngày ${task.recurrenceDay}`
            : ''
        }.`
      : task.recurrenceDay
        ? `Ngày định kỳ: ${task.recurrenceDay}.`
        : null,
  ].filter(Boolean);
  if (!lines.length) return null;
  return (
    <Col span={24} data-testid="task-timing">
      {lines.map((l) => (
        <div key={l}>
          <Typography.Text>{l}</Typography.Text>
        </div>
      ))}
    </Col>
  );
}

/**
 * The plan's levels below a task, top down (provinces, then their districts…): each with its
 * units or group, its own date, and whether the level above waits for all of its reports.
 */
function TierEditor({
  index,
  item,
  tiers,
  onChange,
}: {
  index: number;
  item: string;
  tiers: Tier[];
  onChange: (tiers: Tier[]) => void;
}) {
  const set = (k: number, change: Partial<Tier>) =>
    onChange(tiers.map((t, j) => (j === k ? { ...t, ...change } : t)));
  const add = () => onChange([...tiers, { units: [], due: null, needsAllReports: true }]);
  // Most items are not plans: one small button instead of an empty frame.
  if (!tiers.length) {
    return (
      <Button size="small" icon={<PlusOutlined />} onClick={add} style={{ marginBottom: 12 }}>
        Thêm cấp báo cáo của kế hoạch
      </Button>
    );
  }
  return (
    <fieldset className="dd-tiers" data-testid="draft-tiers">
      <legend>Các cấp báo cáo của kế hoạch (mỗi cấp báo cáo cho cấp trên của nó)</legend>
      {tiers.map((tier, k) => (
        <Row gutter={8} key={k} align="bottom" data-testid="draft-tier">
          <Col span={24}>
            <Typography.Text strong>
              Cấp {k + 1}
              {tier.duePhrase ? ` · văn bản ghi “${tier.duePhrase}”` : ''}
            </Typography.Text>
            {(tier.unresolvedUnits ?? []).map((name) => (
              <Tag
                key={name}
                style={{
                  marginLeft: 8,
                  color: '#7c4a03',
                  background: '#fffbe6',
                  borderColor: '#ffd666',
                }}
              >
                Chưa khớp danh bạ: “{name}”
              </Tag>
            ))}
          </Col>
          <Col xs={24} md={11}>
            <Form.Item label="Đơn vị hoặc nhóm" htmlFor={`tier-${index}-${k}-units`}>
              <UnitSelect
                id={`tier-${index}-${k}-units`}
                multiple
                groups
                placeholder="Chọn đơn vị hoặc nhóm của cấp này"
                value={tier.units}
                onChange={(v) => set(k, { units: (v as string[]) ?? [], unresolvedUnits: [] })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={7}>
            <Form.Item label={`Hạn cấp ${k + 1}`} htmlFor={`tier-${index}-${k}-due`}>
              <WorkingDatePicker
                id={`tier-${index}-${k}-due`}
                value={tier.due ?? null}
                onChange={(v) => set(k, { due: v })}
              />
            </Form.Item>
          </Col>
          <Col xs={20} md={5}>
            <Form.Item>
              <Checkbox
                checked={tier.needsAllReports ?? true}
                onChange={(e) => set(k, { needsAllReports: e.target.checked })}
              >
                Cấp trên chờ đủ báo cáo
              </Checkbox>
            </Form.Item>
          </Col>
          <Col xs={4} md={1}>
            <Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`Bỏ cấp ${k + 1} của mục ${item}`}
                onClick={() => onChange(tiers.filter((_, j) => j !== k))}
              />
            </Form.Item>
          </Col>
        </Row>
      ))}
      <Button size="small" icon={<PlusOutlined />} onClick={add}>
        Thêm cấp báo cáo
      </Button>
    </fieldset>
  );
}

/** The pasted text with the selected task's span marked. */
function SourceText({ body, span }: { body: string; span: DraftTask['span'] }) {
  const box = useRef<HTMLDivElement>(null);
  // Scrolls the text box only, never the page around it.
  useEffect(() => {
    const mark = box.current?.querySelector('mark');
    if (box.current && mark) {
      box.current.scrollTop = mark.offsetTop - box.current.clientHeight / 3;
    }
  }, [span?.start, span?.end]);
  return (
    <div className="dd-source" tabIndex={0} aria-label="Văn bản gốc" ref={box}>
      {span ? (
        <>
          {body.slice(0, span.start)}
          <mark>{body.slice(span.start, span.end)}</mark>
          {body.slice(span.end)}
        </>
      ) : (
        body
      )}
    </div>
  );
}

/**
 * A parsed directive under review, beside its text: select a task to see where it came from;
 * map unresolved names to units; fix units and dates (working days only); add, split or remove
 * tasks; then issue.
 */
export function DraftReviewPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { byCode } = useUnits();
  const draft = useQuery({
    queryKey: ['draft', id],
    queryFn: () => call(api.GET('/directives/{id}/draft', { params: { path: { id } } })),
  });
  const [header, setHeader] = useState<Header | null>(null);
  const [tasks, setTasks] = useState<DraftTask[]>([]);
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'save' | 'issue' | null>(null);

  useEffect(() => {
    if (draft.data && header === null) {
      const { number, docType, title, issuedOn } = draft.data;
      setHeader({ number, docType, title, issuedOn });
      setTasks(draft.data.tasks);
    }
  }, [draft.data, header]);

  const unresolved = useMemo(() => tasks.flatMap((t) => t.unresolvedUnits), [tasks]);

  if (draft.error instanceof ApiError && draft.error.status === 404) {
    return <NotFoundPage title="Không tìm thấy bản nháp" />;
  }
  if (draft.error) return <ErrorAlert error={draft.error} />;
  if (!draft.data || !header)
    return (
      <Spin tip="Đang tải bản nháp…">
        <div style={{ height: 200 }} />
      </Spin>
    );
  if (draft.data.status !== 'draft') {
    return (
      <Card>
        <Typography.Paragraph>Văn bản này đã được ban hành.</Typography.Paragraph>
        <Button type="primary" onClick={() => navigate(`/van-ban/${id}`)}>
          Xem văn bản
        </Button>
      </Card>
    );
  }

  const update = (i: number, change: Partial<DraftTask>) =>
    setTasks((ts) => ts.map((t, j) => (j === i ? { ...t, ...change } : t)));

  /** A name the parser could not place, mapped to a unit: lead if none yet, else coordinating. */
  const mapName = (i: number, name: string, code: string) => {
    const t = tasks[i];
    update(i, {
      unresolvedUnits: t.unresolvedUnits.filter((n) => n !== name),
      ...(t.leadUnit
        ? { coordinatingUnits: [...new Set([...t.coordinatingUnits, code])] }
        : { leadUnit: code }),
    });
  };

  const body = () => ({
    number: header.number || null,
    docType: header.docType,
    title: header.title,
    issuedOn: header.issuedOn,
    tasks: tasks.map((t) => ({
      item: t.item,
      summary: t.summary,
      content: t.content ?? null,
      leadUnit: t.leadUnit ?? null,
      coordinatingUnits: t.coordinatingUnits,
      unresolvedUnits: t.unresolvedUnits,
      due: t.due ?? null,
      duePhrase: t.duePhrase ?? null,
      recurrence: t.recurrence ?? null,
      priority: t.priority,
      span: t.span ?? null,
      tiers: (t.tiers ?? []).map((tier) => ({
        units: tier.units,
        unresolvedUnits: tier.unresolvedUnits ?? [],
        due: tier.due ?? null,
        duePhrase: tier.duePhrase ?? null,
        summary: tier.summary ?? null,
        needsAllReports: tier.needsAllReports ?? true,
      })),
      dueRule: t.dueRule ?? null,
      dueTime: t.dueTime ?? null,
      recurrenceDay: t.recurrenceDay ?? null,
    })),
  });

  async function save(): Promise<boolean> {
    setBusy('save');
    setError(null);
    try {
      const saved = await call(
        api.PATCH('/directives/{id}/draft', { params: { path: { id } }, body: body() }),
      );
      client.setQueryData(['draft', id], saved);
      message.success('Đã lưu bản nháp.');
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function issue() {
    setBusy('issue');
    setError(null);
    try {
      await call(api.PATCH('/directives/{id}/draft', { params: { path: { id } }, body: body() }));
      const issued = await call(
        api.POST('/directives/{id}/issue', { params: { path: { id } }, body: {} }),
      );
      message.success(`Đã ban hành ${issued.tasks.length} nhiệm vụ; thư giao việc đang được gửi.`);
      await client.invalidateQueries({ queryKey: ['directives'] });
      void navigate(`/van-ban/${issued.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  const current = tasks[selected];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        Kiểm tra bản nháp trước khi ban hành
      </Typography.Title>
      <ErrorAlert error={error} />
      <Card size="small">
        <Form layout="vertical" name="draft-header">
          <Row gutter={12}>
            <Col xs={24} md={6}>
              <Form.Item label="Số, ký hiệu" htmlFor="draft-number">
                <Input
                  id="draft-number"
                  value={header.number ?? ''}
                  onChange={(e) => setHeader({ ...header, number: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Loại văn bản" htmlFor="draft-type">
                <Input
                  id="draft-type"
                  value={header.docType}
                  onChange={(e) => setHeader({ ...header, docType: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Ngày ban hành" htmlFor="draft-date">
                <DatePicker
                  id="draft-date"
                  format="DD/MM/YYYY"
                  style={{ width: '100%' }}
                  value={dayjs(header.issuedOn)}
                  allowClear={false}
                  onChange={(d) => d && setHeader({ ...header, issuedOn: d.format('YYYY-MM-DD') })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Đơn vị ban hành">
                <Input
                  value={unitName(byCode, draft.data.issuerUnit)}
                  disabled
                  aria-label="Đơn vị ban hành"
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Trích yếu" htmlFor="draft-title" style={{ marginBottom: 0 }}>
                <Input.TextArea
                  id="draft-title"
                  autoSize
                  value={header.title}
                  onChange={(e) => setHeader({ ...header, title: e.target.value })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {unresolved.length ? (
        <Typography.Text strong data-testid="unresolved-count">
          Còn {unresolved.length} tên đơn vị chưa khớp danh bạ: chọn đơn vị tương ứng ở từng nhiệm
          vụ.
        </Typography.Text>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            Văn bản gốc
          </Typography.Title>
          <SourceText body={draft.data.body ?? ''} span={current?.span ?? null} />
        </Col>
        <Col xs={24} lg={13}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {tasks.length} nhiệm vụ
          </Typography.Title>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {tasks.map((t, i) => (
              <Card
                key={i}
                size="small"
                className={i === selected ? 'dd-card-selected' : undefined}
                onClick={() => setSelected(i)}
                onFocus={() => setSelected(i)}
                data-testid="draft-task"
                title={
                  <h3 style={{ fontSize: 14, margin: 0 }}>
                    Mục {t.item}
                    {t.duePhrase ? ` · văn bản ghi “${t.duePhrase}”` : ''}
                  </h3>
                }
                extra={
                  <Space size={0}>
                    <Button
                      type="text"
                      icon={<ScissorOutlined />}
                      aria-label={`Tách mục ${t.item}`}
                      title="Tách thành hai nhiệm vụ"
                      onClick={(e) => {
                        e.stopPropagation();
                        setTasks((ts) => [
                          ...ts.slice(0, i + 1),
                          {
                            ...t,
                            item: `${t.item}b`,
                            leadUnit: null,
                            coordinatingUnits: [],
                            unresolvedUnits: [],
                          },
                          ...ts.slice(i + 1),
                        ]);
                      }}
                    />
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`Bỏ mục ${t.item}`}
                      title="Bỏ nhiệm vụ này"
                      onClick={(e) => {
                        e.stopPropagation();
                        setTasks((ts) => ts.filter((_, j) => j !== i));
                        setSelected(0);
                      }}
                    />
                  </Space>
                }
              >
                <Form layout="vertical" component="div" name={`task-${i}`}>
                  <Row gutter={8}>
                    <Col xs={6} md={4}>
                      <Form.Item label="Mục" htmlFor={`item-${i}`}>
                        <Input
                          id={`item-${i}`}
                          value={t.item}
                          onChange={(e) => update(i, { item: e.target.value })}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={18} md={20}>
                      <Form.Item label="Tóm tắt nhiệm vụ" htmlFor={`summary-${i}`}>
                        <Input.TextArea
                          id={`summary-${i}`}
                          autoSize
                          value={t.summary}
                          onChange={(e) => update(i, { summary: e.target.value })}
                        />
                      </Form.Item>
                    </Col>
                    {t.unresolvedUnits.length ? (
                      <Col span={24}>
                        {t.unresolvedUnits.map((name) => (
                          <Fragment key={name}>
                            <div style={{ marginBottom: 4 }}>
                              <Tag
                                style={{
                                  color: '#7c4a03',
                                  background: '#fffbe6',
                                  borderColor: '#ffd666',
                                }}
                              >
                                Chưa khớp danh bạ
                              </Tag>
                              “{name}”
                            </div>
                            <div style={{ marginBottom: 12 }}>
                              <UnitSelect
                                groups
                                aria-label={`Đơn vị ứng với “${name}”`}
                                placeholder={`Chọn đơn vị ứng với “${name}”`}
                                onChange={(v) => typeof v === 'string' && mapName(i, name, v)}
                              />
                            </div>
                          </Fragment>
                        ))}
                      </Col>
                    ) : null}
                    <Col xs={24} md={12}>
                      <Form.Item label="Đơn vị chủ trì" htmlFor={`lead-${i}`}>
                        <UnitSelect
                          id={`lead-${i}`}
                          groups
                          allowClear
                          placeholder="Chọn đơn vị chủ trì"
                          value={t.leadUnit ?? null}
                          onChange={(v) => update(i, { leadUnit: (v as string | null) ?? null })}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label="Hạn (ngày cuối còn đúng hạn)" htmlFor={`due-${i}`}>
                        <WorkingDatePicker
                          id={`due-${i}`}
                          value={t.due ?? null}
                          onChange={(v) => update(i, { due: v })}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label="Đơn vị phối hợp" htmlFor={`coord-${i}`}>
                        <UnitSelect
                          id={`coord-${i}`}
                          multiple
                          groups
                          placeholder="Không có"
                          value={t.coordinatingUnits}
                          onChange={(v) => update(i, { coordinatingUnits: (v as string[]) ?? [] })}
                        />
                      </Form.Item>
                    </Col>
                    <TaskTiming task={t} />
                    <Col span={24}>
                      <TierEditor
                        index={i}
                        item={t.item}
                        tiers={t.tiers ?? []}
                        onChange={(tiers) => update(i, { tiers })}
                      />
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label="Độ khẩn" htmlFor={`priority-${i}`}>
                        <Select
                          id={`priority-${i}`}
                          value={t.priority}
                          onChange={(v) => update(i, { priority: v })}
                          options={Object.entries(PRIORITY_LABEL).map(([value, label]) => ({
                            value,
                            label,
                          }))}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                </Form>
              </Card>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => {
                setTasks((ts) => [
                  ...ts,
                  {
                    item: String(ts.length + 1),
                    summary: '',
                    content: null,
                    leadUnit: null,
                    coordinatingUnits: [],
                    unresolvedUnits: [],
                    due: null,
                    duePhrase: null,
                    recurrence: null,
                    priority: 'thuong',
                    span: null,
                    sourceText: null,
                    tiers: [],
                  },
                ]);
                setSelected(tasks.length);
              }}
            >
              Thêm nhiệm vụ
            </Button>
          </Space>
        </Col>
      </Row>
      <Space wrap className="dd-sticky-actions">
        <Button onClick={save} loading={busy === 'save'}>
          Lưu bản nháp
        </Button>
        <Button type="primary" onClick={issue} loading={busy === 'issue'}>
          Ban hành
        </Button>
      </Space>
    </Space>
  );
}
