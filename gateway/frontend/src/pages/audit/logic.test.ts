import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../generated/audit';
import { keysOf } from '../../shared/i18n';
import { actionKey, AUDIT_SERVICES, formatAuditTime, isAuditService, KNOWN_ACTIONS, listQuery, mergeEntries, PAGE_SIZE,
  parseAnchors, verdict } from './logic';
import vi from './vi.json';
import en from './en.json';

const entry = (id: string): AuditEntry => ({ id, actor: 'tiepnhan', action: 'READ', recordId: 'r' + id });
const ids = (entries: readonly AuditEntry[]): (string | undefined)[] => entries.map((e) => e.id);
const HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

describe('the audit page', () => {
  it('knows the four logs by their names in /api/v1/audit/{service}', () => {
    expect(AUDIT_SERVICES).toEqual(['tips', 'cases', 'reports', 'budget']);
    expect(isAuditService('cases')).toBe(true);
    expect(isAuditService('case')).toBe(false);
    expect(isAuditService('')).toBe(false);
  });

  it('asks for one page with the filters trimmed, leaving out those not given', () => {
    expect(listQuery({ actor: ' tiepnhan ', record: '' })).toEqual(
      { actor: 'tiepnhan', recordId: '', pageSize: PAGE_SIZE, pageToken: '' });
    expect(listQuery({ actor: '', record: 'abc' }, '50')).toEqual(
      { actor: '', recordId: 'abc', pageSize: PAGE_SIZE, pageToken: '50' });
  });

  it('shows each entry once, newest first, when the next page repeats the end of the one before', () => {
    const first = [entry('100'), entry('99'), entry('98')];
    // every read of the log adds an entry at its head, so the page after starts one entry earlier
    const next = [entry('98'), entry('97'), entry('96')];
    expect(ids(mergeEntries(first, next))).toEqual(['100', '99', '98', '97', '96']);
    expect(ids(mergeEntries([], [entry('9'), entry('10'), entry('100')]))).toEqual(['100', '10', '9']);
    expect(ids(mergeEntries([entry('9007199254740993')], [entry('9007199254740992')])))
      .toEqual(['9007199254740993', '9007199254740992']);
  });

  it('writes the time in Vietnam whatever the browser’s zone, to the second', () => {
    expect(formatAuditTime('2026-06-14T01:30:05Z', 'vi')).toBe('14/06/2026 08:30:05');
    expect(formatAuditTime('2026-12-31T17:00:00.250Z', 'en')).toBe('01/01/2027 00:00:00');
    expect(formatAuditTime(undefined, 'vi')).toBe('');
    expect(formatAuditTime('not a time', 'vi')).toBe('not a time');
  });

  it('names the actions it knows, and has a text for each in both languages', () => {
    expect(actionKey('READ')).toBe('audit.action.READ');
    expect(actionKey('SOMETHING_NEW')).toBeNull();
    expect(actionKey(undefined)).toBeNull();
    expect(Object.keys(vi.action).sort()).toEqual([...KNOWN_ACTIONS].sort());
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
  });

  it('reads anchors one a line, and says which line is none', () => {
    expect(parseAnchors('')).toEqual({ anchors: [] });
    expect(parseAnchors(`1024 ${HASH.toUpperCase()}\n\n#7:${HASH}\r\n 8, ${HASH} `)).toEqual({ anchors: [
      { id: '1024', hash: HASH }, { id: '7', hash: HASH }, { id: '8', hash: HASH }] });
    expect(parseAnchors(`1024 ${HASH}\n12 abc`)).toEqual({ badLine: 2 });
    expect(parseAnchors(`0 ${HASH}`)).toEqual({ badLine: 1 });
    expect(parseAnchors(HASH)).toEqual({ badLine: 1 });
    expect(parseAnchors(`5 ${HASH}0`)).toEqual({ badLine: 1 });
  });

  it('tells an intact chain from one that breaks, and where', () => {
    expect(verdict({ intact: true, entriesChecked: '412', head: { id: '412', hash: HASH } })).toEqual(
      { intact: true, checked: '412', brokenId: '', headId: '412', headHash: HASH });
    expect(verdict({ intact: false, entriesChecked: '57', firstBrokenId: '57', problemVi: 'x', head: { id: '412', hash: HASH } }))
      .toEqual({ intact: false, checked: '57', brokenId: '57', headId: '412', headHash: HASH });
    // proto3 JSON leaves out false and 0: an empty answer is no proof of anything
    expect(verdict({}).intact).toBe(false);
    expect(verdict({ intact: true, firstBrokenId: '3' }).intact).toBe(false);
  });
});
