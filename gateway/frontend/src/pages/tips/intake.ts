// Tiếp nhận tin báo (#/tips/new): the intake form of a tip from any channel, with the scammers' indicators.
// What was typed stays through a redraw or a language switch; the server's field errors land next to their fields.
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FieldError } from '../../shared/api';
import { formatDateTime } from '../../shared/format';
import { fieldErrorText, focusFirstInvalid } from '../../shared/forms';
import { pick, t } from '../../shared/i18n';
import { CHANNEL, INDICATOR_TYPE, SOURCE_KIND, type IndicatorType, type Tip } from '../../generated/tip';
import { alert, field, input, localError, newForm, select, submit, submitButton, textarea,
  type FormState } from '../cases/form';
import { groupedDong, indicatorField, intakeRequest, type IndicatorRow, type IntakeValues } from './logic';
import { modusOperandi, shell, stateBodyList, unitList, user } from './view';

export interface IntakeState {
  form: FormState;
  rows: (IndicatorRow & { key: number })[];
  /** The rows whose indicators the last request carried, in its order: the server names them by that index. */
  sentRows: number[];
}

let nextKey = 0;

function row(type: IndicatorType = 'PHONE'): IndicatorRow & { key: number } {
  return { key: nextKey++, type, value: '' };
}

export function newIntake(): IntakeState {
  return {
    form: newForm({ channel: '', sourceKind: '', petitioningUnit: '', receivingUnit: user().unit,
      receivedAt: formatDateTime(new Date()), modus: '', narrative: '', loss: '', lastTransferAt: '' }),
    rows: [row()],
    sentRows: [],
  };
}

const FIELDS = ['tip.channel', 'tip.source_kind', 'tip.petitioning_unit', 'tip.receiving_unit', 'tip.received_at',
  'tip.modus_operandi', 'tip.narrative', 'tip.loss', 'tip.last_transfer_at', 'tip.indicators'];

function choices<T extends string>(codes: readonly T[], prefix: string): { value: string; label: string }[] {
  return [{ value: '', label: t('tips.choose') }, ...codes.map((c) => ({ value: c, label: t(prefix + c) }))];
}

/** The errors of one indicator row: those of its index in the last request (type or value). */
function rowErrors(state: IntakeState, index: number): FieldError[] {
  const name = indicatorField(state.sentRows, index);
  if (!name) {
    return [];
  }
  return state.form.errors.filter((e) => e.field === name || e.field.startsWith(name + '.'));
}

function indicatorRows(state: IntakeState): TemplateResult {
  const redraw = shell.redraw;
  const wholeList = state.form.errors.filter((e) => e.field === 'tip.indicators').map(fieldErrorText).join(' ');
  return html`<div class="indicator-rows" id="tip-indicators">
      ${repeat(state.rows, (r) => r.key, (r, i) => {
        const errors = rowErrors(state, i).map(fieldErrorText).join(' ');
        const errorId = `tip-indicator-value-${i}-error`;
        return html`<div class="indicator-row">
          <select id=${'tip-indicator-type-' + i} class="indicator-type" aria-label=${t('tips.form.indicatorType', { n: i + 1 })}
            @change=${(e: Event) => { r.type = (e.target as HTMLSelectElement).value as IndicatorType; }}>
            ${INDICATOR_TYPE.map((type) => html`<option value=${type} .selected=${type === r.type}>
              ${t('tips.indicator.' + type)}</option>`)}
          </select>
          <input id=${'tip-indicator-value-' + i} class="indicator-value" .value=${r.value} autocomplete="off"
            spellcheck="false" aria-label=${t('tips.form.indicatorValue', { n: i + 1 })} aria-describedby=${errorId}
            aria-invalid=${errors ? 'true' : nothing}
            @input=${(e: Event) => { r.value = (e.target as HTMLInputElement).value; }}>
          <button type="button" class="button subtle" id=${'tip-indicator-remove-' + i}
            aria-label=${t('tips.form.removeIndicatorLabel', { n: i + 1 })}
            @click=${() => {
              state.rows = state.rows.filter((other) => other !== r);
              state.sentRows = []; // the rows moved: the old answer's indices no longer fit
              redraw();
              document.getElementById('tip-add-indicator')?.focus();
            }}>${t('tips.form.removeIndicator')}</button>
          <p class="field-error" id=${errorId} ?hidden=${!errors}>${errors}</p>
        </div>`;
      })}
    </div>
    <p class="field-error" id="tip-indicators-error" data-field="tip.indicators" ?hidden=${!wholeList}>${wholeList}</p>
    <button type="button" class="button secondary" id="tip-add-indicator" @click=${() => {
      state.rows = [...state.rows, row()];
      redraw();
      document.getElementById(`tip-indicator-value-${state.rows.length - 1}`)?.focus();
    }}>${t('tips.form.addIndicator')}</button>`;
}

export function intakeView(state: IntakeState, created: (tip: Tip) => void): TemplateResult {
  const form = state.form;
  const v = form.values;
  const redraw = shell.redraw;
  const focus = (): void => {
    const element = document.getElementById('tip-form');
    if (element) {
      focusFirstInvalid(element);
    }
  };
  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const request = intakeRequest(v as unknown as IntakeValues, state.rows);
    if (request.local.length) {
      form.local = request.local.map(([name, key]) => localError(name, key));
      form.errors = [];
      form.failure = null;
      redraw();
      focus();
      return;
    }
    state.sentRows = request.sentRows;
    const result = await submit<Tip>(form, '/api/v1/tips', request.tip, redraw);
    if (result.ok && result.body?.id) {
      created(result.body);
    } else {
      focus();
    }
  };
  const modus = (modusOperandi ?? []).filter((m) => m.active !== false);
  const placed = [...FIELDS, ...state.sentRows.map((_, i) => `tip.indicators[${i}]`)];
  return html`
    <h3 class="tips-title">${t('tips.tab.new')}</h3>
    <p class="tips-intro">${t('tips.form.intro')}</p>
    ${alert(form, 'tip-form-message', placed)}
    <form id="tip-form" class="tips-form" novalidate @submit=${send}>
      <fieldset><legend>${t('tips.form.reception')}</legend><div class="grid">
        ${select(form, { id: 'tip-channel', name: 'channel', field: 'tip.channel', label: t('tips.form.channel') },
          choices(CHANNEL, 'tips.channel.'))}
        ${select(form, { id: 'tip-source-kind', name: 'sourceKind', field: 'tip.source_kind', label: t('tips.form.sourceKind') },
          choices(SOURCE_KIND, 'tips.sourceKind.'), redraw)}
        ${v.sourceKind === 'PETITION' ? input(form, { id: 'tip-petitioning-unit', name: 'petitioningUnit',
          field: 'tip.petitioning_unit', label: t('tips.form.petitioningUnit'), hint: t('tips.form.petitioningUnitHint') },
          { list: 'tip-state-bodies' }) : nothing}
        ${input(form, { id: 'tip-receiving-unit', name: 'receivingUnit', field: 'tip.receiving_unit',
          label: t('tips.form.receivingUnit'), hint: t('tips.form.receivingUnitHint') }, { list: 'tip-units' })}
        ${input(form, { id: 'tip-received-at', name: 'receivedAt', field: 'tip.received_at', label: t('tips.form.receivedAt'),
          hint: t('tips.form.receivedAtHint') }, { inputmode: 'numeric' })}
      </div></fieldset>
      <fieldset><legend>${t('tips.form.content')}</legend><div class="grid">
        ${select(form, { id: 'tip-modus', name: 'modus', field: 'tip.modus_operandi', label: t('tips.form.modus'), wide: true },
          [{ value: '', label: t('tips.choose') }, ...modus.map((m) => ({ value: m.code ?? '', label: pick(m.labelVi, m.labelEn) }))])}
        ${textarea(form, { id: 'tip-narrative', name: 'narrative', field: 'tip.narrative', label: t('tips.form.narrative'),
          hint: t('tips.form.narrativeHint'), wide: true }, 6)}
      </div></fieldset>
      <fieldset><legend>${t('tips.form.loss')}</legend><div class="grid">
        ${field(form, { id: 'tip-loss', name: 'loss', field: 'tip.loss', label: t('tips.form.lossDong') },
          (invalid, describedBy) => html`<input id="tip-loss" name="loss" .value=${v.loss} inputmode="numeric"
            autocomplete="off" placeholder="45.000.000" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : nothing}
            @input=${(e: Event) => { v.loss = (e.target as HTMLInputElement).value; }}
            @blur=${(e: Event) => { v.loss = groupedDong((e.target as HTMLInputElement).value); redraw(); }}>`)}
        ${input(form, { id: 'tip-last-transfer-at', name: 'lastTransferAt', field: 'tip.last_transfer_at',
          label: t('tips.form.lastTransferAt'), hint: t('tips.dateTimeHint') }, { inputmode: 'numeric' })}
      </div></fieldset>
      <fieldset><legend>${t('tips.form.indicators')}</legend>
        <p class="hint">${t('tips.form.indicatorsHint')}</p>
        ${indicatorRows(state)}
      </fieldset>
      ${unitList()}
      ${stateBodyList()}
      <div class="actions">${submitButton('tip-submit', form, t('tips.form.submit'))}</div>
    </form>`;
}
