import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError, api, call, setCsrfToken, type SessionView } from './api/client';

export type Role = 'leader' | 'secretariat' | 'unit_head' | 'unit_officer' | 'admin';

export const ROLE_LABEL: Record<Role, string> = {
  leader: 'Lãnh đạo',
  secretariat: 'Văn thư, tổng hợp',
  unit_head: 'Thủ trưởng đơn vị',
  unit_officer: 'Chuyên viên',
  admin: 'Quản trị hệ thống',
};

export interface Session extends SessionView {
  has(...roles: Role[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

export function withRoles(view: SessionView): Session {
  return { ...view, has: (...roles) => roles.some((r) => view.roles.includes(r)) };
}

/** The signed-in user; null when nobody is. */
export function useSessionQuery() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const me = await call(api.GET('/auth/me'));
        setCsrfToken(me.csrfToken);
        return me;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** Pages behind sign-in: anyone else goes to the sign-in page and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, isLoading } = useSessionQuery();
  if (isLoading) return <Spin fullscreen tip="Đang tải…" />;
  if (!data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/dang-nhap?next=${next}`} replace />;
  }
  return <SessionContext.Provider value={withRoles(data)}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside RequireSession');
  return s;
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await call(api.POST('/auth/logout')).catch(() => undefined);
    setCsrfToken(null);
    client.clear();
    client.setQueryData(['session'], null);
  };
}

/** The page each role starts on. */
export function homeOf(s: Session): string {
  if (s.has('unit_head', 'unit_officer')) return '/viec';
  if (s.has('leader', 'secretariat')) return '/van-ban';
  return '/quan-tri';
}
