import { html, render } from 'lit';
import { t } from '../../shared/i18n';
import type { Page } from '../../shared/page';
import { allowedSections } from '../../shell/sections';

/** Tổng quan: for now where to begin. */
export const page: Page = {
  render(target, _path, { user }) {
    const text = allowedSections(user).length > 0 ? t('shell.homeText') : t('shell.noSections');
    render(html`<p class="lead">${text}</p>`, target);
  },
};
