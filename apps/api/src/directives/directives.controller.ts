import { Body, Controller, Get, Headers, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CreateDirectiveDto } from './dto/create-directive.dto';
import { DirectiveView } from './directive.mapper';
import { DirectivesService } from './directives.service';
import { notFoundOnBadUuid } from '../common/uuid-param';
import { Principal } from '../../../../libs/domain/src';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';

@ApiTags('directives')
@Controller('directives')
export class DirectivesController {
  constructor(private readonly directives: DirectivesService) {}

  @Post()
  @RequirePermission('directive.issue')
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
