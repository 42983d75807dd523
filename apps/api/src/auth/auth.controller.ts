import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '@dondoc/domain';
import { AppUserEntity } from '@dondoc/persistence';
import { RuntimeConfig } from '@dondoc/platform';
import {
  AuthenticatedRequest,
  CurrentPrincipal,
  Public,
  RequirePermission,
} from './auth.decorators';
import { ChangePasswordDto, LoginDto, SessionView } from './auth.dto';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { SESSION_COOKIE } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly limiter: LoginRateLimiter,
    private readonly config: RuntimeConfig,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiResponse({ status: 200, type: SessionView })
  async login(
    @Body() dto: LoginDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionView> {
    this.limiter.check(req.ip ?? 'unknown');
    const { token, user, session } = await this.auth.login(dto.username, dto.password);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.values.APP_BASE_URL.startsWith('https://'),
      path: '/',
      maxAge: this.config.values.SESSION_TTL_HOURS * 3600_000,
    });
    return viewOf(user, session.csrfToken);
  }

  @Post('logout')
  @RequirePermission('session.own')
  @HttpCode(204)
  async logout(
    @Req() req: AuthenticatedRequest,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(req.sessionId!, principal);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @RequirePermission('session.own')
  @ApiResponse({ status: 200, type: SessionView })
  async me(
    @Req() req: AuthenticatedRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SessionView> {
    const user = await this.ds
      .getRepository(AppUserEntity)
      .findOneByOrFail({ id: principal.userId });
    return viewOf(user, req.csrfToken!);
  }

  @Post('password')
  @RequirePermission('session.own')
  @HttpCode(204)
  async changePassword(
    @Req() req: AuthenticatedRequest,
    @CurrentPrincipal() principal: Principal,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    await this.auth.changePassword(req.sessionId!, principal, dto.currentPassword, dto.newPassword);
  }
}

function viewOf(user: AppUserEntity, csrfToken: string): SessionView {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    unitCode: user.unitCode,
    roles: user.roles,
    csrfToken,
  };
}
