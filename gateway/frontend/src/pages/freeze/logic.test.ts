import { describe, expect, it } from 'vitest';
import { FREEZE_STATUS, type FreezeRequest } from '../../generated/cases';
import { keysOf } from '../../shared/i18n';
import { answersFor, durationParts, durationSeconds, heldShare, mayBeReleased, parseVietnamTime, pendingRelease, shownClock, stillHeld,
  totals } from './logic';
import vi from './vi.json';
import en from './en.json';

describe('the freeze pages', () => {
  it('read the time to hold from its proto3 JSON duration', () => {
    expect(durationSeconds('5400s')).toBe(5400);
    expect(durationSeconds('42.250s')).toBe(42);
    expect(durationSeconds(undefined)).toBeNull();
    expect(durationSeconds('1h')).toBeNull();
    expect(durationParts(5400)).toEqual({ days: 0, hours: 1, minutes: 30, seconds: 0 });
    expect(durationParts(90_061)).toEqual({ days: 1, hours: 1, minutes: 1, seconds: 0 });
    expect(durationParts(42)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 42 });
  });

  it('offer the bank only the answers the request may still take', () => {
    expect(answersFor('REQUESTED')).toEqual(['acknowledge', 'hold', 'reject']);
    expect(answersFor('ACKNOWLEDGED')).toEqual(['hold', 'reject']);
    expect(answersFor('HELD')).toEqual([]);
    expect(answersFor('REJECTED')).toEqual([]);
  });

  it('compare and add the money held exactly', () => {
    const asked = { dong: '450000000' };
    expect(heldShare({ status: 'HELD', amountRequested: asked, amountHeld: { dong: '450000000' } })).toBe('all');
    expect(heldShare({ status: 'HELD', amountRequested: asked, amountHeld: { dong: '120000000' } })).toBe('part');
    expect(heldShare({ status: 'HELD', amountRequested: asked, amountHeld: { dong: '500000000' } })).toBe('more');
    expect(heldShare({ status: 'HELD', amountRequested: asked })).toBe('none');
    expect(heldShare({ status: 'REQUESTED', amountRequested: asked })).toBeNull();
    expect(totals([
      { status: 'HELD', amountRequested: { dong: '9007199254740993' }, amountHeld: { dong: '9007199254740993' } },
      { status: 'REJECTED', amountRequested: { dong: '1' }, amountHeld: { dong: '1' } },
      { status: 'REQUESTED', amountRequested: { dong: '2' } },
    ])).toEqual({ asked: 9007199254740996n, held: 9007199254740993n });
  });

  it('count released money as no longer held, and offer a release only where the law allows one', () => {
    const released = { status: 'HELD', amountHeld: { dong: '100000000' }, amountReleased: { dong: '20000000' } } as FreezeRequest;
    expect(stillHeld(released)).toBe(80_000_000n);
    expect(stillHeld({ status: 'RELEASED', amountHeld: { dong: '5' }, amountReleased: { dong: '5' } })).toBe(0n);
    expect(stillHeld({ status: 'RELEASED' })).toBe(0n);
    expect(totals([released, { status: 'RELEASE_ORDERED', amountHeld: { dong: '7' } }]).held).toBe(80_000_007n);
    expect(mayBeReleased('HELD')).toBe(true);
    expect(mayBeReleased('ACKNOWLEDGED')).toBe(true);
    expect(mayBeReleased('REQUESTED')).toBe(false);
    expect(mayBeReleased('RELEASE_ORDERED')).toBe(false);
    expect(answersFor('RELEASE_ORDERED')).toEqual([]);
    const waiting = { status: 'RELEASE_ORDERED', releaseOrders: [
      { id: 'a', status: 'RELEASE_EXECUTED' }, { id: 'b', status: 'RELEASE_ORDER_ISSUED' }] } as FreezeRequest;
    expect(pendingRelease(waiting)?.id).toBe('b');
    expect(pendingRelease({ ...waiting, status: 'HELD' })).toBeUndefined();
  });

  it('read a time typed in Vietnam as the instant it is', () => {
    expect(parseVietnamTime('03/03/2026 14:05')).toBe('2026-03-03T07:05:00Z');
    expect(parseVietnamTime('1/1/2026 06:30')).toBe('2025-12-31T23:30:00Z');
    expect(parseVietnamTime('31/02/2026 10:00')).toBeNull();
    expect(parseVietnamTime('03/03/2026 24:00')).toBeNull();
    expect(parseVietnamTime('03/03/2026')).toBeNull();
  });

  it('say the same things in both languages, with a name for every status', () => {
    expect(keysOf(en)).toEqual(keysOf(vi));
    FREEZE_STATUS.forEach((s) => expect(keysOf(vi)).toContain('status.' + s));
  });
});

describe('shownClock', () => {
  const clocks = (ack: string, hold: string): FreezeRequest => ({
    acknowledgeClock: { due: '2026-03-10T15:15:00Z', state: ack },
    holdClock: { due: '2026-03-10T17:00:00Z', state: hold },
  } as FreezeRequest);

  it('shows the acknowledgement while it is not given, then the hold', () => {
    expect(shownClock(clocks('CLOCK_RUNNING', 'CLOCK_RUNNING'))).toEqual({ step: 'acknowledge', state: 'CLOCK_RUNNING', due: '2026-03-10T15:15:00Z' });
    expect(shownClock(clocks('CLOCK_OVERDUE', 'CLOCK_RUNNING'))?.state).toBe('CLOCK_OVERDUE');
    expect(shownClock(clocks('CLOCK_MET', 'CLOCK_OVERDUE'))).toEqual({ step: 'hold', state: 'CLOCK_OVERDUE', due: '2026-03-10T17:00:00Z' });
  });

  it('for an answered request shows the clock that was missed', () => {
    expect(shownClock(clocks('CLOCK_MISSED', 'CLOCK_MET'))?.step).toBe('acknowledge');
    expect(shownClock(clocks('CLOCK_MET', 'CLOCK_MISSED'))?.step).toBe('hold');
    expect(shownClock(clocks('CLOCK_MET', 'CLOCK_MET'))?.step).toBe('hold');
  });

  it('shows nothing for a request without clocks', () => {
    expect(shownClock({} as FreezeRequest)).toBeNull();
  });
});
