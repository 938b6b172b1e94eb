import { describe, expect, it } from 'vitest';
import type { MoneyTrail, TrailAccount } from '../../generated/cases';
import { accountKind, accountLabel, nextFreeze, reconciles, trailElements } from './trail';

const money = (dong: number | string) => ({ dong: String(dong) });

function account(key: string, figures: [number, number, number], extra: Partial<TrailAccount> = {}): TrailAccount {
  const [moneyIn, out, held] = figures;
  return { key, moneyIn: money(moneyIn), moneyOut: money(out), held: money(held), unexplained: money(moneyIn - out - held),
    ...extra };
}

const TRAIL: MoneyTrail = {
  caseId: 'c1',
  accounts: [
    account('VCB:1234567890', [450_000_000, 450_000_000, 0], { victim: true, layer: 0, bankCode: 'VCB', accountNumber: '1234567890' }),
    account('VCB:0071000123456', [450_000_000, 349_999_999, 100_000_000],
      { layer: 1, bank: 'vcb-dong-thap', bankCode: 'VCB', accountNumber: '0071000123456', freezeRequestIds: ['r1'] }),
    account('BIDV:2221000999', [300_000_000, 0, 0], { layer: 2, bank: 'bidv-dong-thap', bankCode: 'BIDV',
      accountNumber: '2221000999', leads: [{ caseId: 'c2', caseNumber: 'VA-2026-0002' }] }),
    account('AGRIBANK:5100200300', [49_999_999, 0, 0], { layer: 2, bank: 'agribank-dong-thap', bankCode: 'AGRIBANK',
      accountNumber: '5100200300' }),
  ],
  transfers: [
    { id: 'v1', fromKey: 'VCB:1234567890', toKey: 'VCB:0071000123456', amount: money(450_000_000), kind: 'VICTIM_TRANSFER' },
    { id: 't1', fromKey: 'VCB:0071000123456', toKey: 'BIDV:2221000999', amount: money(300_000_000), kind: 'ONWARD' },
    { id: 't2', fromKey: 'VCB:0071000123456', toKey: 'AGRIBANK:5100200300', amount: money(49_999_999), kind: 'ONWARD' },
  ],
  totalLost: money(450_000_000),
  totalHeld: money(100_000_000),
  totalUnexplained: money(350_000_000),
};

describe('the money trail', () => {
  it('is one node per account and one edge per transfer', () => {
    const elements = trailElements(TRAIL);
    expect(elements.filter((e) => !('source' in e.data)).map((e) => e.data.id)).toEqual(
      ['VCB:1234567890', 'VCB:0071000123456', 'BIDV:2221000999', 'AGRIBANK:5100200300']);
    const edges = elements.flatMap((e) => ('source' in e.data ? [e.data] : []));
    expect(edges.map((e) => [e.source, e.target])).toEqual([
      ['VCB:1234567890', 'VCB:0071000123456'], ['VCB:0071000123456', 'BIDV:2221000999'],
      ['VCB:0071000123456', 'AGRIBANK:5100200300']]);
  });

  it('colours victims, held money, leads and open accounts', () => {
    expect((TRAIL.accounts ?? []).map(accountKind)).toEqual(['victim', 'held', 'lead', 'open']);
    expect(accountLabel(TRAIL.accounts![1])).toBe('VCB 0071000123456');
    expect(accountLabel({ key: 'bi-hai-1', victim: true })).toBe('bi-hai-1');
  });

  it('reconciles to the đồng, and notices a single đồng off', () => {
    expect(reconciles(TRAIL)).toBe(true);
    const off = structuredClone(TRAIL);
    off.accounts![2].unexplained = money(299_999_999);
    expect(reconciles(off)).toBe(false);
    const total = structuredClone(TRAIL);
    total.totalUnexplained = money(350_000_001);
    expect(reconciles(total)).toBe(false);
    // 64-bit amounts beyond a JavaScript number still add up exactly
    const huge: MoneyTrail = { accounts: [{ key: 'a', moneyIn: money('9007199254740993'), moneyOut: money(0),
      held: money(1), unexplained: money('9007199254740992') }], totalLost: money('9007199254740993'),
    totalHeld: money(1), totalUnexplained: money('9007199254740992') };
    expect(reconciles(huge)).toBe(true);
  });

  it('offers the next freeze request only for an account the money reached and no request holds', () => {
    expect(nextFreeze(TRAIL.accounts![3])).toEqual({ bank: 'agribank-dong-thap', accountNumber: '5100200300', layer: '2',
      amount: '49999999' });
    expect(nextFreeze(TRAIL.accounts![1])).toBeNull(); // already requested
    expect(nextFreeze(TRAIL.accounts![0])).toBeNull(); // the victim's own
    expect(nextFreeze({ ...TRAIL.accounts![3], accountNumber: undefined })).toBeNull(); // withheld from the viewer
    expect(nextFreeze({ ...TRAIL.accounts![3], layer: 9 })?.layer).toBe('5');
  });
});
