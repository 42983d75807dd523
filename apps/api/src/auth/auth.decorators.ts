import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Permission, Principal } from '@dondoc/domain';

export const PERMISSION_KEY = 'dondoc:permission';
export const PUBLIC_KEY = 'dondoc:public';

/** Every route states who may call it: a permission, or that it is public. The guard fails closed. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(PERMISSION_KEY, permission);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  sessionId?: string;
  csrfToken?: string;
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => {
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!req.principal) throw new Error('CurrentPrincipal used on a route without a session');
    return req.principal;
  },
);
