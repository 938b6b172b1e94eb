// The one way pages call the API. The browser never holds a token: the gateway keeps the session and relays
// the user's token; state changes carry the CSRF token from the XSRF-TOKEN cookie, as the gateway requires.
import { language, pick } from './i18n';

/** One field error of an RFC 9457 problem (errors[] in the services' problem+json). */
export interface FieldError {
  field: string;
  code?: string;
  message?: string;
  vi?: string;
  en?: string;
}

/** The services' problem+json: detail in both languages, field errors when the request was malformed. */
export interface Problem {
  status?: number;
  code?: string;
  detail?: string;
  detailVi?: string;
  detailEn?: string;
  requestId?: string;
  errors?: FieldError[];
}

export type Result<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; problem: Problem | null };

export type Query = Record<string, string | number | boolean | null | undefined | readonly (string | number)[]>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function cookie(name: string): string {
  const found = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : '';
}

/** fetch with the session, the language and (for state changes) the CSRF token. Throws only when offline. */
export function request(path: string, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  headers.set('Accept-Language', language());
  if (!SAFE_METHODS.has(method)) {
    headers.set('X-XSRF-TOKEN', cookie('XSRF-TOKEN'));
  }
  return fetch(path, { ...init, method, headers, credentials: 'same-origin' });
}

/**
 * fetch for the citizens' pages: no session and no cookies at all (a citizen's request is never tied to one), hence
 * no CSRF token either, and nothing cached (a tip's view must not stay in the browser's cache). Throws only when offline.
 */
export function publicRequest(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', language());
  return fetch(path, { ...init, method: (init.method ?? 'GET').toUpperCase(), headers, credentials: 'omit', cache: 'no-store' });
}

/** Path with its query; empty values are left out, arrays repeat the parameter. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      value.forEach((v) => params.append(name, String(v)));
    } else if (value != null && value !== '') {
      params.set(name, String(value));
    }
  }
  const suffix = params.toString();
  return suffix ? `${path}?${suffix}` : path;
}

/**
 * Calls the API and reads its JSON answer. Never throws: status 0 means the server could not be reached.
 * via is how the request goes: with the session (request), or without any cookie (publicRequest).
 */
export async function call<T>(path: string, init: RequestInit = {},
  via: (path: string, init: RequestInit) => Promise<Response> = request): Promise<Result<T>> {
  let answer: Response;
  try {
    answer = await via(path, init);
  } catch {
    return { ok: false, status: 0, problem: null };
  }
  const isJson = (answer.headers.get('Content-Type') ?? '').includes('json');
  const body: unknown = isJson ? await answer.json().catch(() => null) : null;
  return answer.ok
    ? { ok: true, status: answer.status, body: body as T }
    : { ok: false, status: answer.status, problem: (body as Problem | null) ?? null };
}

export function get<T>(path: string, query?: Query): Promise<Result<T>> {
  return call<T>(withQuery(path, query), { headers: { Accept: 'application/json' } });
}

/** A state change; idempotencyKey makes a retry of the same request safe (the services keep the first answer). */
export function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown,
  idempotencyKey?: string): Promise<Result<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (idempotencyKey) {
    headers['Idempotency-Key'] = idempotencyKey;
  }
  return call<T>(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/**
 * Every item of a paged list (page_token / next_page_token), at most maxPages pages of 200: a bound, so that an
 * overview never loops on a huge list. The first failure is answered as it is.
 */
export async function getAll<T>(path: string, query: Query, items: (page: Record<string, unknown>) => T[] | undefined,
  maxPages = 20): Promise<Result<T[]>> {
  const all: T[] = [];
  let token = '';
  for (let page = 0; page < maxPages; page++) {
    const result = await get<Record<string, unknown>>(path, { ...query, pageSize: 200, pageToken: token });
    if (!result.ok) {
      return result;
    }
    all.push(...(items(result.body ?? {}) ?? []));
    token = typeof result.body?.nextPageToken === 'string' ? result.body.nextPageToken : '';
    if (!token) {
      break;
    }
  }
  return { ok: true, status: 200, body: all };
}

export function post<T>(path: string, body: unknown, idempotencyKey?: string): Promise<Result<T>> {
  return send<T>('POST', path, body, idempotencyKey);
}

/** A fresh key for one user action: the same key on a retry, a new one for the next action. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** What went wrong, for people: the server's own words in the current language, or one of ours by message key. */
export function failureText(status: number, problem: Problem | null, t: (key: string) => string): string {
  if (status === 0) {
    return t('common.networkError');
  }
  if (status === 401) {
    return t('common.sessionExpired');
  }
  if (problem && (problem.detailVi || problem.detailEn)) {
    return pick(problem.detailVi, problem.detailEn);
  }
  if (status === 403) {
    return t('common.notAllowed');
  }
  return t('common.failed');
}
