import { describe, expect, it } from 'vitest';
import { RETURN_RULE, RETURN_STATUS, STAGE, type FreezeRequest, type ReturnInstruction, type VictimClaim }
  from '../../generated/cases';
import { keysOf } from '../../shared/i18n';
import { claimTotals, decider, decisions, firstTransfers, heldOnCase, mayAddClaim, mayDecide, mayReadClaims,
  withinHeld } from './restitution-logic';
import vi from './restitution-vi.json';
import en from './restitution-en.json';

const user = (...roles: string[]) => ({ roles });
const m = (dong: number | string) => ({ dong: String(dong) });

function instruction(id: string, decisionId: string, claimId: string, victim: string, dong: number,
  status: 'DECIDED' | 'EXECUTED' = 'DECIDED'): ReturnInstruction {
  return { id, decisionId, victimClaimId: claimId, victimName: victim, amount: m(dong), status, rule: 'TRACED',
    documentNumber: '05/QĐ', documentDate: '2026-12-01', sourceAccountNumber: '0011', bank: 'vcb-dong-thap' };
}

describe('money back to victims on the case page', () => {
  it('offers claims and decisions only to the roles case-service lets do them', () => {
    expect(mayReadClaims(user('investigator'))).toBe(true);
    expect(mayReadClaims(user('judge'))).toBe(true);
    expect(mayReadClaims(user('auditor'))).toBe(true);
    expect(mayReadClaims(user('bank-liaison'))).toBe(false);
    expect(mayReadClaims(user('tip-intake'))).toBe(false);
    expect(mayReadClaims(null)).toBe(false);
    expect(mayAddClaim(user('police-leader'))).toBe(true);
    expect(mayAddClaim(user('procurator'))).toBe(false);
    // the competent person of each stage (CPC Art. 106(2)); none once closed or dropped
    expect(STAGE.map((s) => [s, decider(s)])).toEqual([
      ['INVESTIGATION', 'police-leader'], ['PROSECUTION', 'procurator'], ['TRIAL', 'judge'], ['CLOSED', null],
      ['SUSPENDED', 'police-leader'], ['JUDGED', 'judge'], ['DROPPED', null]]);
    expect(mayDecide(user('police-leader'), 'INVESTIGATION')).toBe(true);
    expect(mayDecide(user('police-leader'), 'PROSECUTION')).toBe(false);
    expect(mayDecide(user('investigator'), 'INVESTIGATION')).toBe(false);
    expect(mayDecide(user('judge'), 'CLOSED')).toBe(false);
  });

  it('counts what is held on the case to the đồng: held less released, nothing for unanswered or rejected', () => {
    const requests: FreezeRequest[] = [
      { id: 'a', status: 'HELD', amountHeld: m('9007199254740993'), amountReleased: m(3), layer: 1 },
      { id: 'b', status: 'RELEASED', amountHeld: m(10), amountReleased: m(10), layer: 2 },
      { id: 'c', status: 'REQUESTED', layer: 1 },
      { id: 'd', status: 'REJECTED', amountHeld: m(0), layer: 1 },
      { id: 'e', status: 'RELEASE_ORDERED', amountHeld: m(500) },
    ];
    // past 2^53: BigInt, never a float
    expect(heldOnCase(requests)).toBe(9007199254740990n + 500n);
    expect(firstTransfers(requests).map((r) => r.id)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('adds up the claims exactly', () => {
    const claims: VictimClaim[] = [
      { id: '1', amountLost: m(50_000_000), amountDecided: m(33_333_334), amountReturned: m(0) },
      { id: '2', amountLost: m(25_000_000), amountDecided: m(16_666_666) },
    ];
    expect(claimTotals(claims)).toEqual({ lost: 75_000_000n, decided: 50_000_000n, returned: 0n });
    expect(claimTotals([])).toEqual({ lost: 0n, decided: 0n, returned: 0n });
  });

  it('groups instructions into decisions with each victim share, in the order the claims were added', () => {
    const claims: VictimClaim[] = [{ id: 'c1' }, { id: 'c2' }];
    const all = decisions([
      instruction('i3', 'd2', 'c1', 'Nguyễn Văn A', 7),
      instruction('i2', 'd1', 'c2', 'Trần Thị B', 16_666_666, 'EXECUTED'),
      instruction('i1', 'd1', 'c1', 'Nguyễn Văn A', 30_000_000),
      instruction('i0', 'd1', 'c1', 'Nguyễn Văn A', 3_333_334, 'EXECUTED'),
    ], claims);
    expect(all.map((d) => d.id)).toEqual(['d2', 'd1']);
    const d1 = all[1];
    expect(d1.total).toBe(50_000_000n);
    expect(d1.shares).toEqual([
      { claimId: 'c1', victimName: 'Nguyễn Văn A', amount: 33_333_334n, executed: 3_333_334n },
      { claimId: 'c2', victimName: 'Trần Thị B', amount: 16_666_666n, executed: 16_666_666n },
    ]);
    expect(d1.shares.reduce((s, x) => s + x.amount, 0n)).toBe(d1.total);
    expect(d1.instructions.map((i) => i.id)).toEqual(['i2', 'i1', 'i0']);
    // within what is held, to the đồng; one đồng more is shown as over
    expect(withinHeld(all, 50_000_007n)).toEqual({ decided: 50_000_007n, covered: true });
    expect(withinHeld(all, 50_000_006n)).toEqual({ decided: 50_000_007n, covered: false });
    expect(decisions([], claims)).toEqual([]);
  });

  it('has every text in Vietnamese and English, for every rule and status', () => {
    expect(keysOf(vi).sort()).toEqual(keysOf(en).sort());
    RETURN_RULE.forEach((r) => {
      expect(keysOf(vi)).toContain('rule.' + r);
      expect(keysOf(en)).toContain('ruleText.' + r);
    });
    RETURN_STATUS.forEach((s) => expect(keysOf(vi)).toContain('status.' + s));
  });
});
