// The citizens' pages (public.html): report a crime, anonymously if they wish (#/report), follow the tip with its
// tracking code and secret (#/track), and check a phone number, account or site (#/check). No login and no cookie:
// every call goes without one (app.ts). The language is the only thing kept in the browser's storage.
import { render } from 'lit';
import { addMessages, language, onLanguageChange, setLanguage, t } from '../shared/i18n';
import { clearFailure, focus, messageText, setRedraw } from './app';
import { checkView } from './check';
import { followHeading, followView } from './follow';
import { pageOf, PAGES, type PublicPage } from './logic';
import { loadModus, reportHeading, reportView } from './report';
import vi from './vi.json';
import en from './en.json';

addMessages('public', vi, en);

let page: PublicPage = 'report';

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) {
    throw new Error('public.html lacks #' + id);
  }
  return el as T;
}

/** The texts of the page's frame (header, tabs, footer), named by data-i18n and data-i18n-aria. */
function renderTexts(): void {
  document.documentElement.lang = language();
  document.title = t('public.docTitle.' + page);
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t('public.' + el.dataset.i18n);
  });
  document.querySelectorAll<HTMLElement>('[data-i18n-aria]').forEach((el) => {
    el.setAttribute('aria-label', t('public.' + el.dataset.i18nAria));
  });
  byId('lang-switch').lang = language() === 'vi' ? 'en' : 'vi';
}

function draw(): void {
  renderTexts();
  for (const p of PAGES) {
    byId('page-' + p).hidden = p !== page;
    const tab = byId('tab-' + p);
    if (p === page) {
      tab.setAttribute('aria-current', 'page');
    } else {
      tab.removeAttribute('aria-current');
    }
  }
  const message = byId('message');
  message.textContent = messageText();
  message.hidden = message.textContent === '';
  render(reportView(), byId('page-report'));
  render(followView(), byId('page-track'));
  render(checkView(), byId('page-check'));
}

function onRoute(): void {
  const next = pageOf(location.hash, page);
  if (next === page) {
    return;
  }
  page = next;
  clearFailure();
  draw();
  focus(page === 'report' ? reportHeading() : page === 'track' ? followHeading() : 'check-title');
}

function start(): void {
  page = pageOf(location.hash, page);
  setRedraw(draw);
  onLanguageChange(draw);
  byId('lang-switch').addEventListener('click', () => setLanguage(language() === 'vi' ? 'en' : 'vi'));
  byId('skip').addEventListener('click', (event) => {
    event.preventDefault(); // the hash names pages: the skip link moves the focus instead
    focus('main');
  });
  window.addEventListener('hashchange', onRoute);
  draw();
  void loadModus();
}

start();
