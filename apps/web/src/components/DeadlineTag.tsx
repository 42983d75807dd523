import { Tag } from 'antd';
import { DEADLINE_LABEL, DEADLINE_STYLE, type DeadlineState, remainingText } from '../lib/deadline';
import { useWorkingDays } from '../api/queries';

interface Props {
  state: DeadlineState;
  due: { date?: string | null; at?: string | null };
  outcome?: string | null;
}

/** Green, amber or red by deadline state, with how far the deadline is. */
export function DeadlineTag({ state, due, outcome }: Props) {
  const calendar = useWorkingDays();
  const label =
    state === 'closed' && outcome
      ? outcome === 'late'
        ? 'Xong trễ hạn'
        : 'Xong đúng hạn'
      : DEADLINE_LABEL[state];
  const style = DEADLINE_STYLE[state === 'closed' && outcome === 'late' ? 'overdue' : state];
  const rest = remainingText(state, due, new Date(), calendar);
  return (
    <Tag
      style={{ color: style.color, background: style.background, borderColor: style.border }}
      data-deadline={state}
    >
      {label}
      {rest ? ` · ${rest}` : ''}
    </Tag>
  );
}
