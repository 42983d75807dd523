import { Injectable } from '@nestjs/common';
import { Principal, auditScope } from '@dondoc/domain';
import { AuditRepository } from '@dondoc/persistence';
import { OrgTreeService } from '../org/org-tree.service';
import { AuditQueryDto } from './audit.dto';
import { AuditEventView, mapAuditEvent } from './audit.mapper';

@Injectable()
export class AuditService {
  constructor(
    private readonly events: AuditRepository,
    private readonly org: OrgTreeService,
  ) {}

  /** Newest first: events of the units the user may see and of what those units issued. */
  async list(p: Principal, q: AuditQueryDto): Promise<AuditEventView[]> {
    const scope = auditScope(p);
    const withinUnits =
      scope === 'all'
        ? undefined
        : scope === 'subtree'
          ? await this.org.subtree(p.unitCode)
          : [p.unitCode];
    const rows = await this.events.list({
      directiveId: q.directiveId,
      taskId: q.taskId,
      unitCode: q.unitCode,
      userId: q.userId,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit ?? 100,
      withinUnits,
    });
    return rows.map(mapAuditEvent);
  }
}
