// The portal shell: who is signed in (GET /portal/me), what their roles may use, Vietnamese or English,
// and which page module draws the chosen section (src/pages/index.ts).
import { html, nothing, render } from 'lit';
import { cookie, request } from '../shared/api';
import { addMessages, has, language, onLanguageChange, setLanguage, t } from '../shared/i18n';
import type { Page, PortalUser } from '../shared/page';
import { PAGES } from '../pages/index';
import { allowedSections, parseRoute } from './sections';
import sharedVi from '../shared/vi.json';
import sharedEn from '../shared/en.json';
import vi from './vi.json';
import en from './en.json';

addMessages('common', sharedVi, sharedEn);
addMessages('shell', vi, en);

let user: PortalUser | null = null;
let loaded = false;
const loadedPages = new Map<string, Page>();
let shownSection: string | null = null;
let pageHost: HTMLElement | null = null;

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) {
    throw new Error('The portal page lacks #' + id);
  }
  return el as T;
}

function showMessage(key: string | null): void {
  const message = byId('message');
  message.dataset.key = key ?? '';
  message.textContent = key ? t('shell.' + key) : '';
  message.hidden = !key;
}

function renderTexts(): void {
  document.documentElement.lang = language();
  document.title = t('shell.docTitle');
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t('shell.' + el.dataset.i18n);
  });
  document.querySelectorAll<HTMLElement>('[data-i18n-aria]').forEach((el) => {
    el.setAttribute('aria-label', t('shell.' + el.dataset.i18nAria));
  });
  byId('lang-switch').lang = language() === 'vi' ? 'en' : 'vi';
  byId<HTMLAnchorElement>('login').href = '/oauth2/authorization/keycloak?lang=' + language(); // Keycloak's page in the same language
  const message = byId('message');
  if (!message.hidden && message.dataset.key) {
    message.textContent = t('shell.' + message.dataset.key);
  }
}

function roleName(role: string): string {
  return has('shell.role.' + role) ? t('shell.role.' + role) : role;
}

function renderUser(me: PortalUser): void {
  byId('user-name').textContent = me.name;
  byId('user-username').textContent = me.username;
  const unit = byId('user-unit');
  unit.textContent = me.unit;
  unit.className = 'code';
  render(me.roles.length === 0
    ? html`<li>${t('shell.noRoles')}</li>`
    : me.roles.map((role) => html`<li><span>${roleName(role)}</span><code>${role}</code></li>`),
  byId('user-roles'));
}

function currentSection(me: PortalUser): string | null {
  const wanted = parseRoute(location.hash)[0] ?? '';
  return allowedSections(me).includes(wanted) ? wanted : null;
}

function renderNav(me: PortalUser): void {
  const current = currentSection(me) ?? 'home';
  const entries = [{ id: 'home', label: t('shell.home') }]
    .concat(allowedSections(me).map((id) => ({ id, label: t('shell.section.' + id) })));
  render(entries.map((entry) => html`<li><a id=${'nav-' + entry.id} href=${'#/' + entry.id}
    aria-current=${current === entry.id ? 'page' : nothing}>${entry.label}</a></li>`), byId('nav-list'));
}

async function pageFor(id: string): Promise<Page | null> {
  const known = loadedPages.get(id);
  if (known) {
    return known;
  }
  const load = PAGES[id];
  if (!load) {
    return null;
  }
  const { page } = await load();
  loadedPages.set(id, page);
  return page;
}

function hostFor(section: string): HTMLElement {
  const body = byId('page-body');
  if (shownSection !== section || !pageHost) {
    // A fresh element per section: each page owns what it draws there.
    pageHost = document.createElement('div');
    body.replaceChildren(pageHost);
    shownSection = section;
  }
  return pageHost;
}

async function renderPage(me: PortalUser): Promise<void> {
  const section = currentSection(me) ?? 'home';
  const title = section === 'home' ? t('shell.home') : t('shell.section.' + section);
  byId('page-title').textContent = title;
  let page: Page | null;
  try {
    page = await pageFor(section);
  } catch {
    byId('page-body').hidden = true;
    byId('page-text').hidden = false;
    byId('page-text').textContent = t('shell.pageLoadError');
    return;
  }
  if ((currentSection(me) ?? 'home') !== section) {
    return; // the user moved on while the page loaded
  }
  byId('page-text').hidden = !!page;
  byId('page-body').hidden = !page;
  if (page) {
    page.render(hostFor(section), parseRoute(location.hash).slice(1), { language: language(), user: me });
  } else {
    byId('page-body').replaceChildren();
    shownSection = null;
    byId('page-text').textContent = t('shell.building');
  }
}

function renderAll(): void {
  renderTexts();
  byId('signed-in').hidden = !user;
  byId('logout-form').hidden = !user;
  byId('signed-out').hidden = !loaded || !!user;
  if (user) {
    renderUser(user);
    renderNav(user);
    void renderPage(user);
  }
}

async function loadUser(): Promise<void> {
  try {
    const answer = await request('/portal/me', { headers: { Accept: 'application/json' } });
    if (answer.ok) {
      user = (await answer.json()) as PortalUser;
    } else if (answer.status !== 401) {
      showMessage('loadError');
    }
  } catch {
    showMessage('loadError');
  }
  loaded = true;
}

function start(): void {
  const params = new URLSearchParams(location.search);
  if (params.has('login-error')) {
    showMessage('loginError');
    history.replaceState(null, '', '/' + location.hash);
  }
  byId('lang-switch').addEventListener('click', () => setLanguage(language() === 'vi' ? 'en' : 'vi'));
  onLanguageChange(renderAll);
  byId('logout-form').addEventListener('submit', () => {
    byId<HTMLInputElement>('logout-csrf').value = cookie('XSRF-TOKEN');
  });
  window.addEventListener('hashchange', renderAll);
  renderAll();
  void loadUser().then(renderAll);
}

start();
