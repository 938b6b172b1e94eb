// The bank's report of onward transfers, as the freeze request's page builds it from its form: one row per transfer,
// each checked for what the page can tell itself (an amount that is no number, a time that is no time) before
// anything is sent; case-service checks the rest, and writes the whole report or none of it.
import { parseDong } from '../cases/logic';
import { parseVietnamTime } from './logic';

/** The empty values of row {@code i} of the form. */
export function onwardRow(i: number): Record<string, string> {
  return { [`amount-${i}`]: '', [`at-${i}`]: '', [`account-${i}`]: '', [`bank-${i}`]: '', [`reference-${i}`]: '' };
}

export interface OnwardTransferBody {
  amount: { dong: string };
  transferredAt: string;
  toAccountNumber: string;
  toBank: string;
  reference: string;
}

/**
 * The request body from the form's {@code rows} rows, or the fields the page refuses itself (by the request's field
 * names, so the errors sit where the server's would).
 */
export function onwardBody(values: Record<string, string>, rows: number):
  { body: { transfers: OnwardTransferBody[] } } | { local: { field: string; key: string }[] } {
  const local: { field: string; key: string }[] = [];
  const transfers: OnwardTransferBody[] = [];
  for (let i = 0; i < rows; i++) {
    const dong = parseDong(values[`amount-${i}`] ?? '');
    const at = parseVietnamTime(values[`at-${i}`] ?? '');
    if (dong == null) {
      local.push({ field: `transfers[${i}].amount`, key: 'freeze.onward.amountInvalid' });
    }
    if (at == null) {
      local.push({ field: `transfers[${i}].transferred_at`, key: 'freeze.onward.atInvalid' });
    }
    transfers.push({
      amount: { dong: String(dong ?? 0) },
      transferredAt: at ?? '',
      toAccountNumber: (values[`account-${i}`] ?? '').replace(/[\s.]+/g, ''),
      toBank: values[`bank-${i}`] ?? '',
      reference: (values[`reference-${i}`] ?? '').trim(),
    });
  }
  return local.length > 0 ? { local } : { body: { transfers } };
}
