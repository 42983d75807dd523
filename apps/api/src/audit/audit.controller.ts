import { Controller, Get, Query } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal, auditScope } from '../../../../libs/domain/src';
import { AuditEventEntity } from '../../../../libs/persistence/src';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { OrgTreeService } from '../org/org-tree.service';
import { AuditEventView, mapAuditEvent } from './audit.mapper';

export class AuditQueryDto {
  @IsOptional() @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' }) directiveId?: string;
  @IsOptional() @IsUUID('all', { message: 'Mã nhiệm vụ không hợp lệ.' }) taskId?: string;
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Mã đơn vị không hợp lệ.' })
  unitCode?: string;
  @IsOptional() @IsUUID('all', { message: 'Mã người dùng không hợp lệ.' }) userId?: string;
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Thời điểm phải theo ISO 8601.' })
  from?: string;
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Thời điểm phải theo ISO 8601.' })
  to?: string;
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Số bản ghi phải là số nguyên.' })
  @Min(1, { message: 'Số bản ghi từ 1 đến 500.' })
  @Max(500, { message: 'Số bản ghi từ 1 đến 500.' })
  limit?: number;
}

/** The audit trail, filtered, and limited to the units the user may see. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly org: OrgTreeService,
  ) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiResponse({ status: 200, type: [AuditEventView] })
  async list(
    @CurrentPrincipal() p: Principal,
    @Query() q: AuditQueryDto,
  ): Promise<AuditEventView[]> {
    const qb = this.ds
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.id', 'DESC')
      .limit(q.limit ?? 100);
    const scope = auditScope(p);
    if (scope !== 'all') {
      const units = scope === 'subtree' ? await this.org.subtree(p.unitCode) : [p.unitCode];
      // Events of the user's units, and of every directive those units issued.
      qb.andWhere(
        '(e.unit_code = ANY(:units) OR e.directive_id IN (SELECT id FROM directive WHERE issuer_unit_code = ANY(:units)))',
        { units },
      );
    }
    if (q.directiveId) qb.andWhere('e.directive_id = :d', { d: q.directiveId });
    if (q.taskId) qb.andWhere('e.task_id = :t', { t: q.taskId });
    if (q.unitCode) qb.andWhere('e.unit_code = :u', { u: q.unitCode });
    if (q.userId) qb.andWhere('e.actor_user_id = :a', { a: q.userId });
    if (q.from) qb.andWhere('e.at >= :from', { from: new Date(q.from) });
    if (q.to) qb.andWhere('e.at < :to', { to: new Date(q.to) });
    return (await qb.getMany()).map(mapAuditEvent);
  }
}
