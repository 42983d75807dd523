import { ApiProperty } from '@nestjs/swagger';
import { FailedMail } from '@dondoc/persistence';

export class FailedMailView {
  @ApiProperty({ description: 'Khóa thư: nhiệm vụ/loại:bậc@lần lập kế hoạch' }) key!: string;
  @ApiProperty() taskId!: string;
  @ApiProperty() directiveId!: string;
  @ApiProperty({ description: 'Đơn vị chủ trì của nhiệm vụ' }) unitCode!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: [String] }) recipients!: string[];
  @ApiProperty({ description: 'Câu trả lời của máy chủ thư' }) failure!: string;
  @ApiProperty() failedAt!: string;
  @ApiProperty() attempts!: number;
}

export function mapFailedMail(m: FailedMail): FailedMailView {
  return {
    key: m.key,
    // Listed through their task; digests (no task) are not in this list.
    taskId: m.taskId!,
    directiveId: m.directiveId,
    unitCode: m.unitCode,
    kind: m.kind,
    subject: m.subject,
    recipients: m.recipients,
    failure: m.failure ?? '',
    failedAt: m.failedAt!.toISOString(),
    attempts: m.attempts,
  };
}
