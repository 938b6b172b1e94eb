import { describe, expect, it } from 'vitest';
import { CASE_EVENT_KIND, CASE_MOVE, CRIME_CATEGORY, STAGE } from '../../generated/cases';
import { keysOf } from '../../shared/i18n';
import {
  article, articlesOf, deadlineState, keyFor, leadUnitChoices,
  parseDong, splitIds,
} from './logic';
import vi from './vi.json';
import en from './en.json';

describe('the case pages', () => {
  it('read the Penal Code as case-service serves it, each clause with its category and months', () => {
    const articles = articlesOf({ articles: [
      { number: 174, nameVi: 'Lừa đảo chiếm đoạt tài sản', nameEn: 'Fraud to appropriate property', clauses: [
        { clause: 1, category: 'LESS_SERIOUS', investigationMonths: 2 }, { clause: 2, category: 'SERIOUS', investigationMonths: 3 }] },
      { number: 289, nameVi: 'Xâm nhập trái phép', clauses: [{ clause: 1, category: 'SERIOUS', investigationMonths: 3 }] },
    ] });
    expect(articles.map((a) => a.number)).toEqual([174, 289]);
    expect(article(articles, 174)?.clauses).toEqual([{ category: 'LESS_SERIOUS', months: 2 }, { category: 'SERIOUS', months: 3 }]);
    expect(article(articles, 289)?.en).toBe('');
    expect(article(articles, 175)).toBeUndefined();
    expect(articlesOf(null)).toEqual([]);
  });

  it('suggest as leading unit the caller\'s own police unit first, then those below it', () => {
    const units = [
      { code: 'cong-an-tinh', kind: 'police' }, { code: 'cong-an-tinh-pa05', kind: 'police' },
      { code: 'cong-an-tinh-pa05-doi1', kind: 'police' }, { code: 'cong-an-tinhx', kind: 'police' },
      { code: 'vcb-dong-thap', kind: 'bank' }, { code: 'cong-an-tinh-bank', kind: 'bank' },
    ];
    expect(leadUnitChoices(units, 'cong-an-tinh-pa05').map((u) => u.code))
      .toEqual(['cong-an-tinh-pa05', 'cong-an-tinh-pa05-doi1']);
    expect(leadUnitChoices(units, 'cong-an-tinh').map((u) => u.code))
      .toEqual(['cong-an-tinh', 'cong-an-tinh-pa05', 'cong-an-tinh-pa05-doi1']);
    expect(leadUnitChoices(units, 'vcb-dong-thap')).toEqual([]);
  });

  it('tell where the investigation limit stands', () => {
    expect(deadlineState('2026-03-01', '2026-05-01')).toEqual({ kind: 'ok', days: 61 });
    expect(deadlineState('2026-04-21', '2026-05-01')).toEqual({ kind: 'soon', days: 10 });
    expect(deadlineState('2026-05-01', '2026-05-01')).toEqual({ kind: 'today' });
    expect(deadlineState('2026-05-03', '2026-05-01')).toEqual({ kind: 'overdue', days: 2 });
  });

  it('read money as whole đồng without ever passing through a float', () => {
    expect(parseDong('450.000.000')).toBe('450000000');
    expect(parseDong(' 450000000 đ')).toBe('450000000');
    expect(parseDong('9.007.199.254.740.993')).toBe('9007199254740993');
    expect(parseDong('0')).toBe('0');
    expect(parseDong('1,5')).toBeNull();
    expect(parseDong('45.00.000')).toBeNull();
    expect(parseDong('-5')).toBeNull();
    expect(parseDong('')).toBeNull();
  });

  it('read tip ids from lines or commas', () => {
    expect(splitIds(' a\nb, c;d  \n\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitIds('  ')).toEqual([]);
  });

  it('keep the idempotency key while the request stays the same', () => {
    let n = 0;
    const fresh = () => `key-${++n}`;
    const first = keyFor(null, { a: 1 }, fresh);
    expect(first.key).toBe('key-1');
    expect(keyFor(first, { a: 1 }, fresh)).toBe(first);
    expect(keyFor(first, { a: 2 }, fresh).key).toBe('key-2');
  });

  it('say the same things in both languages, with a name for every stage, move and event', () => {
    expect(keysOf(en)).toEqual(keysOf(vi));
    STAGE.forEach((s) => expect(keysOf(vi)).toContain('stage.' + s));
    CASE_MOVE.forEach((m) => expect(keysOf(vi)).toContain('move.' + m));
    CASE_EVENT_KIND.forEach((k) => expect(keysOf(vi)).toContain('event.' + k));
    CRIME_CATEGORY.forEach((c) => expect(keysOf(en)).toContain('category.' + c));
  });
});
