import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './generated/schema';

/** Every shape the API sends or takes, generated from its OpenAPI document. */
export type Schemas = components['schemas'];
export type TaskView = Schemas['TaskView'];
export type TaskListItem = Schemas['TaskListItemView'];
export type BucketCounts = Schemas['BucketCountsView'];
export type DirectiveView = Schemas['DirectiveView'];
export type DraftView = Schemas['DraftDocView'];
export type DraftTask = Schemas['DraftTaskView'];
export type Unit = Schemas['UnitListItemView'];
export type ErrorView = Schemas['ErrorView'];
export type SessionView = Schemas['SessionView'];
export type TaskAction = Schemas['TaskActionsView']['actions'][number];
export type TargetView = Schemas['TargetView'];

let csrfToken: string | null = null;

/** The session's CSRF token, sent back on every write (the API returns it at sign-in and from /auth/me). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD'].includes(request.method) && csrfToken) {
      request.headers.set('X-CSRF-Token', csrfToken);
    }
    return request;
  },
};

/**
 * Idempotency-Key on every write, POST and PUT alike (the API keeps a key's first successful
 * answer and gives it again): one key per user action, the same key when that action is sent again after a lost
 * answer, a timeout or a refusal (the API keeps no refusal, so a retry runs again). An action
 * is its method, path and body; its key is forgotten once it succeeded, so doing the same
 * thing again later is a new action with a new key.
 */
const pendingKeys = new Map<string, string>();

/** crypto.randomUUID exists only in secure contexts; an intranet served over plain HTTP is not one. */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function actionKey(action: string): string {
  let key = pendingKeys.get(action);
  if (!key) {
    key = uuid();
    pendingKeys.set(action, key);
  }
  return key;
}

export function settleAction(action: string, ok: boolean): void {
  if (ok) pendingKeys.delete(action);
}

const KEYED = new WeakMap<Request, string>();
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const idempotency: Middleware = {
  async onRequest({ request }) {
    if (!WRITES.has(request.method) || request.headers.has('Idempotency-Key')) return request;
    const path = new URL(request.url).pathname;
    // Signing in and out is not an action on the records (and a password is no map key).
    if (path.startsWith('/auth/')) return request;
    const body = request.body ? await request.clone().text() : '';
    const action = `${request.method} ${path} ${body}`;
    request.headers.set('Idempotency-Key', actionKey(action));
    KEYED.set(request, action);
    return request;
  },
  onResponse({ request, response }) {
    const action = KEYED.get(request);
    if (action) settleAction(action, response.ok);
    return response;
  },
};

/** Same origin: the session cookie goes with every request. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
});
api.use(csrf, idempotency);

/** A refusal of the API, with its Vietnamese message and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorView,
  ) {
    super(body.message);
  }
}

function errorView(error: unknown, status: number): ErrorView {
  if (error && typeof error === 'object' && 'message' in error && 'code' in error) {
    const e = error as ErrorView;
    return { ...e, errors: e.errors ?? [] };
  }
  return {
    code: status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED',
    message:
      status >= 500
        ? 'Hệ thống đang bận hoặc gặp sự cố. Vui lòng thử lại sau ít phút.'
        : 'Yêu cầu không thực hiện được.',
    errors: [],
  };
}

/** The data of an answer, or an ApiError carrying the API's own message. */
export async function call<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw new ApiError(response.status, errorView(error, response.status));
  return data as T;
}

/** A file to a task, as the drag-and-drop area sends it (multipart, outside openapi-fetch). */
export async function uploadAttachment(
  taskId: string,
  file: File,
): Promise<Schemas['AttachmentView']> {
  const form = new FormData();
  form.append('file', file);
  const action = `POST /tasks/${taskId}/attachments ${file.name} ${file.size} ${file.lastModified}`;
  const response = await fetch(`/tasks/${taskId}/attachments`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { ...csrfHeader(), 'Idempotency-Key': actionKey(action) },
  });
  settleAction(action, response.ok);
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, errorView(body, response.status));
  return body as Schemas['AttachmentView'];
}

/** Text as the API takes it for YAML imports. */
export async function postText<T>(path: string, text: string, type: string): Promise<T> {
  const action = `POST ${path} ${text}`;
  const response = await fetch(path, {
    method: 'POST',
    body: text,
    credentials: 'same-origin',
    headers: { 'content-type': type, ...csrfHeader(), 'Idempotency-Key': actionKey(action) },
  });
  settleAction(action, response.ok);
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, errorView(body, response.status));
  return body as T;
}
