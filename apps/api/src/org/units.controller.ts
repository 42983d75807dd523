import { Controller, Get } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators';
import { OrgGroupView, UnitListItemView } from './org.dto';
import { OrgDirectoryService } from './org-directory.service';

@ApiTags('org')
@Controller()
export class UnitsController {
  constructor(private readonly directory: OrgDirectoryService) {}

  /** Every unit, ended ones included: old tasks still point at them. */
  @Get('units')
  @RequirePermission('org.read')
  @ApiResponse({ status: 200, type: [UnitListItemView] })
  list(): Promise<UnitListItemView[]> {
    return this.directory.units();
  }

  @Get('org/groups')
  @RequirePermission('org.read')
  @ApiResponse({ status: 200, type: [OrgGroupView] })
  groups(): Promise<OrgGroupView[]> {
    return this.directory.groups();
  }
}
