import { Controller, Get, Query } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { AuditEventView } from './audit.mapper';
import { AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

/** The audit trail, filtered, and limited to the units the user may see. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiResponse({ status: 200, type: [AuditEventView] })
  list(@CurrentPrincipal() p: Principal, @Query() q: AuditQueryDto): Promise<AuditEventView[]> {
    return this.audit.list(p, q);
  }
}
