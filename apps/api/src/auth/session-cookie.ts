export const SESSION_COOKIE = 'dd_session';
export const CSRF_HEADER = 'x-csrf-token';
