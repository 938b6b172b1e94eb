// The audit log as the auditors' page shows it: plain functions, tested without a browser.
import type { AuditAnchor, AuditEntry, VerifyAuditChainResponse } from '../../generated/audit';
import type { Query } from '../../shared/api';
import { ZONE } from '../../shared/format';
import { locale, type Language } from '../../shared/i18n';

/** The services that keep a log, by their name in /api/v1/audit/{service} (each service's lachan.api-name). */
export const AUDIT_SERVICES = ['tips', 'cases', 'reports', 'budget'] as const;
export type AuditService = (typeof AUDIT_SERVICES)[number];

/** Actions the page names in words; any other is shown as its code. */
export const KNOWN_ACTIONS = ['READ', 'CREATE', 'UPDATE', 'DELETE', 'DECIDE', 'APPROVE', 'REJECT', 'PAY', 'PUBLISH',
  'WITHDRAW', 'KEEP', 'VERIFY', 'MESSAGE', 'CORRECT', 'RESPOND', 'OVERRIDE'] as const;

export const PAGE_SIZE = 50;

export function isAuditService(value: string): value is AuditService {
  return (AUDIT_SERVICES as readonly string[]).includes(value);
}

export interface AuditFilters {
  actor: string;
  record: string;
}

/** The list request's query: filters trimmed (an empty one is left out), one page from token. */
export function listQuery(filters: AuditFilters, pageToken = ''): Query {
  return { actor: filters.actor.trim(), recordId: filters.record.trim(), pageSize: PAGE_SIZE, pageToken };
}

function idOf(entry: AuditEntry): bigint {
  return /^\d+$/.test(entry.id ?? '') ? BigInt(entry.id ?? '0') : 0n;
}

/**
 * The entries shown after one more page: each entry once, newest (highest id) first. The API pages by position in a
 * log that only grows at its head (and every read of it adds an entry), so the next page may repeat the last entries
 * of the one before; it never skips one.
 */
export function mergeEntries(shown: readonly AuditEntry[], page: readonly AuditEntry[]): AuditEntry[] {
  const byId = new Map<string, AuditEntry>();
  [...shown, ...page].forEach((entry) => byId.set(entry.id ?? '', entry));
  return [...byId.values()].sort((a, b) => {
    const [x, y] = [idOf(a), idOf(b)];
    return x === y ? 0 : x > y ? -1 : 1;
  });
}

/** An entry's moment in Vietnam's time, to the second: "2026-06-14T01:30:05Z" → "14/06/2026 08:30:05". */
export function formatAuditTime(at: string | undefined, lang: Language): string {
  if (!at) {
    return '';
  }
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) {
    return at;
  }
  const parts = Object.fromEntries(new Intl.DateTimeFormat(locale(lang), {
    timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The message key of an action's name, or null when the page knows no name for it. */
export function actionKey(action: string | undefined): string | null {
  return (KNOWN_ACTIONS as readonly string[]).includes(action ?? '') ? 'audit.action.' + action : null;
}

/**
 * Heads of the chain written down outside the system, one a line as "id hash" (or "id:hash", "id,hash"); blank lines
 * are skipped. Answers the anchors, or the number (from 1) of the first line that is no anchor.
 */
export function parseAnchors(text: string): { anchors: AuditAnchor[] } | { badLine: number } {
  const anchors: AuditAnchor[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') {
      continue;
    }
    const match = /^#?(\d{1,18})\s*[\s:,;]\s*([0-9a-fA-F]{64})$/.exec(line);
    if (!match || BigInt(match[1]) <= 0n) {
      return { badLine: i + 1 };
    }
    anchors.push({ id: match[1], hash: match[2].toLowerCase() });
  }
  return { anchors };
}

/** What a verification found, in the page's terms. */
export interface Verdict {
  intact: boolean;
  checked: string;
  /** The first broken entry (or the anchor the log no longer holds); empty when intact. */
  brokenId: string;
  headId: string;
  headHash: string;
}

export function verdict(response: VerifyAuditChainResponse): Verdict {
  const brokenId = response.firstBrokenId && response.firstBrokenId !== '0' ? response.firstBrokenId : '';
  return {
    intact: response.intact === true && brokenId === '',
    checked: response.entriesChecked ?? '0',
    brokenId,
    headId: response.head?.id ?? '0',
    headHash: response.head?.hash ?? '',
  };
}
