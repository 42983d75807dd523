import { Body, Controller, Get, Headers, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CreateDirectiveDto } from './dto/create-directive.dto';
import { DirectiveView } from './directive.mapper';
import { DirectivesService } from './directives.service';
import { notFoundOnBadUuid } from '../common/uuid-param';

@ApiTags('directives')
@Controller('directives')
export class DirectivesController {
  constructor(private readonly directives: DirectivesService) {}

  @Post()
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
    @Body() dto: CreateDirectiveDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DirectiveView> {
    const { created, view } = await this.directives.issue(
      dto,
      idempotencyKey?.slice(0, 200) || null,
    );
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return view;
  }

  @Get(':id')
  @ApiResponse({ status: 200, type: DirectiveView })
  get(@Param('id', notFoundOnBadUuid('văn bản')) id: string): Promise<DirectiveView> {
    return this.directives.view(id);
  }
}
