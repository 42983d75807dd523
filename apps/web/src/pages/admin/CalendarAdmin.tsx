import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Input,
  InputNumber,
  List,
  Row,
  Space,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/dates';

interface Day {
  date: string;
  note: string;
}

const WEEKDAY = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const dayName = (d: string) =>
  `${WEEKDAY[new Date(`${d}T00:00:00Z`).getUTCDay()]} ${formatDate(d)}`;

function DayList({
  title,
  days,
  onChange,
  what,
}: {
  title: string;
  days: Day[];
  onChange: (d: Day[]) => void;
  what: string;
}) {
  return (
    <Card size="small" title={<h3 className="dd-card-title">{title}</h3>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {days.map((d, i) => (
          <Row gutter={8} key={i} align="middle">
            <Col xs={24} md={9}>
              <DatePicker
                aria-label={`${what}: ngày`}
                format="DD/MM/YYYY"
                style={{ width: '100%' }}
                value={d.date ? dayjs(d.date) : null}
                onChange={(v) =>
                  onChange(
                    days.map((x, j) =>
                      j === i ? { ...x, date: v ? v.format('YYYY-MM-DD') : '' } : x,
                    ),
                  )
                }
              />
            </Col>
            <Col xs={20} md={13}>
              <Input
                aria-label={`${what}: ghi chú`}
                placeholder="Căn cứ: Thông báo số …/TB-BNV"
                value={d.note}
                onChange={(e) =>
                  onChange(days.map((x, j) => (j === i ? { ...x, note: e.target.value } : x)))
                }
              />
            </Col>
            <Col xs={4} md={2}>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`Bỏ ${what.toLowerCase()}`}
                onClick={() => onChange(days.filter((_, j) => j !== i))}
              />
            </Col>
          </Row>
        ))}
        <Button icon={<PlusOutlined />} onClick={() => onChange([...days, { date: '', note: '' }])}>
          Thêm {what.toLowerCase()}
        </Button>
      </Space>
    </Card>
  );
}

/** A year's working calendar: holidays and make-up days in force, and the admin's changes. */
export function CalendarAdmin() {
  const [year, setYear] = useState(new Date().getFullYear());
  const client = useQueryClient();
  const { message } = App.useApp();
  const cal = useQuery({
    queryKey: ['calendar', year],
    queryFn: () => call(api.GET('/calendar/{year}', { params: { path: { year } } })),
  });
  const [daysOff, setDaysOff] = useState<Day[]>([]);
  const [workingDays, setWorkingDays] = useState<Day[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (cal.data) {
      setDaysOff(cal.data.adminDaysOff);
      setWorkingDays(cal.data.adminWorkingDays);
    }
  }, [cal.data]);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const saved = await call(
        api.PUT('/admin/calendar/{year}', {
          params: { path: { year } },
          body: {
            daysOff: daysOff.filter((d) => d.date),
            workingDays: workingDays.filter((d) => d.date),
          },
        }),
      );
      client.setQueryData(['calendar', year], saved);
      message.success(`Đã lưu lịch làm việc năm ${year}; các nhắc việc dùng lịch mới từ lần tới.`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space>
        <label htmlFor="calendar-year">Năm</label>
        <InputNumber
          id="calendar-year"
          min={1900}
          max={2999}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
      </Space>
      <ErrorAlert error={error ?? cal.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={<h2 className="dd-card-title">Ngày nghỉ đang áp dụng năm {year}</h2>}
          >
            <List
              size="small"
              dataSource={cal.data?.holidays ?? []}
              locale={{ emptyText: 'Không có.' }}
              renderItem={(d) => <List.Item>{dayName(d)}</List.Item>}
            />
            <Typography.Title level={3} style={{ fontSize: 14 }}>
              Ngày làm bù
            </Typography.Title>
            <List
              size="small"
              dataSource={cal.data?.makeUpDays ?? []}
              locale={{ emptyText: 'Không có.' }}
              renderItem={(d) => (
                <List.Item>
                  <span data-testid="make-up-day">{dayName(d)}</span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph style={{ margin: 0 }}>
              Nhập các thay đổi chính thức trong năm (hoán đổi ngày nghỉ, nghỉ bù, làm bù) theo
              thông báo của Chính phủ. Các nhiệm vụ đang chạy đọc lịch mới trước mỗi lần nhắc.
            </Typography.Paragraph>
            <DayList title="Ngày nghỉ thêm" what="Ngày nghỉ" days={daysOff} onChange={setDaysOff} />
            <DayList
              title="Ngày làm bù"
              what="Ngày làm bù"
              days={workingDays}
              onChange={setWorkingDays}
            />
            <Button type="primary" onClick={save} loading={busy}>
              Lưu lịch năm {year}
            </Button>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
