// The citizens' pages' rules, as plain functions tested without a browser: what a citizen can fix before anything is
// sent (the same limits tip-service checks, PublicTipRules), the shapes of money, dates, tracking codes and secrets,
// where a server's field error belongs, and which message a failure gets. tip-service checks everything again; its
// refusal is what the page shows.
import type { FieldError, Problem } from '../shared/api';
import type { CheckIndicatorResponseStatus, ContactDetails, Indicator, IndicatorType, PublicTipOutcome,
  SubmitPublicTipRequest } from '../generated/tip';

/** The limits of a public filing and of a message (tip-service's PublicTipRules and RequestIndicatorReviewRequest). */
export const LIMITS = {
  narrative: 10_000,
  name: 200,
  indicators: 20,
  message: 5_000,
  reviewReason: 2_000,
  reviewContact: 200,
  /** Digits of a loss in đồng: more is a typing error (a int64 holds 19). */
  lossDigits: 18,
  /** The secret is 32 base32 characters in groups of four; anything much longer is no secret we gave. */
  secret: 80,
} as const;

export const PAGES = ['report', 'track', 'check'] as const;
export type PublicPage = (typeof PAGES)[number];

/** Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
/** A transfer "now" on a clock a little ahead of the server's is not in the future. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** A mistake the citizen can fix, named by its message key (public.local.<key>) and the control it belongs to. */
export interface LocalError {
  target: string;
  key: string;
  params?: Record<string, number>;
}

/** The page of a hash route; other anchors (#main) keep the page shown. */
export function pageOf(hash: string, shown: PublicPage): PublicPage {
  const wanted = /^#\/([a-z]+)/.exec(hash);
  if (wanted) {
    return (PAGES as readonly string[]).includes(wanted[1]) ? wanted[1] as PublicPage : 'report';
  }
  return hash ? shown : 'report';
}

// ---------- money, dates ----------

/** A loss as typed ("45.000.000", "45 000 000 đồng") → its whole đồng as digits, "" when empty, or an error key. */
export function lossDigits(written: string): { digits: string } | { error: 'lossFormat' | 'lossTooBig' } {
  const text = written.trim().replace(/\s*(đồng|đ|vnđ|vnd)\s*$/i, '');
  if (!text) {
    return { digits: '' };
  }
  if (!/^[0-9][0-9 .,]*$/.test(text)) {
    return { error: 'lossFormat' };
  }
  const digits = text.replace(/[ .,]/g, '').replace(/^0+(?=\d)/, '');
  return digits.length > LIMITS.lossDigits ? { error: 'lossTooBig' } : { digits };
}

/** Digits grouped the Vietnamese way, whatever the language (as every amount in the portal): "45000000" → "45.000.000". */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * The last transfer as an instant (ISO, UTC) from dd/mm/yyyy and an optional hh:mm in Vietnam time; nothing when
 * both are empty; an error on the field to fix otherwise.
 */
export function lastTransfer(date: string, time: string, now: number):
  { at?: string } | { error: LocalError } {
  const d = date.trim();
  const h = time.trim();
  if (!d) {
    return h ? { error: { target: 'transfer-date', key: 'dateMissing' } } : {};
  }
  const day = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(d);
  if (!day) {
    return { error: { target: 'transfer-date', key: 'dateFormat' } };
  }
  let hours = 0;
  let minutes = 0;
  if (h) {
    const m = /^(\d{1,2})[:hH.](\d{2})$/.exec(h);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
      return { error: { target: 'transfer-time', key: 'timeFormat' } };
    }
    hours = Number(m[1]);
    minutes = Number(m[2]);
  }
  const [dd, mm, yyyy] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const local = new Date(Date.UTC(yyyy, mm - 1, dd, hours, minutes));
  if (local.getUTCDate() !== dd || local.getUTCMonth() !== mm - 1 || local.getUTCFullYear() !== yyyy) {
    return { error: { target: 'transfer-date', key: 'dateInvalid' } };
  }
  const at = local.getTime() - VIETNAM_OFFSET_MS;
  if (at > now + CLOCK_SKEW_MS) {
    return { error: { target: h ? 'transfer-time' : 'transfer-date', key: 'inFuture' } };
  }
  return { at: new Date(at).toISOString() };
}

// ---------- the report ----------

export interface IndicatorRow {
  /** Stable number of the row: its controls' ids (indicator-value-<n>) and the place of its errors. */
  n: number;
  type: IndicatorType;
  value: string;
}

export interface ReportForm {
  identity: 'anonymous' | 'contact';
  name: string;
  phone: string;
  email: string;
  modus: string;
  narrative: string;
  loss: string;
  transferDate: string;
  transferTime: string;
  rows: IndicatorRow[];
}

export function emptyReport(): ReportForm {
  return { identity: 'anonymous', name: '', phone: '', email: '', modus: '', narrative: '', loss: '', transferDate: '',
    transferTime: '', rows: [{ n: 0, type: 'PHONE', value: '' }] };
}

/** The request the form makes, the mistakes a citizen can fix before sending, and which row each indicator came from. */
export function readReport(form: ReportForm, now: number):
  { request: SubmitPublicTipRequest; errors: LocalError[]; sentRows: number[] } {
  const errors: LocalError[] = [];
  const request: SubmitPublicTipRequest = {};
  if (form.identity === 'contact') {
    const reporter: ContactDetails = {};
    const name = form.name.trim();
    const phone = form.phone.trim();
    const email = form.email.trim();
    if (name) {
      reporter.name = name;
    }
    if (phone) {
      reporter.phone = phone;
    }
    if (email) {
      reporter.email = email;
    }
    if (!name && !phone && !email) {
      errors.push({ target: 'reporter-name', key: 'contactRequired' });
    } else if (name.length > LIMITS.name) {
      errors.push({ target: 'reporter-name', key: 'nameTooLong', params: { max: LIMITS.name } });
    }
    request.reporter = reporter;
  }
  if (form.modus) {
    request.modusOperandi = form.modus;
  }
  const narrative = form.narrative.trim();
  if (!narrative) {
    errors.push({ target: 'narrative', key: 'narrativeRequired' });
  } else if (narrative.length > LIMITS.narrative) {
    errors.push({ target: 'narrative', key: 'narrativeTooLong', params: { max: LIMITS.narrative } });
  }
  request.narrative = narrative;
  const loss = lossDigits(form.loss);
  if ('error' in loss) {
    errors.push({ target: 'loss', key: loss.error });
  } else if (loss.digits && loss.digits !== '0') {
    request.loss = { dong: loss.digits };
  }
  const transfer = lastTransfer(form.transferDate, form.transferTime, now);
  if ('error' in transfer) {
    errors.push(transfer.error);
  } else if (transfer.at) {
    request.lastTransferAt = transfer.at;
  }
  const indicators: Indicator[] = [];
  const sentRows: number[] = [];
  for (const row of form.rows) {
    const value = row.value.trim();
    if (value) {
      indicators.push({ type: row.type, value });
      sentRows.push(row.n);
    }
  }
  if (indicators.length > LIMITS.indicators) {
    errors.push({ target: 'indicators', key: 'tooManyIndicators', params: { max: LIMITS.indicators } });
  }
  if (indicators.length) {
    request.indicators = indicators;
  }
  return { request, errors, sentRows };
}

const REPORT_FIELDS: Record<string, string> = {
  narrative: 'narrative',
  modus_operandi: 'modus',
  modusOperandi: 'modus',
  loss: 'loss',
  'loss.dong': 'loss',
  last_transfer_at: 'transfer-date',
  lastTransferAt: 'transfer-date',
  'reporter.name': 'reporter-name',
  'reporter.phone': 'reporter-phone',
  'reporter.email': 'reporter-email',
  reporter: 'reporter-name',
  indicators: 'indicators',
};

/**
 * The control a server's field error belongs to: indicators[i] is the i-th indicator sent, i.e. the row sentRows[i]
 * if that row is still there; null for a field the form does not have (the summary lists it by its name).
 */
export function reportTarget(field: string | undefined, sentRows: readonly number[], rows: readonly number[]): string | null {
  const name = String(field ?? '').replace(/^tip\./, '');
  const indicator = /^indicators\[(\d+)\](\.(type|value))?$/.exec(name);
  if (indicator) {
    const row = sentRows[Number(indicator[1])];
    return row !== undefined && rows.includes(row) ? 'indicator-value-' + row : 'indicators';
  }
  return REPORT_FIELDS[name] ?? null;
}

/** The label key (public.report.<key>) naming a report control in the error summary; indicator rows are numbered. */
export function reportLabel(target: string, rows: readonly number[]): { key: string; n?: number } {
  const row = /^indicator-value-(\d+)$/.exec(target);
  if (row) {
    return { key: 'indicatorRow', n: rows.indexOf(Number(row[1])) + 1 };
  }
  const keys: Record<string, string> = {
    'reporter-name': 'name', 'reporter-phone': 'phone', 'reporter-email': 'email', modus: 'modus', narrative: 'narrative',
    loss: 'loss', 'transfer-date': 'transferDate', 'transfer-time': 'transferTime', indicators: 'indicatorsLegend',
  };
  return { key: keys[target] ?? target };
}

// ---------- following a tip ----------

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The tracking code as tip-service writes it (LC-XXXX-XXXX) from any case, spaces and dashes; null when it is none. */
export function trackingCode(written: string): string | null {
  const compact = written.replace(/[\s-]/g, '').toUpperCase();
  return new RegExp(`^LC[${CODE_ALPHABET}]{8}$`).test(compact)
    ? `LC-${compact.substring(2, 6)}-${compact.substring(6)}` : null;
}

/** The secret as it travels (spaces dropped), or the mistake in it. */
export function secretOf(written: string): { secret: string } | { error: 'secretRequired' | 'secretFormat' } {
  const secret = written.replace(/\s/g, '');
  if (!secret) {
    return { error: 'secretRequired' };
  }
  return new RegExp(`^[A-Za-z0-9-]{1,${LIMITS.secret}}$`).test(secret) ? { secret } : { error: 'secretFormat' };
}

/** The code and secret to follow a tip with, or what to fix first. */
export function readFollow(code: string, secret: string):
  { code: string; secret: string; errors: [] } | { errors: LocalError[] } {
  const errors: LocalError[] = [];
  const written = code.trim();
  const parsed = trackingCode(written);
  if (!written) {
    errors.push({ target: 'track-code', key: 'codeRequired' });
  } else if (!parsed) {
    errors.push({ target: 'track-code', key: 'codeFormat' });
  }
  const s = secretOf(secret);
  if ('error' in s) {
    errors.push({ target: 'track-secret', key: s.error });
  }
  return parsed && 'secret' in s && errors.length === 0 ? { code: parsed, secret: s.secret, errors: [] } : { errors };
}

/** A text a citizen writes (a message, a review's reason): required and not too long. */
export function requiredText(text: string, max: number, target: string, required: string, tooLong: string):
  LocalError | null {
  const trimmed = text.trim();
  if (!trimmed) {
    return { target, key: required };
  }
  return trimmed.length > max ? { target, key: tooLong, params: { max } } : null;
}

/** The decision on a tip, or null while undecided (proto3 JSON leaves the outcome out, or sends it unspecified). */
export function decidedOutcome(outcome: PublicTipOutcome | undefined): PublicTipOutcome | null {
  const status: string | undefined = outcome?.status;
  return outcome && status && status !== 'TIP_STATUS_UNSPECIFIED' ? outcome : null;
}

// ---------- the scam check ----------

/** The check's answer as the page tells it: an answer it does not know (a newer service's) tells nothing verified. */
export function checkStatus(status: string | undefined): CheckIndicatorResponseStatus {
  return status === 'REPORTED' ? 'REPORTED' : 'NOT_FOUND';
}

// ---------- sending ----------

/** The Idempotency-Key for a submission: the same request again (a retry) keeps the key, a changed one gets a new key. */
export function keyFor(last: { body: string; key: string } | null, body: unknown, fresh: () => string):
  { body: string; key: string } {
  const text = JSON.stringify(body);
  return last && last.body === text ? last : { body: text, key: fresh() };
}

/**
 * Whether a failed submission may have arrived, so that a retry must carry the same Idempotency-Key (and gets the
 * first answer, e.g. the tracking code, not a second tip): no answer at all, too many requests, or a server error.
 */
export function mayHaveArrived(status: number): boolean {
  return status === 0 || status === 429 || status >= 500;
}

/** The field errors of a 400 answer, or null for any other failure. */
export function fieldErrors(status: number, problem: Problem | null): FieldError[] | null {
  return status === 400 && problem && Array.isArray(problem.errors) ? problem.errors : null;
}

/** The page's general message for a failure: one of ours (public.failure.<key>) or the server's own words. */
export type Failure = { key: 'networkError' | 'tooFast' | 'unavailable' } | { problem: Problem };

export function failureOf(status: number, problem: Problem | null): Failure {
  if (status === 0) {
    return { key: 'networkError' };
  }
  if (status === 429) {
    return { key: 'tooFast' };
  }
  if ([502, 503, 504].includes(status)) {
    return { key: 'unavailable' };
  }
  return { problem: problem ?? {} };
}
