import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

@Module({ imports: [OrgModule], controllers: [AuditController], providers: [AuditService] })
export class AuditModule {}
