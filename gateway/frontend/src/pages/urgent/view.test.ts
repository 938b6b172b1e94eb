// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { addMessages, setLanguage } from '../../shared/i18n';
import sharedVi from '../../shared/vi.json';
import sharedEn from '../../shared/en.json';
import '../freeze/view';
import { holdTable } from './view';
import type { UrgentHold } from '../../generated/cases';

addMessages('common', sharedVi, sharedEn);

const clocks = { acknowledgeClock: { due: '2026-03-03T01:15:00Z', state: 'CLOCK_MET' },
  holdClock: { due: '2026-03-03T03:00:00Z', state: 'CLOCK_MISSED' } } as const;

function table(holds: UrgentHold[]): HTMLElement {
  const host = document.createElement('div');
  render(holdTable('t', holds, [{ code: 'vcb-dong-thap', nameVi: 'Vietcombank Đồng Tháp', nameEn: 'Vietcombank' }], true),
    host);
  return host;
}

describe('the urgent hold table', () => {
  it('tells the bank when a hold lapsed, until when one stands, and which freeze order confirmed one', () => {
    setLanguage('vi');
    const host = table([
      { id: 'a', bank: 'vcb-dong-thap', account: 'VCB:0071000123456', amountRequested: { dong: '150000000' },
        status: 'URGENT_LAPSED', requestedAt: '2026-03-03T01:00:00Z', expiresAt: '2026-03-06T01:00:00Z',
        amountHeld: { dong: '150000000' }, ...clocks },
      { id: 'b', bank: 'vcb-dong-thap', account: 'MOMO:+84912345678', amountRequested: { dong: '5' },
        status: 'URGENT_REQUESTED', requestedAt: '2026-03-03T01:00:00Z', expiresAt: '2026-03-06T01:00:00Z', ...clocks },
      { id: 'c', bank: 'vcb-dong-thap', account: 'VCB:0071000999999', amountRequested: { dong: '5' },
        status: 'URGENT_CONFIRMED', confirmedByFreezeRequest: '0c0ffee0-aaaa-4bbb-8ccc-123456789abc', ...clocks },
    ]);
    expect(host.querySelector('#urgent-validity-a')?.textContent).toContain('hết hiệu lực lúc 06/03/2026 08:00');
    expect(host.querySelector('#urgent-row-a')?.textContent).toContain('Hết hiệu lực');
    expect(host.querySelector('#urgent-validity-b')?.textContent).toContain('đến 06/03/2026 08:00');
    expect(host.querySelector('#urgent-validity-c')?.textContent).toContain('lệnh phong tỏa 0c0ffee0');
    expect(host.querySelector('#urgent-link-a')?.getAttribute('href')).toBe('#/freeze/urgent/a');
    expect(host.querySelector('#urgent-clock-a [data-clock]')?.getAttribute('data-clock')).toBe('CLOCK_MISSED');
    setLanguage('en');
    expect(table([{ id: 'a', status: 'URGENT_LAPSED', expiresAt: '2026-03-06T01:00:00Z' }])
      .querySelector('#urgent-validity-a')?.textContent).toContain('lapsed at 06/03/2026 08:00');
  });

  it('says so when there is none', () => {
    setLanguage('vi');
    expect(table([]).querySelector('#t-empty')?.textContent).toContain('Chưa có yêu cầu tạm dừng khẩn cấp nào.');
  });
});
