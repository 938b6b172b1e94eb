// @vitest-environment happy-dom
// The citizens' pages drawn into the real public.html, with the network stubbed: what is sent (no cookie, the secret
// in a header only), where errors land, and that nothing but the language stays in the browser's storage.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

interface Sent {
  url: string;
  init: RequestInit;
}

const sent: Sent[] = [];
const answers: { status: number; body: unknown }[] = [];
const modusAsked: RequestInit[] = [];

function answer(status: number, body: unknown): void {
  answers.push({ status, body });
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) {
    throw new Error('no #' + id);
  }
  return el as T;
}

function type(id: string, value: string): void {
  const field = byId<HTMLInputElement>(id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function submit(id: string): void {
  byId(id).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

function body(request: Sent): Record<string, unknown> {
  return JSON.parse(String(request.init.body)) as Record<string, unknown>;
}

beforeAll(async () => {
  const page = readFileSync(resolve(import.meta.dirname, '../../../src/main/resources/static/public.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(page, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  document.cookie = 'SESSION=officer-session';
  localStorage.clear();
  sessionStorage.clear();
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    if (url === '/api/v1/public/modus-operandi') { // the form's list, read once as the page opens
      modusAsked.push(init);
      return new Response(JSON.stringify({ modusOperandi: [
        { code: 'IMPERSONATE_AUTHORITY', labelVi: 'Giả danh cơ quan tư pháp (công an, viện kiểm sát, tòa án)',
          labelEn: 'Impersonating police, procuracy or court', active: true, position: 1 },
        { code: 'OTHER', labelVi: 'Thủ đoạn khác', labelEn: 'Other', active: true, position: 13 }] }),
      { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    sent.push({ url, init });
    const next = answers.shift() ?? { status: 500, body: {} };
    return new Response(JSON.stringify(next.body), { status: next.status, headers: { 'Content-Type': 'application/json' } });
  });
  window.scrollTo = () => undefined;
  Element.prototype.scrollIntoView = () => undefined;
  location.hash = '#/report';
  await import('./main');
});

afterAll(() => vi.unstubAllGlobals());

describe('the citizens\' page', () => {
  it('opens on the report, in Vietnamese, anonymous, with one indicator row', async () => {
    await vi.waitFor(() => expect(byId<HTMLSelectElement>('modus').options.length).toBe(3));
    expect(modusAsked).toHaveLength(1);
    expect(modusAsked[0].credentials).toBe('omit');
    expect(document.documentElement.lang).toBe('vi');
    expect(byId('page-report').hidden).toBe(false);
    expect(byId('page-track').hidden).toBe(true);
    expect(byId('tab-report').getAttribute('aria-current')).toBe('page');
    expect(byId<HTMLInputElement>('identity-anonymous').checked).toBe(true);
    expect(byId('contact-fields').hidden).toBe(true);
    expect([...byId<HTMLSelectElement>('modus').options].map((o) => o.text))
      .toContain('Giả danh cơ quan tư pháp (công an, viện kiểm sát, tòa án)');
    expect([...byId<HTMLSelectElement>('indicator-type-0').options].map((o) => o.value)[0]).toBe('PHONE');
    expect(document.querySelector('label[for="indicator-value-0"]')?.textContent).toBe('Dấu hiệu 1: Giá trị');
  });

  it('asks for the narrative before sending anything', () => {
    submit('report-form');
    expect(sent).toEqual([]);
    expect(byId('report-errors').hidden).toBe(false);
    expect(byId('narrative-error').textContent).toBe('Hãy kể lại sự việc.');
    expect(byId('narrative').getAttribute('aria-invalid')).toBe('true');
    expect(byId('narrative').getAttribute('aria-describedby')).toBe('narrative-hint narrative-count narrative-error');
    expect(document.activeElement?.id).toBe('report-errors');
  });

  it('sends the report without cookies and puts the server\'s error next to the indicator it names', async () => {
    type('narrative', 'Một người xưng là công an gọi điện.');
    type('loss', '45000000');
    byId('loss').dispatchEvent(new Event('blur'));
    expect(byId<HTMLInputElement>('loss').value).toBe('45.000.000');
    expect(byId('loss-words').textContent).toBe('= 45.000.000 đ');
    type('indicator-value-0', '0912 34');
    answer(400, { status: 400, errors: [{ field: 'indicators[0].value', vi: 'Số điện thoại không hợp lệ.', en: 'Invalid phone.' }] });
    submit('report-form');
    await vi.waitFor(() => expect(byId('indicator-value-0-error').hidden).toBe(false));

    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/api/v1/public/tips');
    expect(sent[0].init.method).toBe('POST');
    expect(sent[0].init.credentials).toBe('omit');
    const headers = new Headers(sent[0].init.headers);
    expect(headers.get('Idempotency-Key')).toBeTruthy();
    expect(headers.has('X-XSRF-TOKEN')).toBe(false);
    expect(body(sent[0])).toEqual({ narrative: 'Một người xưng là công an gọi điện.', loss: { dong: '45000000' },
      indicators: [{ type: 'PHONE', value: '0912 34' }] });
    expect(byId('indicator-value-0-error').textContent).toBe('Số điện thoại không hợp lệ.');
    expect(byId('indicator-value-0').getAttribute('aria-invalid')).toBe('true');
    expect(byId('report-errors').textContent).toContain('Dấu hiệu 1: Số điện thoại không hợp lệ.');
    expect(byId('narrative').hasAttribute('aria-invalid')).toBe(false);
  });

  it('shows the receipt with code and secret once, and keeps nothing but the language in storage', async () => {
    type('indicator-value-0', '0912 345 678');
    answer(200, { trackingCode: 'LC-7K3M-9QXD', secret: 'ABCD-EFGH', anonymous: true,
      receivedAt: '2026-03-05T01:30:00Z', decisionDue: '2026-03-25' });
    submit('report-form');
    await vi.waitFor(() => expect(byId('receipt-code').textContent).toBe('LC-7K3M-9QXD'));
    expect(byId('receipt-secret').textContent).toBe('ABCD-EFGH');
    expect(byId('receipt-received').textContent).toBe('05/03/2026 08:30');
    expect(byId('receipt-due').textContent).toBe('25/03/2026');
    expect(byId('receipt-anonymous').textContent).toBe('Ẩn danh');
    expect(byId('report-form').hidden).toBe(true);
    expect(new Headers(sent[1].init.headers).get('Idempotency-Key'))
      .not.toBe(new Headers(sent[0].init.headers).get('Idempotency-Key'));
    expect(sessionStorage.length).toBe(0);
    expect(Object.keys(localStorage).filter((k) => k !== 'lachan.lang')).toEqual([]);
  });

  it('follows the tip with the secret in a header, never in the address, and answers a wrong one neutrally', async () => {
    byId('receipt-track').click();
    location.hash = '#/track';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(byId('page-track').hidden).toBe(false);
    expect(byId<HTMLInputElement>('track-code').value).toBe('LC-7K3M-9QXD');
    type('track-secret', 'WRONG-SECRET');
    answer(404, { status: 404 });
    submit('track-form');
    await vi.waitFor(() => expect(byId('track-error').hidden).toBe(false));
    expect(byId('track-error').textContent).toContain('Không tìm thấy tin báo với mã theo dõi và mật mã này');
    const follow = sent[2];
    expect(follow.url).toBe('/api/v1/public/tips:follow');
    expect(body(follow)).toEqual({ trackingCode: 'LC-7K3M-9QXD' });
    expect(new Headers(follow.init.headers).get('X-Tip-Secret')).toBe('WRONG-SECRET');

    type('track-code', 'lc 7k3m 9qxd');
    type('track-secret', 'ABCD-EFGH');
    answer(200, { trackingCode: 'LC-7K3M-9QXD', status: 'RECEIVED', receivedAt: '2026-03-05T01:30:00Z',
      decisionDue: '2026-03-25', messages: [] });
    submit('track-form');
    await vi.waitFor(() => expect(byId('tip-status').textContent).toBe('Đã tiếp nhận'));
    expect(byId('track-error').hidden).toBe(true);
    expect(byId('thread-empty').hidden).toBe(false);
    expect(byId<HTMLInputElement>('track-secret').value).toBe('');
    expect(location.href).not.toContain('ABCD');
  });

  it('checks a value and tells its answer in English after a switch', async () => {
    location.hash = '#/check';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    type('check-value', '+84 91 234 5678');
    answer(200, { normalized: '+84912345678', status: 'NOT_FOUND' });
    submit('check-form');
    await vi.waitFor(() => expect(byId('check-status').textContent).toBe('Chưa có thông tin đã xác minh'));
    expect(sent.at(-1)!.url).toBe('/api/v1/public/scam-check?type=PHONE&value=%2B84+91+234+5678');
    expect(document.getElementById('review-form')).toBeNull();
    byId('lang-switch').click();
    expect(document.documentElement.lang).toBe('en');
    expect(byId('check-status').textContent).toBe('No verified information');
    expect(byId('tab-track').textContent).toBe('Follow your tip');
    expect(localStorage.getItem('lachan.lang')).toBe('en');
  });
});
