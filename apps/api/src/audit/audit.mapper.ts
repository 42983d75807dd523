import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuditEventEntity } from '../../../../libs/persistence/src';

export class AuditEventView {
  @ApiProperty() id!: string;
  @ApiProperty() at!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ description: 'api | web | email_link | workflow | system' }) source!: string;
  @ApiPropertyOptional() actorUserId!: string | null;
  @ApiPropertyOptional() actorLabel!: string | null;
  @ApiPropertyOptional() directiveId!: string | null;
  @ApiPropertyOptional() taskId!: string | null;
  @ApiPropertyOptional() unitCode!: string | null;
  @ApiPropertyOptional() before!: object | null;
  @ApiPropertyOptional() after!: object | null;
}

export function mapAuditEvent(e: AuditEventEntity): AuditEventView {
  return {
    id: e.id,
    at: e.at.toISOString(),
    action: e.action,
    source: e.source,
    actorUserId: e.actorUserId,
    actorLabel: e.actorLabel,
    directiveId: e.directiveId,
    taskId: e.taskId,
    unitCode: e.unitCode,
    before: e.before,
    after: e.after,
  };
}
