import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Permission, roleAllows, DomainException, ErrorCode } from '@dondoc/domain';
import { AuthenticatedRequest, PERMISSION_KEY, PUBLIC_KEY } from './auth.decorators';
import { AuthService } from './auth.service';
import { CSRF_HEADER, SESSION_COOKIE } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every route: public routes pass; every other route needs a live session, a
 * CSRF header matching it on writes, and a role that holds the route's permission.
 * A route that declares neither is refused: rules cannot be forgotten silently.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      PERMISSION_KEY,
      targets,
    );
    if (!permission)
      throw new DomainException(ErrorCode.Forbidden, 'Chức năng này chưa được cấp quyền.');

    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const session = await this.auth.resolve(req.cookies?.[SESSION_COOKIE]);
    if (!session) throw new DomainException(ErrorCode.Unauthenticated, 'Vui lòng đăng nhập.');
    if (!SAFE_METHODS.has(req.method) && req.header(CSRF_HEADER) !== session.csrfToken) {
      throw new DomainException(
        ErrorCode.CsrfFailed,
        'Phiên làm việc không hợp lệ. Vui lòng tải lại trang.',
      );
    }
    if (!roleAllows(session.principal, permission)) {
      throw new DomainException(ErrorCode.Forbidden, 'Bạn không có quyền thực hiện thao tác này.');
    }
    req.principal = session.principal;
    req.sessionId = session.sessionId;
    req.csrfToken = session.csrfToken;
    return true;
  }
}
