import { Controller, Get, Query } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { DirectiveListQueryDto, DirectiveListView } from './dto/directive-list.dto';
import { DirectiveListService } from './directive-list.service';

@ApiTags('directives')
@Controller('directives')
export class DirectiveListController {
  constructor(private readonly lists: DirectiveListService) {}

  @Get()
  @RequirePermission('directive.read')
  @ApiResponse({ status: 200, type: DirectiveListView })
  list(
    @CurrentPrincipal() p: Principal,
    @Query() q: DirectiveListQueryDto,
  ): Promise<DirectiveListView> {
    return this.lists.list(p, q);
  }
}
