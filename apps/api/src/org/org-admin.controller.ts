import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { readTextBody } from '../common/text-body';
import {
  CreateUnitDto,
  DirectoryImportView,
  MergeUnitDto,
  OrgUnitView,
  UpdateUnitDto,
} from './org.dto';
import { OrgDirectoryService } from './org-directory.service';
import { OrgUnitsService } from './org-units.service';

const YAML_TYPES = [
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/x-yaml',
  'text/plain',
];

@ApiTags('admin')
@Controller('admin/org')
export class OrgAdminController {
  constructor(
    private readonly units: OrgUnitsService,
    private readonly directory: OrgDirectoryService,
  ) {}

  @Get('export')
  @RequirePermission('org.admin')
  @Header('content-type', 'application/yaml; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="danh-ba-don-vi.yaml"')
  @ApiProduces('application/yaml')
  @ApiResponse({
    status: 200,
    description: 'Danh bạ đơn vị dạng YAML, như libs/org/data/vksnd-directory.yaml',
  })
  export(): Promise<string> {
    return this.directory.exportYaml();
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermission('org.admin')
  @ApiConsumes(...YAML_TYPES)
  @ApiBody({ description: 'Tệp danh bạ YAML, tối đa 2 MB', schema: { type: 'string' } })
  @ApiResponse({ status: 200, type: DirectoryImportView })
  async import(
    @CurrentPrincipal() p: Principal,
    @Req() req: Request,
  ): Promise<DirectoryImportView> {
    const text = await readTextBody(req, {
      types: YAML_TYPES,
      limitBytes: 2 * 1024 * 1024,
      what: 'tệp danh bạ YAML',
    });
    return this.directory.importYaml(p, text);
  }

  @Post('units')
  @RequirePermission('org.admin')
  @ApiResponse({ status: 201, type: OrgUnitView })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateUnitDto): Promise<OrgUnitView> {
    return this.units.create(p, dto);
  }

  @Patch('units/:code')
  @RequirePermission('org.admin')
  @ApiResponse({ status: 200, type: OrgUnitView })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('code') code: string,
    @Body() dto: UpdateUnitDto,
  ): Promise<OrgUnitView> {
    return this.units.update(p, code, dto);
  }

  @Post('units/:code/merge')
  @HttpCode(200)
  @RequirePermission('org.admin')
  @ApiResponse({ status: 200, type: OrgUnitView })
  merge(
    @CurrentPrincipal() p: Principal,
    @Param('code') code: string,
    @Body() dto: MergeUnitDto,
  ): Promise<OrgUnitView> {
    return this.units.merge(p, code, dto);
  }
}
