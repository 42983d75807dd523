import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsUUID } from 'class-validator';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { notFoundOnBadUuid } from '../common/uuid-param';
import { DraftLetterDto, LetterView } from './letter.dto';
import { LettersService } from './letters.service';
import { sendFile } from './reports.controller';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export class LettersQueryDto {
  @IsUUID('all', { message: 'Mã nhiệm vụ không hợp lệ.' })
  taskId!: string;
}

/** "Soạn công văn đôn đốc": one click from overdue tasks to a DOCX for signature. */
@ApiTags('reports')
@Controller('reports/letters')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Post()
  @RequirePermission('letter.draft')
  @ApiResponse({ status: 201, type: LetterView })
  @ApiResponse({ status: 409, description: 'Có nhiệm vụ không quá hạn' })
  draft(@CurrentPrincipal() p: Principal, @Body() dto: DraftLetterDto): Promise<LetterView> {
    return this.letters.draft(p, dto);
  }

  @Get()
  @RequirePermission('report.read')
  @ApiResponse({ status: 200, type: [LetterView] })
  forTask(@CurrentPrincipal() p: Principal, @Query() q: LettersQueryDto): Promise<LetterView[]> {
    return this.letters.forTask(p, q.taskId);
  }

  @Get(':id')
  @RequirePermission('report.read')
  @ApiProduces(DOCX)
  async download(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('công văn')) id: string,
    @Res() res: Response,
  ): Promise<void> {
    sendFile(res, await this.letters.download(p, id), DOCX);
  }
}
