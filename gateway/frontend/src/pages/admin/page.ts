// Quản trị — mẫu báo cáo: the report templates administrators keep (#/admin), newest version of each, and the editor
// of one template (#/admin/templates/<kind or unit>, #/admin/templates/new): its indicators in order (code, labels
// in both languages, measure, required, source, duty), the hints for the free text and why this version is written.
// Saving writes a new version; a report already started keeps the version it was started on. Two administrators
// never overwrite each other: the version edited is sent and a stale one is refused (409), said plainly.
import { html, nothing, render, type TemplateResult } from 'lit';
import { failureText, get, send, type Problem, type Result } from '../../shared/api';
import { formatDateTime } from '../../shared/format';
import { addMessages, pick, t } from '../../shared/i18n';
import type { Page } from '../../shared/page';
import { INDICATOR_MEASURE, type ListReportTemplatesResponse, type ReportTemplate } from '../../generated/report';
import { alert, field, newForm, submitButton, textarea, type FormState } from '../cases/form';
import { changed, indicatorField, indicatorsOf, moved, newRow, rowsOf, SOURCES, type Row } from './logic';
import vi from './vi.json';
import en from './en.json';

addMessages('admin', vi, en);

interface Editor {
  appliesTo: string;
  isNew: boolean;
  loading: boolean;
  loadFailure: { status: number; problem: Problem | null } | null;
  template: ReportTemplate | null;
  rows: Row[];
  form: FormState;
  flash: string;
}

let host: HTMLElement | null = null;
let path: string[] = [];
let list: { loading: boolean; result: Result<ListReportTemplatesResponse> | null } | null = null;
let editor: Editor | null = null;

function redraw(): void {
  if (host) {
    draw(host);
  }
}

function failure(result: { status: number; problem: Problem | null }, id: string): TemplateResult {
  return html`<p class="tips-alert" role="alert" id=${id}>${failureText(result.status, result.problem, t)}</p>`;
}

// ---- the templates

async function loadList(): Promise<void> {
  const state = { loading: true, result: null as Result<ListReportTemplatesResponse> | null };
  list = state;
  redraw();
  const result = await get<ListReportTemplatesResponse>('/api/v1/reports/templates');
  if (list !== state) {
    return;
  }
  state.loading = false;
  state.result = result;
  redraw();
}

function listView(): TemplateResult {
  const result = list?.result;
  const templates = result?.ok ? [...(result.body.templates ?? [])]
    .sort((a, b) => (a.appliesTo ?? '').localeCompare(b.appliesTo ?? '')) : [];
  return html`
    <p class="tips-intro" id="admin-intro">${t('admin.intro')}</p>
    <p><a class="button" id="template-new-link" href="#/admin/templates/new">${t('admin.new')}</a></p>
    <div id="templates-results" aria-busy=${list?.loading ? 'true' : nothing}>
      ${!result ? html`<p class="muted">${t('common.loading')}</p>`
        : !result.ok ? failure(result, 'templates-error')
        : html`<div class="table-wrap"><table class="tips-table" id="templates-table">
          <caption class="sub">${t('admin.caption')}</caption>
          <thead><tr>
            <th scope="col">${t('admin.col.appliesTo')}</th>
            <th scope="col" class="num">${t('admin.col.version')}</th>
            <th scope="col" class="num">${t('admin.col.indicators')}</th>
            <th scope="col">${t('admin.col.note')}</th>
            <th scope="col">${t('admin.col.updated')}</th>
          </tr></thead>
          <tbody>${templates.map((tpl) => html`<tr id=${'template-row-' + tpl.appliesTo}>
            <td><a class="tip-link code" id=${'template-link-' + tpl.appliesTo}
              href=${'#/admin/templates/' + encodeURIComponent(tpl.appliesTo ?? '')}>${tpl.appliesTo}</a></td>
            <td class="num">${tpl.version}</td>
            <td class="num">${tpl.indicators?.length ?? 0}</td>
            <td>${tpl.changeNote}</td>
            <td class="nowrap">${tpl.audit?.updatedBy ?? tpl.audit?.createdBy ?? ''}
              <p class="sub">${formatDateTime(tpl.audit?.updatedAt ?? tpl.audit?.createdAt ?? '')}</p></td>
          </tr>`)}</tbody>
        </table></div>`}
    </div>`;
}

// ---- one template

function newEditor(appliesTo: string, isNew: boolean): Editor {
  return { appliesTo, isNew, loading: !isNew, loadFailure: null, template: null, rows: isNew ? [newRow()] : [],
    form: newForm({ appliesTo: isNew ? '' : appliesTo, hintVi: '', hintEn: '', note: '' }), flash: '' };
}

function read(state: Editor, template: ReportTemplate): void {
  state.template = template;
  state.rows = rowsOf(template);
  state.form.values.hintVi = template.narrativeHintVi ?? '';
  state.form.values.hintEn = template.narrativeHintEn ?? '';
  state.form.values.note = '';
}

async function loadTemplate(state: Editor): Promise<void> {
  state.loading = true;
  redraw();
  const result = await get<ReportTemplate>('/api/v1/reports/templates/' + encodeURIComponent(state.appliesTo));
  if (editor !== state) {
    return;
  }
  state.loading = false;
  if (result.ok) {
    read(state, result.body);
    state.loadFailure = null;
  } else {
    state.loadFailure = { status: result.status, problem: result.problem };
  }
  redraw();
}

async function save(state: Editor): Promise<void> {
  const form = state.form;
  const appliesTo = (state.isNew ? form.values.appliesTo : state.appliesTo).trim();
  const body = {
    version: state.template?.version ?? 0,
    indicators: indicatorsOf(state.rows),
    narrativeHintVi: form.values.hintVi.trim(),
    narrativeHintEn: form.values.hintEn.trim(),
    changeNote: form.values.note.trim(),
  };
  form.sending = true;
  state.flash = '';
  redraw();
  // a stale version is refused, so a retry of a lost answer is never a second version: no Idempotency-Key needed
  const result = await send<ReportTemplate>('PUT', '/api/v1/reports/templates/' + encodeURIComponent(appliesTo || '-'), body);
  form.sending = false;
  if (result.ok) {
    form.errors = [];
    form.failure = null;
    read(state, result.body);
    state.flash = t('admin.saved', { version: result.body.version ?? 0 });
    list = null;
    if (state.isNew) {
      state.isNew = false;
      state.appliesTo = result.body.appliesTo ?? appliesTo;
      location.hash = '#/admin/templates/' + encodeURIComponent(state.appliesTo);
    }
  } else {
    form.errors = result.problem?.errors ?? [];
    form.failure = { status: result.status, problem: result.problem };
  }
  redraw();
}

function text(state: Editor, row: Row, index: number, name: 'code' | 'labelVi' | 'labelEn' | 'duty',
  request: 'code' | 'label_vi' | 'label_en' | 'duty', label: string): TemplateResult {
  return field(state.form, { id: `ind-${index}-${request.replace('_', '-')}`, name, field: indicatorField(index, request), label },
    (invalid, describedBy) => html`<input id=${`ind-${index}-${request.replace('_', '-')}`} .value=${row[name]}
      autocomplete="off" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : nothing}
      @input=${(e: Event) => { row[name] = (e.target as HTMLInputElement).value; }}>`);
}

function choice(state: Editor, row: Row, index: number, name: 'measure' | 'source', label: string,
  options: readonly { value: string; label: string }[]): TemplateResult {
  return field(state.form, { id: `ind-${index}-${name}`, name, field: indicatorField(index, name), label },
    (invalid, describedBy) => html`<select id=${`ind-${index}-${name}`} aria-describedby=${describedBy}
      aria-invalid=${invalid ? 'true' : nothing}
      @change=${(e: Event) => { (row as unknown as Record<string, string>)[name] = (e.target as HTMLSelectElement).value; }}>
      ${options.map((o) => html`<option value=${o.value} .selected=${row[name] === o.value}>${o.label}</option>`)}
    </select>`);
}

function rowView(state: Editor, row: Row, index: number): TemplateResult {
  const move = (by: number) => (): void => {
    state.rows = moved(state.rows, index, by);
    redraw();
  };
  const remove = (): void => {
    state.rows = state.rows.filter((r) => r !== row);
    redraw();
  };
  const n = index + 1;
  return html`<fieldset class="indicator" id=${'ind-' + index}>
    <legend>${t('admin.indicator', { n })} <span class="code">${row.code}</span></legend>
    <div class="grid">
      ${text(state, row, index, 'code', 'code', t('admin.field.code'))}
      ${choice(state, row, index, 'measure', t('admin.field.measure'),
        [{ value: '', label: t('admin.field.choose') }, ...INDICATOR_MEASURE.map((m) => ({ value: m, label: t('admin.measure.' + m) }))])}
      ${text(state, row, index, 'labelVi', 'label_vi', t('admin.field.labelVi'))}
      ${text(state, row, index, 'labelEn', 'label_en', t('admin.field.labelEn'))}
      ${choice(state, row, index, 'source', t('admin.field.source'),
        SOURCES.map((s) => ({ value: s, label: t('admin.source.' + s) })))}
      ${text(state, row, index, 'duty', 'duty', t('admin.field.duty'))}
      <div class="field check"><label><input type="checkbox" id=${'ind-' + index + '-required'} .checked=${row.required}
        @change=${(e: Event) => { row.required = (e.target as HTMLInputElement).checked; }}> ${t('admin.field.required')}</label></div>
    </div>
    <div class="actions">
      <button type="button" class="button" id=${'ind-' + index + '-up'} ?disabled=${index === 0} @click=${move(-1)}
        aria-label=${t('admin.upLabel', { n })}>${t('admin.up')}</button>
      <button type="button" class="button" id=${'ind-' + index + '-down'} ?disabled=${index === state.rows.length - 1}
        @click=${move(1)} aria-label=${t('admin.downLabel', { n })}>${t('admin.down')}</button>
      <button type="button" class="button" id=${'ind-' + index + '-remove'} @click=${remove}
        aria-label=${t('admin.removeLabel', { n })}>${t('admin.remove')}</button>
    </div>
  </fieldset>`;
}

function editorView(state: Editor): TemplateResult {
  const back = html`<p class="back"><a href="#/admin" id="admin-back">${t('admin.back')}</a></p>`;
  if (state.loading) {
    return html`${back}<p class="muted">${t('common.loading')}</p>`;
  }
  if (state.loadFailure) {
    return html`${back}${state.loadFailure.status === 404
      ? html`<p class="tips-alert" role="alert" id="template-error">${t('admin.notFound')}</p>`
      : failure(state.loadFailure, 'template-error')}`;
  }
  const form = state.form;
  const stale = form.failure?.status === 409;
  const onSubmit = (event: Event): void => {
    event.preventDefault();
    void save(state);
  };
  const placed = ['applies_to', 'narrative_hint_vi', 'narrative_hint_en', 'change_note',
    ...state.rows.flatMap((_, i) => (['code', 'label_vi', 'label_en', 'measure', 'source', 'duty'] as const)
      .map((f) => indicatorField(i, f)))];
  return html`${back}
    <div class="tip-head"><div>
      <h3 class="tips-title" id="template-title">${state.isNew ? t('admin.newTitle')
        : t('admin.editTitle', { appliesTo: state.appliesTo })}</h3>
      ${state.template ? html`<p class="sub" id="template-version">${t('admin.version', { version: state.template.version ?? 0 })}
        · ${state.template.audit?.updatedBy ?? state.template.audit?.createdBy ?? ''}</p>` : nothing}
    </div></div>
    ${state.flash ? html`<p class="tips-alert success" id="template-message" role="status">${state.flash}</p>` : nothing}
    ${stale ? html`<p class="tips-alert" role="alert" id="template-stale">${t('admin.stale')}
      <button type="button" class="button" id="template-reload" @click=${() => {
        form.failure = null;
        void loadTemplate(state);
      }}>${t('admin.reload')}</button></p>` : nothing}
    <p class="tips-intro">${t('admin.editIntro')}</p>
    <form class="tips-form" id="template-form" novalidate @submit=${onSubmit}>
      ${stale ? nothing : alert(form, 'template-form-message', placed)}
      ${state.isNew ? html`<div class="grid">${field(form, { id: 'template-applies-to', name: 'appliesTo', field: 'applies_to',
        label: t('admin.field.appliesTo'), hint: t('admin.field.appliesToHint') }, (invalid, describedBy) => html`<input
          id="template-applies-to" .value=${form.values.appliesTo} autocomplete="off" aria-describedby=${describedBy}
          aria-invalid=${invalid ? 'true' : nothing}
          @input=${(e: Event) => { form.values.appliesTo = (e.target as HTMLInputElement).value; }}>`)}</div>` : nothing}
      <div id="template-indicators">${state.rows.map((row, index) => rowView(state, row, index))}</div>
      ${form.errors.filter((e) => e.field === 'indicators').map((e) => html`<p class="field-error" id="template-indicators-error">
        ${pick(e.vi ?? e.message, e.en ?? e.message)}</p>`)}
      <p><button type="button" class="button" id="indicator-add" @click=${() => {
        state.rows = [...state.rows, newRow()];
        redraw();
      }}>${t('admin.add')}</button></p>
      <div class="grid">
        ${textarea(form, { id: 'template-hint-vi', name: 'hintVi', field: 'narrative_hint_vi', label: t('admin.field.hintVi'),
          wide: true }, 2)}
        ${textarea(form, { id: 'template-hint-en', name: 'hintEn', field: 'narrative_hint_en', label: t('admin.field.hintEn'),
          wide: true }, 2)}
        ${textarea(form, { id: 'template-note', name: 'note', field: 'change_note', label: t('admin.field.note'),
          hint: t('admin.field.noteHint'), wide: true }, 2)}
      </div>
      <div class="actions">${submitButton('template-save', form, t('admin.save'))}
        ${state.template && !changed(state.template, state.rows) ? html`<span class="sub" id="template-unchanged">
          ${t('admin.unchanged')}</span>` : nothing}</div>
    </form>`;
}

// ---- the section

function draw(target: HTMLElement): void {
  const [first, second] = path;
  const body = !first ? listView()
    : first === 'templates' && second && editor ? editorView(editor)
    : html`<p class="tips-alert" role="alert">${t('common.notFound')}</p>`;
  render(html`<div class="tips admin">${body}</div>`, target);
}

function enter(): void {
  const [first, second] = path;
  if (!first) {
    if (!list) {
      void loadList();
    }
    return;
  }
  if (first === 'templates' && second) {
    const isNew = second === 'new';
    if (!editor || (!isNew && editor.appliesTo !== second) || (isNew && !editor.isNew)) {
      editor = newEditor(isNew ? '' : second, isNew);
      if (!isNew) {
        void loadTemplate(editor);
      }
    }
  }
}

export const page: Page = {
  render(target, route) {
    if (host !== target) {
      list = null;
      editor = null;
    }
    host = target;
    path = route;
    enter();
    draw(target);
  },
};
