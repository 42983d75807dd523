import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuditEventEntity } from '@dondoc/persistence';

export class AuditEventView {
  @ApiProperty() id!: string;
  @ApiProperty() at!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ description: 'api | web | email_link | workflow | system' }) source!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) actorUserId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) actorLabel!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) directiveId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) taskId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) unitCode!: string | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) before!:
    object | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) after!:
    object | null;
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
