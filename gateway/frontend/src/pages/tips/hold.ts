// The urgent hold section of a tip's page (#/tips/<id>): the holds sent on the tip, with their status, validity and
// clocks, and — for police investigators and leaders, on a tip still undecided and in no case — the form that asks a
// bank to suspend the receiving account (case-service's UrgentHoldService).
import { html, nothing, type TemplateResult } from 'lit';
import { get, getAll, type Result } from '../../shared/api';
import { t } from '../../shared/i18n';
import type { Tip } from '../../generated/tip';
import type { UrgentHold } from '../../generated/cases';
import type { ListUnitsResponse, Unit } from '../../generated/report';
import type { FormState } from '../cases/form';
import { mayAskHold, mayReadHolds } from '../urgent/logic';
import { holdForm, holdTable, newHoldForm } from '../urgent/view';
import { failure, shell, user } from './view';

interface HoldState {
  tipId: string;
  holds: Result<UrgentHold[]> | null;
  form: FormState;
  flash: boolean;
}

let state: HoldState | null = null;
let banks: Unit[] | null = null;
let banksLoading = false;

function loadBanks(): void {
  if (banks || banksLoading) {
    return;
  }
  banksLoading = true;
  void get<ListUnitsResponse>('/api/v1/units', { kind: 'bank' }).then((result) => {
    banksLoading = false;
    banks = result.ok ? result.body?.units ?? [] : [];
    shell.redraw();
  });
}

async function loadHolds(current: HoldState): Promise<void> {
  const result = await getAll<UrgentHold>('/api/v1/cases/urgent-holds', { tipId: current.tipId },
    (page) => page.urgentHolds as UrgentHold[]);
  if (state === current) {
    current.holds = result;
    shell.redraw();
  }
}

/** The section, for the roles that read urgent holds; nothing for the others. */
export function urgentHoldSection(tip: Tip): TemplateResult | typeof nothing {
  const me = user();
  if (!tip.id || !mayReadHolds(me)) {
    return nothing;
  }
  if (state?.tipId !== tip.id) {
    state = { tipId: tip.id, holds: null, form: newHoldForm(tip), flash: false };
    void loadHolds(state);
  }
  const current = state;
  const ask = mayAskHold(tip, me);
  if (ask) {
    loadBanks();
  }
  const holds = current.holds;
  return html`<section class="tip-section" id="tip-urgent-holds" aria-labelledby="tip-urgent-title">
    <h4 id="tip-urgent-title">${t('urgent.title')}</h4>
    <p class="hint">${t('urgent.intro')}</p>
    ${current.flash ? html`<p class="tips-alert ok" id="urgent-message" role="status">${t('urgent.sent')}</p>` : nothing}
    ${!holds ? html`<p class="muted">${t('common.loading')}</p>` : !holds.ok ? failure(holds, 'urgent-list-error')
      : holdTable('tip-urgent-table', holds.body, banks, true)}
    ${ask ? holdForm(current.form, tip, banks, shell.redraw, () => {
      current.form = newHoldForm(tip);
      current.flash = true;
      void loadHolds(current);
    }) : nothing}
  </section>`;
}
