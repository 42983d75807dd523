import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Principal } from '@dondoc/domain';
import { DigestPreferenceEntity } from '@dondoc/persistence';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { recordApiEvent } from '../common/api-audit';

export class DigestPreferencesDto {
  @ApiPropertyOptional({ description: 'Thư tổng hợp hằng ngày (thủ trưởng đơn vị)' })
  @IsOptional()
  @IsBoolean({ message: 'daily là true hoặc false.' })
  daily?: boolean;

  @ApiPropertyOptional({ description: 'Thư tổng hợp hằng tuần (lãnh đạo đơn vị giao việc)' })
  @IsOptional()
  @IsBoolean({ message: 'weekly là true hoặc false.' })
  weekly?: boolean;
}

export class DigestPreferencesView {
  @ApiProperty() daily!: boolean;
  @ApiProperty() weekly!: boolean;
}

/** Each person switches their own digests on or off. */
@ApiTags('auth')
@Controller('me/digests')
export class DigestPreferencesController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  @RequirePermission('session.own')
  @ApiResponse({ status: 200, type: DigestPreferencesView })
  async get(@CurrentPrincipal() p: Principal): Promise<DigestPreferencesView> {
    const row = await this.ds.getRepository(DigestPreferenceEntity).findOneBy({ userId: p.userId });
    return { daily: row?.daily ?? true, weekly: row?.weekly ?? true };
  }

  @Put()
  @RequirePermission('session.own')
  @ApiResponse({ status: 200, type: DigestPreferencesView })
  async set(
    @CurrentPrincipal() p: Principal,
    @Body() dto: DigestPreferencesDto,
  ): Promise<DigestPreferencesView> {
    const before = await this.get(p);
    const after = { daily: dto.daily ?? before.daily, weekly: dto.weekly ?? before.weekly };
    const now = new Date();
    await this.ds.transaction(async (em) => {
      await em.upsert(DigestPreferenceEntity, { userId: p.userId, ...after, updatedAt: now }, [
        'userId',
      ]);
      await recordApiEvent(em, p, now, {
        action: 'digest.preferences',
        unitCode: p.unitCode,
        before: { ...before },
        after,
      });
    });
    return after;
  }
}
