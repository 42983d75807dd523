import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Principal } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { notFoundOnBadUuid } from '../common/uuid-param';
import { CreateUserDto, UpdateUserDto, UserView } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('admin')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('user.admin')
  @ApiResponse({ status: 200, type: [UserView] })
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Post()
  @RequirePermission('user.admin')
  @ApiResponse({ status: 201, type: UserView })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(p, dto);
  }

  @Patch(':id')
  @RequirePermission('user.admin')
  @ApiResponse({ status: 200, type: UserView })
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', notFoundOnBadUuid('người dùng')) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(p, id, dto);
  }
}
