import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrgUnitEntity } from '../../../../libs/persistence/src';
import { RequirePermission } from '../auth/auth.decorators';

@ApiTags('org')
@Controller('units')
export class UnitsController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  @RequirePermission('org.read')
  async list() {
    const units = await this.ds.getRepository(OrgUnitEntity).find({ order: { code: 'ASC' } });
    return units.map((u) => ({
      code: u.code,
      shortName: u.shortName,
      fullName: u.fullName,
      level: u.level,
      parent: u.parentCode,
    }));
  }
}
