// The tip pages' rules of display, as plain functions tested without a browser: where a deadline stands, what the
// user's roles may be offered, how typed dates, times and amounts are read, and which request a form makes.
// They only decide what to offer: tip-service checks every role, unit, deadline and field again.
import type { Unit } from '../../generated/report';
import type { Indicator, IndicatorType, NonProsecutionGround, SuspensionGround, Tip, TipCount, TipStatistics,
  TipStatus } from '../../generated/tip';
import { formatMoney, parseDate } from '../../shared/format';
import type { PortalUser } from '../../shared/page';

/** The statuses of a tip still waiting for its decision. */
export const OPEN_STATUSES: readonly TipStatus[] = ['RECEIVED', 'VERIFYING'];

export function isOpen(status: TipStatus | undefined): boolean {
  return status !== undefined && OPEN_STATUSES.includes(status);
}

/** Days from today to a legal day (both ISO "yyyy-mm-dd"), negative once it has passed. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

/** Where a tip's decision deadline stands. */
export type Deadline = { kind: 'decided' } | { kind: 'suspended' } | { kind: 'overdue'; days: number }
  | { kind: 'today' } | { kind: 'soon'; days: number } | { kind: 'ok'; days: number };

/** A week before the deadline the tip shows as due soon. */
export const SOON_DAYS = 7;

/**
 * The decision deadline of a tip on the legal day today: decided or suspended once it has an outcome, otherwise
 * overdue (at least one day when tip-service says so), due today, or the days left.
 */
export function deadlineOf(tip: Pick<Tip, 'status' | 'decisionDue' | 'decisionOverdue'>, today: string): Deadline {
  if (!isOpen(tip.status)) {
    return tip.status === 'SUSPENDED' ? { kind: 'suspended' } : { kind: 'decided' };
  }
  const days = tip.decisionDue ? daysBetween(today, tip.decisionDue) : 0;
  if (tip.decisionOverdue || days < 0) {
    return { kind: 'overdue', days: Math.max(1, -days) };
  }
  if (days === 0) {
    return { kind: 'today' };
  }
  return days <= SOON_DAYS ? { kind: 'soon', days } : { kind: 'ok', days };
}

/** A row of the due-and-overdue list, with the days tip-service counted: every row there is due soon at the latest. */
export function overdueDeadline(daysLeft: number | undefined, overdue: boolean | undefined): Deadline {
  const days = daysLeft ?? 0;
  if (overdue || days < 0) {
    return { kind: 'overdue', days: Math.max(1, -days) };
  }
  return days === 0 ? { kind: 'today' } : { kind: 'soon', days };
}

/** The message key and parameters that say a deadline (one day and several days differ in English). */
export function deadlineMessage(deadline: Deadline): { key: string; params: Record<string, number> } {
  switch (deadline.kind) {
    case 'decided':
    case 'suspended':
    case 'today':
      return { key: 'tips.deadline.' + deadline.kind, params: {} };
    case 'overdue':
      return { key: deadline.days === 1 ? 'tips.deadline.overdueOne' : 'tips.deadline.overdue', params: { n: deadline.days } };
    default:
      return { key: deadline.days === 1 ? 'tips.deadline.leftOne' : 'tips.deadline.left', params: { n: deadline.days } };
  }
}

/** The CSS class of a deadline: red when overdue, amber when due soon, green when far, grey when no longer running. */
export function deadlineClass(deadline: Deadline): 'overdue' | 'soon' | 'ok' | 'done' {
  switch (deadline.kind) {
    case 'overdue':
      return 'overdue';
    case 'today':
    case 'soon':
      return 'soon';
    case 'ok':
      return 'ok';
    default:
      return 'done';
  }
}

/**
 * A status or step as the contract's enumeration knows it, or undefined: proto3 JSON writes the unspecified value
 * by name (a receipt's change has fromStatus "TIP_STATUS_UNSPECIFIED"), and no page shows it.
 */
export function specified<T extends string>(value: T | undefined): T | undefined {
  return value && !value.endsWith('_UNSPECIFIED') ? value : undefined;
}

/** The badge class of a status: "NOT_PROSECUTED" → "status-not-prosecuted". */
export function statusClass(status: string | undefined): string {
  return 'status-' + (status ?? 'unspecified').toLowerCase().replace(/_/g, '-');
}

/** A narrative in one line of at most max characters, for the list. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 2) + '…' : flat;
}

// ---- typed values

/** Asia/Ho_Chi_Minh has kept UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET = '+07:00';
const DATE_TIME = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:hg](\d{2}))?\s*$/;

/**
 * "14/06/2026 08:30" in Vietnam's time (the time may be left out: midnight) as an ISO instant; null when empty,
 * undefined when it is no real day and time.
 */
export function parseDateTime(text: string): string | null | undefined {
  if (!text.trim()) {
    return null;
  }
  const match = DATE_TIME.exec(text);
  if (!match) {
    return undefined;
  }
  const day = parseDate(`${match[1]}/${match[2]}/${match[3]}`);
  const [hour, minute] = [Number(match[4] ?? '0'), Number(match[5] ?? '0')];
  if (!day || hour > 23 || minute > 59) {
    return undefined;
  }
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return new Date(`${day}T${time}:00${VIETNAM_OFFSET}`).toISOString();
}

/** "14/06/2026" as "2026-06-14"; null when empty, undefined when it is no real day. */
export function parseDay(text: string): string | null | undefined {
  if (!text.trim()) {
    return null;
  }
  return parseDate(text) ?? undefined;
}

/**
 * "45.000.000", "45 000 000 đ" or "45000000" as whole đồng in proto3 JSON's decimal string ("45000000"), never
 * through a float; null when empty, undefined when it is no whole amount.
 */
export function parseDong(text: string): string | null | undefined {
  const cleaned = text.replace(/đồng|đ|vnđ|vnd/gi, '').replace(/[\s.\u00a0]/g, '');
  if (!cleaned) {
    return null;
  }
  return /^\d{1,19}$/.test(cleaned) ? BigInt(cleaned).toString() : undefined;
}

/** An amount as typed, grouped the Vietnamese way once the field is left: "45000000" → "45.000.000". */
export function groupedDong(text: string): string {
  const dong = parseDong(text);
  return dong ? formatMoney(dong).replace(/\s*đ$/, '') : text;
}

// ---- roles: only a convenience, tip-service checks the token again

function hasAny(user: PortalUser, ...roles: string[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

function police(user: PortalUser): boolean {
  return user.unit.startsWith('cong-an-');
}

export const may = {
  receive: (user: PortalUser): boolean => hasAny(user, 'tip-intake', 'investigator', 'police-leader'),
  seeOverdue: (user: PortalUser): boolean => police(user) && hasAny(user, 'tip-intake', 'investigator', 'police-leader'),
  decide: (user: PortalUser): boolean => police(user) && hasAny(user, 'investigator', 'police-leader'),
  extendSecond: (user: PortalUser): boolean => hasAny(user, 'procurator'),
  recordNotification: (user: PortalUser): boolean =>
    (police(user) && hasAny(user, 'tip-intake', 'investigator', 'police-leader')) || hasAny(user, 'procurator'),
  readMessages: (user: PortalUser): boolean => hasAny(user, 'tip-intake', 'investigator', 'police-leader', 'procurator'),
  reply: (user: PortalUser): boolean => hasAny(user, 'tip-intake', 'investigator', 'police-leader'),
  proposeReward: (user: PortalUser): boolean => hasAny(user, 'investigator', 'police-leader'),
};

/** The handling forms a tip's page offers the user now. */
export interface Offer {
  /** 1 or 2: the extension that may be asked; 0 for none. */
  extension: number;
  decide: boolean;
  resume: boolean;
  notify: boolean;
}

export function offerFor(tip: Pick<Tip, 'status' | 'extensions' | 'procuracyNotifiedAt'>, user: PortalUser): Offer {
  const open = isOpen(tip.status);
  const extensions = (tip.extensions ?? []).length;
  let extension = 0;
  if (open && extensions === 0 && may.decide(user)) {
    extension = 1;
  } else if (open && extensions === 1 && may.extendSecond(user)) {
    extension = 2;
  }
  return {
    extension,
    decide: open && may.decide(user),
    resume: tip.status === 'SUSPENDED' && may.decide(user),
    notify: !tip.procuracyNotifiedAt && may.recordNotification(user),
  };
}

// ---- requests the forms make

/** An error the page finds before sending: the request field and the message key. */
export type LocalError = [field: string, key: string];

export interface IntakeValues {
  channel: string;
  sourceKind: string;
  petitioningUnit: string;
  receivingUnit: string;
  receivedAt: string;
  modus: string;
  narrative: string;
  loss: string;
  lastTransferAt: string;
}

/** One indicator row of the intake form: rows left empty are not sent. */
export interface IndicatorRow {
  type: IndicatorType;
  value: string;
}

/**
 * The CreateTipRequest.tip the intake form sends, or what to fix first. Only rows with a value are sent: the
 * answer names them by their index in the request (sentRows tells which row that was).
 */
export function intakeRequest(v: IntakeValues, rows: readonly IndicatorRow[]):
  { tip: Record<string, unknown>; sentRows: number[]; local: LocalError[] } {
  const local: LocalError[] = [];
  const tip: Record<string, unknown> = { receivingUnit: v.receivingUnit.trim(), narrative: v.narrative };
  if (v.channel) {
    tip.channel = v.channel;
  } else {
    local.push(['tip.channel', 'tips.form.chooseChannel']);
  }
  if (v.sourceKind) {
    tip.sourceKind = v.sourceKind;
    if (v.sourceKind === 'PETITION' && v.petitioningUnit.trim()) {
      tip.petitioningUnit = v.petitioningUnit.trim();
    }
  } else {
    local.push(['tip.source_kind', 'tips.form.chooseSourceKind']);
  }
  if (!v.receivingUnit.trim()) {
    local.push(['tip.receiving_unit', 'tips.required']);
  }
  const received = parseDateTime(v.receivedAt);
  if (received === undefined) {
    local.push(['tip.received_at', 'tips.badDateTime']);
  } else if (received) {
    tip.receivedAt = received;
  }
  if (v.modus) {
    tip.modusOperandi = v.modus;
  } else {
    local.push(['tip.modus_operandi', 'tips.form.chooseModus']);
  }
  if (!v.narrative.trim()) {
    local.push(['tip.narrative', 'tips.required']);
  }
  const dong = parseDong(v.loss);
  if (dong === undefined) {
    local.push(['tip.loss', 'tips.badMoney']);
  } else if (dong && dong !== '0') {
    tip.loss = { dong };
  }
  const transfer = parseDateTime(v.lastTransferAt);
  if (transfer === undefined) {
    local.push(['tip.last_transfer_at', 'tips.badDateTime']);
  } else if (transfer) {
    tip.lastTransferAt = transfer;
  }
  const sentRows = rows.map((row, i) => (row.value.trim() ? i : -1)).filter((i) => i >= 0);
  tip.indicators = sentRows.map((i): Indicator => ({ type: rows[i].type, value: rows[i].value.trim() }));
  return { tip, sentRows, local };
}

/** The request field an error of the row's indicator is named by: its index among the rows sent, or null. */
export function indicatorField(sentRows: readonly number[], row: number): string | null {
  const index = sentRows.indexOf(row);
  return index < 0 ? null : `tip.indicators[${index}]`;
}

export interface ExtendValues {
  until: string;
  reason: string;
  approver: string;
  documentNumber: string;
  documentDate: string;
}

/** The ExtendTipRequest of extension number 1 or 2 (the second carries the procuracy's approval). */
export function extendRequest(v: ExtendValues, number: number): { body: Record<string, unknown> | null; local: LocalError[] } {
  const local: LocalError[] = [];
  const until = parseDay(v.until);
  if (until === undefined) {
    local.push(['until', 'tips.badDate']);
  }
  if (!v.reason.trim()) {
    local.push(['reason', 'tips.required']);
  }
  const body: Record<string, unknown> = { reason: v.reason.trim() };
  if (until) {
    body.until = until;
  }
  if (number === 2) {
    const date = parseDay(v.documentDate);
    if (!date) {
      local.push(['procuracy_approval.document_date', date === null ? 'tips.required' : 'tips.badDate']);
    }
    body.procuracyApproval = { approver: v.approver.trim(), documentNumber: v.documentNumber.trim(), documentDate: date };
  }
  return { body: local.length ? null : body, local };
}

export type DecisionKind = '' | 'prosecute' | 'notProsecute' | 'suspend';

export interface DecideValues {
  kind: string;
  article: string;
  clause: string;
  leadUnit: string;
  caseTitle: string;
  ground: string;
  reasons: string;
  suspensionGround: string;
  note: string;
}

/** The DecideTipRequest for the kind chosen: exactly one of prosecute, notProsecute and suspend. */
export function decideRequest(v: DecideValues): { body: Record<string, unknown> | null; local: LocalError[] } {
  const local: LocalError[] = [];
  if (v.kind === 'prosecute') {
    if (!v.article) {
      local.push(['prosecute.penal_code_article', 'tips.required']);
    }
    if (!v.clause) {
      local.push(['prosecute.clause', 'tips.required']);
    }
    const prosecute: Record<string, unknown> = { penalCodeArticle: Number(v.article), clause: Number(v.clause) };
    if (v.leadUnit.trim()) {
      prosecute.leadUnit = v.leadUnit.trim();
    }
    if (v.caseTitle.trim()) {
      prosecute.caseTitle = v.caseTitle.trim();
    }
    return { body: local.length ? null : { prosecute }, local };
  }
  if (v.kind === 'notProsecute') {
    if (!v.ground) {
      local.push(['not_prosecute.ground', 'tips.required']);
    }
    if (!v.reasons.trim()) {
      local.push(['not_prosecute.reasons', 'tips.required']);
    }
    const notProsecute = { ground: v.ground as NonProsecutionGround, reasons: v.reasons.trim() };
    return { body: local.length ? null : { notProsecute }, local };
  }
  if (v.kind === 'suspend') {
    if (!v.suspensionGround) {
      local.push(['suspend.ground', 'tips.required']);
    }
    const suspend = { ground: v.suspensionGround as SuspensionGround, note: v.note.trim() };
    return { body: local.length ? null : { suspend }, local };
  }
  return { body: null, local: [['outcome', 'tips.required']] };
}

/** The statistics' period typed as dd/mm/yyyy, both days required. */
export function statisticsRange(from: string, to: string): { from: string; to: string } | LocalError[] {
  const [first, last] = [parseDay(from), parseDay(to)];
  const local: LocalError[] = [];
  if (!first) {
    local.push(['from', first === null ? 'tips.required' : 'tips.badDate']);
  }
  if (!last) {
    local.push(['to', last === null ? 'tips.required' : 'tips.badDate']);
  }
  return first && last ? { from: first, to: last } : local;
}

/** The default period of the statistics: from 1 January of this year to today. */
export function defaultRange(today: string): { from: string; to: string } {
  return { from: today.slice(0, 4) + '-01-01', to: today };
}

// ---- statistics

export interface StatisticsRow {
  key: string;
  count: number;
  labelVi?: string;
  labelEn?: string;
}

export function countsOf(counts: readonly TipCount[] | undefined): StatisticsRow[] {
  return (counts ?? []).map((c) => ({ key: c.key ?? '', count: Number(c.count ?? 0), labelVi: c.labelVi,
    labelEn: c.labelEn }));
}

/** The table and chart of the statistics: every modus operandi (zeros too), their total and the largest count. */
export function statisticsView(s: TipStatistics): { total: number; rows: StatisticsRow[]; max: number; counted: StatisticsRow[] } {
  const rows = countsOf(s.byModusOperandi);
  return {
    total: Number(s.total ?? 0),
    rows,
    max: Math.max(1, ...rows.map((r) => r.count)),
    counted: rows.filter((r) => r.count > 0),
  };
}

/** The width of a bar in per cent of the largest count, one decimal. */
export function barWidth(count: number, max: number): string {
  return ((count / Math.max(1, max)) * 100).toFixed(1) + '%';
}

// ---- units

/** The units to suggest for a unit field: the user's own first, then the others in the registry's order. */
export function unitChoices(units: readonly Unit[], own: string): Unit[] {
  const mine = units.find((u) => u.code === own) ?? (own ? { code: own } : null);
  return [...(mine ? [mine] : []), ...units.filter((u) => u.code !== own)];
}

/** The bodies that may petition for prosecution (CPC Art. 144(4)): the registry's state bodies only. */
export function petitioningChoices(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.stateBody === true);
}
