// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addMessages, setLanguage } from '../../shared/i18n';
import sharedVi from '../../shared/vi.json';
import sharedEn from '../../shared/en.json';
import { page } from './page';

addMessages('common', sharedVi, sharedEn);

const TIP_ID = '3f2b8c1e-0a4d-4e8b-9c2a-1b2c3d4e5f60';
const user = { name: 'Tiếp nhận', username: 'tiepnhan', unit: 'cong-an-tinh', roles: ['tip-intake'],
  sections: ['tips', 'rewards'] };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** The API as the page calls it: reference data, then what each test answers to the tip requests. */
function api(answers: Record<string, (init: RequestInit | undefined) => Response>): ReturnType<typeof vi.fn> {
  const fetch = vi.fn(async (path: string, init?: RequestInit) => {
    if (path.startsWith('/api/v1/tips/modus-operandi')) {
      return json({ modusOperandi: [
        { code: 'OTHER', labelVi: 'Thủ đoạn khác', labelEn: 'Other', active: true, position: 99 },
        { code: 'INVESTMENT_CRYPTO', labelVi: 'Lừa đầu tư, tiền ảo', labelEn: 'Investment or crypto scam', active: true,
          position: 1 },
        { code: 'OLD', labelVi: 'Cũ', labelEn: 'Old', active: false, position: 2 }] });
    }
    if (path.startsWith('/api/v1/units')) {
      return json({ units: [{ code: 'cong-an-tinh', nameVi: 'Công an tỉnh', nameEn: 'Provincial police', kind: 'police' }] });
    }
    const answer = Object.entries(answers).find(([prefix]) => path.startsWith(prefix));
    return answer ? answer[1](init) : json({}, 404);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error('no #' + id);
  }
  return found as T;
}

function type(id: string, value: string): void {
  const control = byId<HTMLInputElement>(id);
  control.value = value;
  control.dispatchEvent(new Event('input'));
  control.dispatchEvent(new Event('change'));
}

describe('the intake page', () => {
  let target: HTMLElement;

  beforeEach(() => {
    setLanguage('vi');
    target = document.createElement('div');
    document.body.replaceChildren(target);
    location.hash = '#/tips/new';
  });

  afterEach(() => vi.unstubAllGlobals());

  it('offers the active modus operandi in the service\'s order, tells a wrong phone number beside it in either '
    + 'language without losing what was typed, and opens the tip once received', async () => {
    let sent: unknown = null;
    let attempt = 0;
    const fetch = api({
      '/api/v1/tips': (init) => {
        sent = JSON.parse(String(init?.body));
        attempt += 1;
        return attempt === 1
          ? json({ status: 400, detailVi: 'Dữ liệu không hợp lệ', errors: [{ field: 'tip.indicators[0].value',
            vi: 'Số điện thoại không hợp lệ.', en: 'Not a valid phone number.' }] }, 400)
          : json({ id: TIP_ID });
      },
    });
    page.render(target, ['new'], { user, language: 'vi' });
    expect(document.getElementById('tip-form')).toBeNull(); // not before the modus operandi are known
    await settle();

    const modus = byId<HTMLSelectElement>('tip-modus');
    expect([...modus.options].map((o) => o.value)).toEqual(['', 'INVESTMENT_CRYPTO', 'OTHER']);
    expect(modus.options[1].textContent?.trim()).toBe('Lừa đầu tư, tiền ảo');
    expect(byId<HTMLInputElement>('tip-receiving-unit').value).toBe('cong-an-tinh');
    expect(byId('tips-tab-new').getAttribute('aria-current')).toBe('page');
    expect(document.getElementById('tips-tab-overdue')).not.toBeNull();

    type('tip-channel', 'HOTLINE');
    type('tip-source-kind', 'DENUNCIATION');
    type('tip-received-at', '14/06/2026 06:30');
    type('tip-modus', 'INVESTMENT_CRYPTO');
    type('tip-narrative', 'Đối tượng rủ đầu tư tiền ảo.');
    type('tip-loss', '45000000');
    byId('tip-loss').dispatchEvent(new Event('blur'));
    expect(byId<HTMLInputElement>('tip-loss').value).toBe('45.000.000');
    type('tip-indicator-value-0', '12345');
    byId('tip-add-indicator').click();
    expect(document.getElementById('tip-indicator-value-1')).not.toBeNull(); // left empty: not sent
    byId('tip-form').dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();

    expect(sent).toEqual({ receivingUnit: 'cong-an-tinh', narrative: 'Đối tượng rủ đầu tư tiền ảo.', channel: 'HOTLINE',
      sourceKind: 'DENUNCIATION', receivedAt: '2026-06-13T23:30:00.000Z', modusOperandi: 'INVESTMENT_CRYPTO',
      loss: { dong: '45000000' }, indicators: [{ type: 'PHONE', value: '12345' }] });
    const error = byId('tip-indicator-value-0-error');
    expect(error.hidden).toBe(false);
    expect(error.textContent).toBe('Số điện thoại không hợp lệ.');
    expect(byId('tip-indicator-value-0').getAttribute('aria-invalid')).toBe('true');
    expect(byId('tip-narrative-error').hidden).toBe(true);
    expect(byId('tip-form-message').textContent).toContain('Vui lòng sửa');
    expect(document.activeElement?.id).toBe('tip-indicator-value-0');

    setLanguage('en');
    page.render(target, ['new'], { user, language: 'en' });
    expect(byId('tip-indicator-value-0-error').textContent).toBe('Not a valid phone number.');
    expect(byId('tip-submit').textContent?.trim()).toBe('Receive the tip');
    expect(byId<HTMLTextAreaElement>('tip-narrative').value).toBe('Đối tượng rủ đầu tư tiền ảo.');
    expect(byId<HTMLInputElement>('tip-indicator-value-0').value).toBe('12345');

    type('tip-indicator-value-0', '0912 345 678');
    byId('tip-form').dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(location.hash).toBe('#/tips/' + TIP_ID);
    const keys = fetch.mock.calls.filter(([path]) => path === '/api/v1/tips')
      .map(([, init]) => new Headers((init as RequestInit).headers).get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]); // another request, another key
  });

  it('refuses locally what cannot be sent and names the fields to fix', async () => {
    const fetch = api({});
    page.render(target, ['new'], { user, language: 'vi' });
    await settle();
    type('tip-received-at', '31/02/2026 10:00');
    type('tip-loss', '1,5');
    byId('tip-form').dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(fetch.mock.calls.some(([path]) => path === '/api/v1/tips')).toBe(false);
    expect(byId('tip-channel-error').textContent).toBe('Chọn kênh tiếp nhận.');
    expect(byId('tip-received-at-error').textContent).toContain('dd/mm/yyyy hh:mm');
    expect(byId('tip-loss-error').textContent).toContain('Chỉ nhập chữ số');
    expect(byId('tip-narrative-error').textContent).toBe('Trường này là bắt buộc.');
    expect(document.activeElement?.id).toBe('tip-channel');
  });
});

describe('a tip\'s page', () => {
  const investigator = { name: 'Điều tra', username: 'dieutra', unit: 'cong-an-tinh', roles: ['investigator'],
    sections: ['tips', 'rewards', 'cases', 'freeze'] };
  const received = { id: TIP_ID, receivedAt: '2026-06-13T23:30:00Z', channel: 'WEB_PORTAL', sourceKind: 'DENUNCIATION',
    receivingUnit: 'cong-an-tinh', modusOperandi: 'INVESTMENT_CRYPTO', narrative: 'Chuyện.', loss: { dong: '2500000' },
    status: 'VERIFYING', decisionDue: '2099-08-14', notificationDue: '2026-06-17', notificationOverdue: true,
    extensions: [{ number: 1, until: '2099-08-14', reason: 'Cần xác minh.' }],
    history: [{ step: 'RECEIVE', fromStatus: 'TIP_STATUS_UNSPECIFIED', toStatus: 'RECEIVED', at: '2026-06-13T23:30:00Z',
      actor: 'he-thong' }] };

  afterEach(() => vi.unstubAllGlobals());

  it('shows the deadlines and asks to confirm a decision before sending it, with the Penal Code of case-service', async () => {
    setLanguage('vi');
    const target = document.createElement('div');
    document.body.replaceChildren(target);
    let tip: Record<string, unknown> = received;
    const decisions: unknown[] = [];
    api({
      '/api/v1/cases/penal-code': () => json({ articles: [
        { number: 174, nameVi: 'Lừa đảo chiếm đoạt tài sản', nameEn: 'Fraud', clauses: [{ clause: 1 }, { clause: 2 }] },
        { number: 290, nameVi: 'Sử dụng mạng máy tính…', nameEn: 'Using networks…', clauses: [{ clause: 1 }] }] }),
      [`/api/v1/tips/${TIP_ID}/messages`]: () => json({ trackingCode: 'LC-7K3M-9QXD', messages: [
        { author: 'TIPSTER', text: 'Xin chào', at: '2026-06-14T01:00:00Z' }] }),
      [`/api/v1/tips/${TIP_ID}:decide`]: (init) => {
        decisions.push(JSON.parse(String(init?.body)));
        tip = { ...received, status: 'PROSECUTED', caseId: 'c1', outcome: { prosecute: { penalCodeArticle: 174, clause: 2,
          caseNumber: 'VA-2026-0001' }, decidedAt: '2026-06-20T03:00:00Z', decidedBy: 'dieutra' } };
        return json(tip);
      },
      [`/api/v1/tips/${TIP_ID}`]: () => json(tip),
    });
    page.render(target, [TIP_ID], { user: investigator, language: 'vi' });
    await settle();
    await settle();

    expect(byId('tip-status').textContent).toBe('Đang xác minh');
    expect(byId('tip-decision-due').textContent).toBe('14/08/2099');
    expect(byId('tip-deadline-state').className).toBe('deadline ok');
    expect(byId('tip-fact-loss').textContent).toBe('2.500.000 đ');
    expect(byId('tip-fact-received-at').textContent).toBe('14/06/2026 06:30');
    expect(byId('tip-messages').textContent).toContain('LC-7K3M-9QXD');
    expect(byId('tip-history').textContent).not.toContain('UNSPECIFIED');
    expect(byId('tip-history').textContent).toContain('Tiếp nhận');
    expect(document.getElementById('extend-form')).toBeNull(); // the second extension is the procuracy's
    expect(byId('tip-propose-reward').getAttribute('href')).toBe('#/rewards/new/' + TIP_ID);

    type('decide-kind', 'prosecute');
    const articles = byId<HTMLSelectElement>('decide-article');
    expect([...articles.options].map((o) => o.value)).toEqual(['174', '290']);
    expect(articles.options[0].textContent?.trim()).toBe('Điều 174. Lừa đảo chiếm đoạt tài sản');
    expect([...byId<HTMLSelectElement>('decide-clause').options].map((o) => o.value)).toEqual(['1', '2']);
    type('decide-clause', '2');
    byId('decide-form').dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(decisions).toEqual([]); // nothing is decided before the confirmation
    expect(byId('decide-form-confirm').textContent).toContain('không thể sửa');
    byId('decide-form-confirm-yes').click();
    await settle();
    await settle();

    expect(decisions).toEqual([{ prosecute: { penalCodeArticle: 174, clause: 2 } }]);
    expect(byId('tip-message').textContent).toBe('Đã cập nhật tin báo.');
    expect(byId('tip-status').textContent).toBe('Đã khởi tố');
    expect(byId('tip-outcome').textContent).toContain('khoản 2 Điều 174');
    expect(byId('tip-outcome').textContent).toContain('VA-2026-0001');
    expect(byId('tip-deadline-state').textContent).toBe('Đã quyết định');
    expect(document.getElementById('decide-form')).toBeNull(); // one final decision
  });
});
