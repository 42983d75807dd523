import { Module } from '@nestjs/common';
import { OrgTreeService } from './org-tree.service';
import { UnitsController } from './units.controller';

@Module({ controllers: [UnitsController], providers: [OrgTreeService], exports: [OrgTreeService] })
export class OrgModule {}
