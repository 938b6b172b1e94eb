// @vitest-environment happy-dom
import { html, render } from 'lit';
import { beforeEach, describe, expect, it } from 'vitest';
import { addMessages, setLanguage } from '../../shared/i18n';
import { alert, input, newForm, select, type FormState } from './form';

addMessages('common', { fixFields: 'Sửa các trường.', failed: 'Không thành công.' },
  { fixFields: 'Fix the fields.', failed: 'Failed.' });

function draw(form: FormState): HTMLElement {
  const host = document.createElement('div');
  render(html`<form>${alert(form, 'f-message', ['case.lead_unit', 'case.clause'])}
    ${input(form, { id: 'lead', name: 'leadUnit', field: 'case.lead_unit', label: 'Đơn vị', hint: 'Mã đơn vị' })}
    ${select(form, { id: 'clause', name: 'clause', field: 'case.clause', label: 'Khoản' },
      [{ value: '1', label: '1' }, { value: '2', label: '2' }])}</form>`, host);
  document.body.replaceChildren(host);
  return host;
}

describe('the case forms', () => {
  beforeEach(() => setLanguage('vi'));

  it('show a field error next to its field, in the current language, and keep what was typed', () => {
    const form = newForm({ leadUnit: 'cong-an-tinh', clause: '2' });
    form.errors = [{ field: 'case.lead_unit', vi: 'Chỉ đơn vị của mình.', en: 'Own unit only.' }];
    form.failure = { status: 400, problem: null };
    let host = draw(form);

    const error = host.querySelector<HTMLElement>('#lead-error')!;
    expect(error.hidden).toBe(false);
    expect(error.textContent).toBe('Chỉ đơn vị của mình.');
    const control = host.querySelector<HTMLInputElement>('#lead')!;
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(control.getAttribute('aria-describedby')).toBe('lead-hint lead-error');
    expect(control.value).toBe('cong-an-tinh');
    expect(host.querySelector<HTMLElement>('#clause-error')!.hidden).toBe(true);
    expect(host.querySelector<HTMLSelectElement>('#clause')!.value).toBe('2');
    expect(host.querySelector('#f-message')!.textContent).toBe('Sửa các trường.');

    control.value = 'cong-an-tinh-pa05';
    control.dispatchEvent(new Event('input'));
    setLanguage('en');
    host = draw(form);
    expect(host.querySelector('#lead-error')!.textContent).toBe('Own unit only.');
    expect(host.querySelector<HTMLInputElement>('#lead')!.value).toBe('cong-an-tinh-pa05');
  });

  it('put errors no field shows, or the server\'s words, in the alert', () => {
    const form = newForm({ leadUnit: '', clause: '1' });
    form.errors = [{ field: 'case.tip_ids[0]', vi: 'Đã thuộc vụ án khác.', en: 'In another case.' }];
    form.failure = { status: 400, problem: null };
    expect(draw(form).querySelector('#f-message')!.textContent).toBe('case.tip_ids[0]: Đã thuộc vụ án khác.');

    form.errors = [];
    form.failure = { status: 403, problem: { detailVi: 'Không có quyền.', detailEn: 'Not allowed.' } };
    expect(draw(form).querySelector('#f-message')!.textContent).toBe('Không có quyền.');

    form.failure = null;
    expect(draw(form).querySelector('#f-message')).toBeNull();
  });
});
