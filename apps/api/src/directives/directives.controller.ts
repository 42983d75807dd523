import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CreateDirectiveDto } from './dto/create-directive.dto';
import { DraftDocView } from './dto/draft.view';
import { DirectiveView } from './directive.mapper';
import { DirectivesService } from './directives.service';
import { DraftView, DraftsService } from './drafts.service';
import { IssueDraftDto, ParseDirectiveDto, UpdateDraftDto } from './dto/draft.dto';
import { OwnIdempotency } from '../common/idempotency.interceptor';
import { notFoundOnBadUuid } from '../common/uuid-param';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';

@ApiTags('directives')
@Controller('directives')
export class DirectivesController {
  constructor(
    private readonly directives: DirectivesService,
    private readonly drafts: DraftsService,
  ) {}

  /** Paste a directive's text: it is read and kept as a draft to review. */
  @Post('parse')
  @RequirePermission('directive.issue')
  @ApiResponse({
    status: 201,
    type: DraftDocView,
    description: 'Bản nháp, mỗi nhiệm vụ kèm đoạn văn bản gốc',
  })
  parse(@CurrentPrincipal() p: Principal, @Body() dto: ParseDirectiveDto): Promise<DraftView> {
    return this.drafts.parse(p, dto.text);
  }

  @Get(':id/draft')
  @RequirePermission('directive.issue')
  @ApiResponse({ status: 200, type: DraftDocView })
  draft(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('bản nháp')) id: string,
  ): Promise<DraftView> {
    return this.drafts.get(p, id);
  }

  @Patch(':id/draft')
  @RequirePermission('directive.issue')
  @ApiResponse({ status: 200, type: DraftDocView })
  editDraft(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('bản nháp')) id: string,
    @Body() dto: UpdateDraftDto,
  ): Promise<DraftView> {
    return this.drafts.update(p, id, dto);
  }

  @Post(':id/issue')
  @RequirePermission('directive.issue')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: DirectiveView })
  issueDraft(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('bản nháp')) id: string,
    @Body() dto: IssueDraftDto,
  ): Promise<DirectiveView> {
    return this.drafts.issue(p, id, dto);
  }

  @Post()
  @RequirePermission('directive.issue')
  @OwnIdempotency()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Gửi lại cùng khóa không tạo văn bản thứ hai',
  })
  @ApiResponse({ status: 201, type: DirectiveView })
  @ApiResponse({
    status: 200,
    type: DirectiveView,
    description: 'Đã có văn bản với cùng Idempotency-Key',
  })
  async create(
    @CurrentPrincipal() p: Principal,
    @Body() dto: CreateDirectiveDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DirectiveView> {
    const { created, view } = await this.directives.issue(
      p,
      dto,
      idempotencyKey?.slice(0, 200) || null,
    );
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return view;
  }

  @Get(':id')
  @RequirePermission('directive.read')
  @ApiResponse({ status: 200, type: DirectiveView })
  get(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('văn bản')) id: string,
  ): Promise<DirectiveView> {
    return this.directives.view(p, id);
  }
}
