// Freeze requests as the pages show them: plain functions, tested without a browser.
import type { FreezeRequest, FreezeStatus, ReleaseOrder } from '../../generated/cases';

/** A proto3 JSON Duration ("5400s", "0.5s") → whole seconds, or null when unset or unreadable. */
export function durationSeconds(duration: string | undefined): number | null {
  const match = /^(\d+)(\.\d+)?s$/.exec(duration ?? '');
  return match ? Number(match[1]) : null;
}

/** Whole seconds split for display: days, hours, minutes, and seconds only under a minute. */
export function durationParts(seconds: number): { days: number; hours: number; minutes: number; seconds: number } {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  return { days, hours, minutes, seconds: seconds < 60 ? seconds : 0 };
}

/** The answers a bank may still give to a request in this status (REQUESTED → ACKNOWLEDGED → HELD | REJECTED). */
export function answersFor(status: FreezeStatus | undefined): ('acknowledge' | 'hold' | 'reject')[] {
  switch (status) {
    case 'REQUESTED':
      return ['acknowledge', 'hold', 'reject'];
    case 'ACKNOWLEDGED':
      return ['hold', 'reject'];
    default:
      return [];
  }
}

/**
 * The service-level clock a list shows for a request: the acknowledgement's while it is not given, then the hold's;
 * for an answered request the one that was missed, if any (else the hold's). Null when the request has no clocks.
 */
export function shownClock(request: FreezeRequest): { step: 'acknowledge' | 'hold'; state: string; due: string } | null {
  const ack = request.acknowledgeClock;
  const hold = request.holdClock;
  if (!ack?.due || !hold?.due) {
    return null;
  }
  const open = (s: string | undefined): boolean => s === 'CLOCK_RUNNING' || s === 'CLOCK_OVERDUE';
  const step = open(ack.state) || (ack.state === 'CLOCK_MISSED' && !open(hold.state) && hold.state !== 'CLOCK_MISSED')
    ? 'acknowledge' : 'hold';
  const clock = step === 'acknowledge' ? ack : hold;
  return { step, state: clock.state ?? 'CLOCK_RUNNING', due: clock.due ?? '' };
}

/** The money held compared with the money asked, exact in whole đồng: "all", "part", "more" or "none". */
export function heldShare(request: FreezeRequest): 'all' | 'part' | 'more' | 'none' | null {
  if (request.status !== 'HELD') {
    return null;
  }
  const asked = BigInt(request.amountRequested?.dong ?? '0');
  const held = BigInt(request.amountHeld?.dong ?? '0');
  if (held === 0n) {
    return 'none';
  }
  return held === asked ? 'all' : held < asked ? 'part' : 'more';
}

/** Totals of a list of requests: asked and held, whole đồng, exact. */
export function totals(requests: readonly FreezeRequest[]): { asked: bigint; held: bigint } {
  return requests.reduce((sum, r) => ({
    asked: sum.asked + BigInt(r.amountRequested?.dong ?? '0'),
    held: sum.held + stillHeld(r),
  }), { asked: 0n, held: 0n });
}

/** What the bank still holds on a request, whole đồng: held less what it reported released; 0 when nothing is held. */
export function stillHeld(request: FreezeRequest): bigint {
  if (!request.amountHeld || !['HELD', 'RELEASE_ORDERED', 'RELEASED'].includes(request.status ?? '')) {
    return 0n;
  }
  return BigInt(request.amountHeld.dong ?? '0') - BigInt(request.amountReleased?.dong ?? '0');
}

/** A police leader may order a release of a request the bank holds money on or has acknowledged. */
export function mayBeReleased(status: FreezeStatus | undefined): boolean {
  return status === 'HELD' || status === 'ACKNOWLEDGED';
}

/** The release order waiting for the bank, if any (the bank reports it executed). */
export function pendingRelease(request: FreezeRequest): ReleaseOrder | undefined {
  return request.status === 'RELEASE_ORDERED'
    ? (request.releaseOrders ?? []).find((o) => o.status === 'RELEASE_ORDER_ISSUED') : undefined;
}

/** "dd/mm/yyyy hh:mm" in Vietnam's time → an RFC 3339 instant, or null. Vietnam keeps UTC+7 all year. */
export function parseVietnamTime(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) {
    return null;
  }
  const [d, m, y, hh, mm] = match.slice(1).map(Number);
  if (hh > 23 || mm > 59) {
    return null;
  }
  const utc = Date.UTC(y, m - 1, d, hh - 7, mm);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return null;
  }
  return new Date(utc).toISOString().replace('.000Z', 'Z');
}
