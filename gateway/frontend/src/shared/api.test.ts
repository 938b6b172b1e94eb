import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, failureText, post, publicRequest, withQuery } from './api';
import { setLanguage } from './i18n';

// Node has fetch, Headers and Response; the page's cookie jar is all of the DOM the client reads.
let cookies = '';
beforeEach(() => {
  cookies = '';
  vi.stubGlobal('document', { get cookie() { return cookies; } });
});
afterEach(() => vi.unstubAllGlobals());

function answering(status: number, body: unknown, type = 'application/json') {
  const seen: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } });
  });
  return seen;
}

describe('the API client', () => {
  it('builds queries without empty values and repeats arrays', () => {
    expect(withQuery('/api/v1/tips', { status: 'RECEIVED', q: '', unit: null, modus: ['A', 'B'], page: 0 }))
      .toBe('/api/v1/tips?status=RECEIVED&modus=A&modus=B&page=0');
    expect(withQuery('/api/v1/tips')).toBe('/api/v1/tips');
  });

  it('sends the CSRF token, the language and the idempotency key with a state change', async () => {
    cookies = 'SESSION=x; XSRF-TOKEN=abc%3D';
    setLanguage('en');
    const seen = answering(201, { id: 't1' });

    const result = await post<{ id: string }>('/api/v1/tips', { a: 1 }, 'key-1');

    expect(result).toEqual({ ok: true, status: 201, body: { id: 't1' } });
    const headers = new Headers(seen[0].init.headers);
    expect(headers.get('X-XSRF-TOKEN')).toBe('abc=');
    expect(headers.get('Accept-Language')).toBe('en');
    expect(headers.get('Idempotency-Key')).toBe('key-1');
    expect(seen[0].init.credentials).toBe('same-origin');
    setLanguage('vi');
  });

  it('sends no CSRF token with a read', async () => {
    cookies = 'XSRF-TOKEN=abc';
    const seen = answering(200, []);
    await call('/api/v1/tips');
    expect(new Headers(seen[0].init.headers).has('X-XSRF-TOKEN')).toBe(false);
  });

  it('hands back a problem with its field errors', async () => {
    answering(400, {
      status: 400, code: 'INVALID_ARGUMENT', detailVi: 'Dữ liệu không hợp lệ.', detailEn: 'Invalid input.',
      errors: [{ field: 'tip.narrative', code: 'REQUIRED', vi: 'Bắt buộc.', en: 'Required.' }],
    }, 'application/problem+json');

    const result = await call('/api/v1/tips', { method: 'POST' });

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(400);
      expect(result.problem?.errors?.[0].field).toBe('tip.narrative');
    }
  });

  it('sends the citizens\' calls without cookies, CSRF token or cache, in the page\'s language', async () => {
    cookies = 'SESSION=x; XSRF-TOKEN=abc';
    setLanguage('en');
    const seen = answering(200, { trackingCode: 'LC-7K3M-9QXD' });

    const result = await call('/api/v1/public/tips:follow', {
      method: 'post', body: '{}', headers: { 'X-Tip-Secret': 's' } }, publicRequest);

    expect(result.ok).toBe(true);
    const headers = new Headers(seen[0].init.headers);
    expect(seen[0].init.method).toBe('POST');
    expect(seen[0].init.credentials).toBe('omit');
    expect(seen[0].init.cache).toBe('no-store');
    expect(headers.has('X-XSRF-TOKEN')).toBe(false);
    expect(headers.get('X-Tip-Secret')).toBe('s');
    expect(headers.get('Accept')).toBe('application/json');
    expect(headers.get('Accept-Language')).toBe('en');
    setLanguage('vi');
  });

  it('answers status 0 when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => { throw new TypeError('offline'); });
    expect(await call('/api/v1/tips')).toEqual({ ok: false, status: 0, problem: null });
  });

  it('explains a failure in the server words, or ours', () => {
    const keys = (key: string) => `[${key}]`;
    setLanguage('vi');
    expect(failureText(0, null, keys)).toBe('[common.networkError]');
    expect(failureText(401, null, keys)).toBe('[common.sessionExpired]');
    expect(failureText(403, null, keys)).toBe('[common.notAllowed]');
    expect(failureText(409, { detailVi: 'Đã có.', detailEn: 'Exists.' }, keys)).toBe('Đã có.');
    expect(failureText(500, {}, keys)).toBe('[common.failed]');
  });
});
