import { DatePicker, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useWorkingDays } from '../api/queries';

interface Props {
  value?: string | null;
  onChange?: (date: string | null) => void;
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
  /** Greys out days before this one (YYYY-MM-DD). */
  notBefore?: string;
}

/**
 * A date picker for deadlines: non-working days are greyed out and cannot be chosen; holidays
 * are marked, and make-up Saturdays can be chosen. Works with YYYY-MM-DD strings.
 */
export function WorkingDatePicker({
  value,
  onChange,
  notBefore,
  placeholder = 'Chọn ngày',
  ...rest
}: Props) {
  const years = new Date().getFullYear();
  const calendar = useWorkingDays([years - 1, years, years + 1, years + 2]);
  const key = (d: Dayjs) => d.format('YYYY-MM-DD');
  return (
    <DatePicker
      {...rest}
      placeholder={placeholder}
      format="DD/MM/YYYY"
      style={{ width: '100%' }}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? key(d) : null)}
      disabledDate={(d) => !calendar.isWorkingDay(key(d)) || (!!notBefore && key(d) < notBefore)}
      cellRender={(current, info) => {
        if (info.type !== 'date' || typeof current === 'number' || typeof current === 'string')
          return info.originNode;
        const day = key(current);
        if (calendar.isHoliday(day)) {
          return (
            <Tooltip title="Ngày nghỉ lễ, tết">
              <div className="ant-picker-cell-inner dd-holiday">{current.date()}</div>
            </Tooltip>
          );
        }
        if (calendar.isMakeUpDay(day)) {
          return (
            <Tooltip title="Ngày làm bù">
              <div className="ant-picker-cell-inner dd-makeup">{current.date()}</div>
            </Tooltip>
          );
        }
        return info.originNode;
      }}
    />
  );
}
