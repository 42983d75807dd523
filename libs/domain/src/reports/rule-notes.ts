import { DueBasis } from './on-time-rules';
import { ReportPeriod } from './report-period';
import { formatVietnameseDate, localDateOf } from '../calendar/local-date.util';

/** The rules a report used, said in words on the report itself (and in its exports). */
export function ruleNotes(input: {
  period: ReportPeriod;
  at: Date;
  basis: DueBasis;
  dueSoonWorkingDays: number;
  rollup: boolean;
}): string[] {
  const notes = [
    `Kỳ báo cáo: ${input.period.label} (từ ${formatVietnameseDate(input.period.from)} đến ${formatVietnameseDate(input.period.to)}); số liệu tính đến ngày ${formatVietnameseDate(localDateOf(new Date(input.at.getTime() - 1)))}.`,
    'Cách tính: nhiệm vụ có hạn xử lý đến hạn trong kỳ, cộng các nhiệm vụ chưa hoàn thành tại thời điểm cuối kỳ (nhiệm vụ không có thời hạn và nhiệm vụ đã hủy không tính).',
    input.basis === 'in_force'
      ? 'Đúng hạn hay quá hạn được xác định theo hạn đang có hiệu lực: nhiệm vụ được gia hạn tính theo hạn mới.'
      : 'Đúng hạn hay quá hạn được xác định theo hạn giao ban đầu, không tính gia hạn.',
    'Hoàn thành tính từ khi đơn vị báo cáo hoàn thành và được chấp nhận; nhiệm vụ đã báo cáo, đang chờ xem xét, được coi là trong hạn nếu báo cáo trước hạn.',
    `"Sắp đến hạn": còn trong hạn và đến hạn trong ${input.dueSoonWorkingDays} ngày làm việc tới.`,
    'Tỷ lệ đúng hạn = hoàn thành đúng hạn / (hoàn thành + chưa hoàn thành đã quá hạn).',
    'Nhiệm vụ giao lại khi đã quá hạn được tính cho đơn vị giữ nhiệm vụ khi đến hạn; giao lại trước hạn được tính cho đơn vị mới. Nhiệm vụ giao cho đơn vị cấp dưới được tính cho đơn vị cấp dưới; nhiệm vụ gốc được tính một lần cho đơn vị chủ trì. Nhiệm vụ định kỳ: mỗi kỳ là một nhiệm vụ.',
  ];
  if (input.rollup) notes.push('Số liệu của mỗi đơn vị gồm cả các đơn vị cấp dưới.');
  return notes;
}
