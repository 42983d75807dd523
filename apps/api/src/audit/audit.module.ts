import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { AuditController } from './audit.controller';

@Module({ imports: [OrgModule], controllers: [AuditController] })
export class AuditModule {}
