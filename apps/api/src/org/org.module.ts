import { Module } from '@nestjs/common';
import { OrgAdminController } from './org-admin.controller';
import { OrgDirectoryService } from './org-directory.service';
import { OrgTreeService } from './org-tree.service';
import { OrgUnitsService } from './org-units.service';
import { UnitsController } from './units.controller';

@Module({
  controllers: [UnitsController, OrgAdminController],
  providers: [OrgTreeService, OrgDirectoryService, OrgUnitsService],
  exports: [OrgTreeService],
})
export class OrgModule {}
