// The portal shell: who is signed in (GET /portal/me), what their roles may use, Vietnamese or English.
// The browser never holds a token: the gateway keeps the session and relays the user's token to the API.
'use strict';

const TEXTS = {
  vi: {
    docTitle: 'Lá Chắn — Phòng, chống tội phạm công nghệ cao',
    plan: 'Kế hoạch tăng cường giải pháp phòng, chống tội phạm sử dụng công nghệ cao giai đoạn 2022 – 2026',
    langSwitch: 'English',
    langSwitchLabel: 'Chuyển sang tiếng Anh',
    login: 'Đăng nhập',
    logout: 'Đăng xuất',
    welcomeTitle: 'Cổng thông tin Lá Chắn',
    welcomeText: 'Dành cho cán bộ các cơ quan, đơn vị, địa phương và ngân hàng tham gia Kế hoạch: tin báo, '
      + 'vụ án, yêu cầu phong tỏa, báo cáo định kỳ và kinh phí. Đăng nhập bằng tài khoản được cấp để tiếp tục.',
    loginError: 'Đăng nhập không thành công. Vui lòng thử lại.',
    loadError: 'Không kết nối được với máy chủ. Vui lòng tải lại trang sau ít phút.',
    navTitle: 'Chức năng',
    userTitle: 'Tài khoản',
    username: 'Tên đăng nhập',
    unit: 'Đơn vị',
    roles: 'Vai trò',
    noRoles: 'Chưa được giao vai trò nào',
    home: 'Tổng quan',
    homeText: 'Chọn một chức năng trong danh mục bên trái để bắt đầu.',
    noSections: 'Tài khoản của bạn chưa được giao chức năng nào. Vui lòng liên hệ quản trị viên của đơn vị.',
    building: 'Chức năng này đang được xây dựng.',
    footer: 'Dữ liệu cá nhân được bảo vệ theo Nghị định 13/2023/NĐ-CP; mọi lượt truy cập đều được ghi nhật ký.',
    section: {
      tips: 'Tin báo, tố giác',
      cases: 'Vụ án',
      reports: 'Báo cáo định kỳ',
      budget: 'Kinh phí',
      freeze: 'Yêu cầu phong tỏa',
      audit: 'Nhật ký truy cập',
      admin: 'Quản trị',
    },
    role: {
      'tip-intake': 'Tiếp nhận tin báo',
      'investigator': 'Điều tra viên',
      'police-leader': 'Lãnh đạo Công an',
      'procurator': 'Kiểm sát viên',
      'judge': 'Thẩm phán',
      'report-submitter': 'Lập báo cáo',
      'report-reviewer': 'Duyệt báo cáo',
      'bank-liaison': 'Đầu mối ngân hàng',
      'budget-planner': 'Lập dự toán',
      'budget-spender': 'Chi tiêu',
      'budget-approver': 'Phê duyệt kinh phí',
      'auditor': 'Kiểm tra, giám sát',
      'reader-consolidated': 'Xem số liệu tổng hợp',
      'admin': 'Quản trị',
      'personal-data': 'Dữ liệu cá nhân',
    },
  },
  en: {
    docTitle: 'Lá Chắn — Against high-tech crime',
    plan: 'Plan to strengthen the prevention of crime using high technology, 2022 – 2026',
    langSwitch: 'Tiếng Việt',
    langSwitchLabel: 'Switch to Vietnamese',
    login: 'Sign in',
    logout: 'Sign out',
    welcomeTitle: 'Lá Chắn portal',
    welcomeText: 'For the staff of the agencies, units, localities and banks taking part in the plan: tips, '
      + 'cases, freeze requests, periodic reports and the budget. Sign in with the account you were given to continue.',
    loginError: 'Signing in did not succeed. Please try again.',
    loadError: 'The server cannot be reached. Please reload the page in a few minutes.',
    navTitle: 'Functions',
    userTitle: 'Account',
    username: 'Username',
    unit: 'Unit',
    roles: 'Roles',
    noRoles: 'No roles assigned yet',
    home: 'Overview',
    homeText: 'Choose a function from the menu on the left to begin.',
    noSections: 'Your account has not been given any function yet. Please contact your unit\'s administrator.',
    building: 'This function is being built.',
    footer: 'Personal data is protected under Decree 13/2023/ND-CP; every access is logged.',
    section: {
      tips: 'Tips',
      cases: 'Cases',
      reports: 'Periodic reports',
      budget: 'Budget',
      freeze: 'Freeze requests',
      audit: 'Access log',
      admin: 'Administration',
    },
    role: {
      'tip-intake': 'Tip intake',
      'investigator': 'Investigator',
      'police-leader': 'Police leader',
      'procurator': 'Procurator',
      'judge': 'Judge',
      'report-submitter': 'Report submitter',
      'report-reviewer': 'Report reviewer',
      'bank-liaison': 'Bank liaison',
      'budget-planner': 'Budget planner',
      'budget-spender': 'Budget spender',
      'budget-approver': 'Budget approver',
      'auditor': 'Auditor',
      'reader-consolidated': 'Consolidated figures',
      'admin': 'Administrator',
      'personal-data': 'Personal data',
    },
  },
};

// What each role may use. Only a convenience: every service checks the roles in the token again.
const SECTIONS = [
  { id: 'tips', roles: ['tip-intake', 'investigator', 'police-leader', 'procurator'] },
  { id: 'cases', roles: ['investigator', 'police-leader', 'procurator', 'judge'] },
  { id: 'reports', roles: ['report-submitter', 'report-reviewer', 'police-leader', 'reader-consolidated'] },
  { id: 'budget', roles: ['budget-planner', 'budget-spender', 'budget-approver', 'reader-consolidated', 'auditor'] },
  { id: 'freeze', roles: ['bank-liaison', 'investigator'] },
  { id: 'audit', roles: ['auditor'] },
  { id: 'admin', roles: ['admin'] },
];

const LANGUAGE_KEY = 'lachan.lang';
let language = storedLanguage();
let user = null;
let loaded = false;

function storedLanguage() {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch (e) {
    return 'vi';
  }
}

function t(key) {
  return TEXTS[language][key];
}

function byId(id) {
  return document.getElementById(id);
}

function cookie(name) {
  const found = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : '';
}

/** Calls the API with the session; state changes carry the CSRF token, as the gateway requires. */
function api(path, options = {}) {
  const method = (options.method || 'GET').toUpperCase();
  const headers = new Headers(options.headers || {});
  headers.set('Accept-Language', language);
  if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
    headers.set('X-XSRF-TOKEN', cookie('XSRF-TOKEN'));
  }
  return fetch(path, { ...options, method, headers, credentials: 'same-origin' });
}

function allowedSections() {
  const roles = new Set(user ? user.roles : []);
  return SECTIONS.filter((s) => s.roles.some((r) => roles.has(r)));
}

function showMessage(key) {
  const message = byId('message');
  message.dataset.key = key || '';
  message.textContent = key ? t(key) : '';
  message.hidden = !key;
}

function renderTexts() {
  document.documentElement.lang = language;
  document.title = t('docTitle');
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-aria]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAria));
  });
  byId('lang-switch').lang = language === 'vi' ? 'en' : 'vi';
  byId('login').href = '/oauth2/authorization/keycloak?lang=' + language; // Keycloak's page in the same language
  const message = byId('message');
  if (!message.hidden && message.dataset.key) {
    message.textContent = t(message.dataset.key);
  }
}

function renderUser() {
  byId('user-name').textContent = user.name;
  byId('user-username').textContent = user.username;
  const unit = byId('user-unit');
  unit.textContent = user.unit;
  unit.className = 'code';
  const roles = byId('user-roles');
  roles.replaceChildren();
  if (user.roles.length === 0) {
    const none = document.createElement('li');
    none.textContent = t('noRoles');
    roles.append(none);
  }
  user.roles.forEach((role) => {
    const item = document.createElement('li');
    const label = document.createElement('span');
    label.textContent = TEXTS[language].role[role] || role;
    const code = document.createElement('code');
    code.textContent = role;
    item.append(label, code);
    roles.append(item);
  });
}

// Sections with pages of their own register them here (tips.js): render(target, path, { language, user }).
const pages = {};

/** The hash route: '#/tips/new' → ['tips', 'new']; '#tips' works too. */
function route() {
  return location.hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '');
}

function currentSection() {
  const wanted = route()[0] || '';
  return allowedSections().find((s) => s.id === wanted) || null;
}

function renderNav() {
  const list = byId('nav-list');
  list.replaceChildren();
  const current = currentSection();
  const entries = [{ id: 'home', label: t('home') }]
    .concat(allowedSections().map((s) => ({ id: s.id, label: t('section')[s.id] })));
  entries.forEach((entry) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.id = 'nav-' + entry.id;
    link.href = '#/' + entry.id;
    link.textContent = entry.label;
    if ((current ? current.id : 'home') === entry.id) {
      link.setAttribute('aria-current', 'page');
    }
    item.append(link);
    list.append(item);
  });
}

function renderPage() {
  const section = currentSection();
  const page = section ? pages[section.id] : null;
  byId('page-text').hidden = !!page;
  byId('page-body').hidden = !page;
  if (page) {
    byId('page-title').textContent = t('section')[section.id];
    page.render(byId('page-body'), route().slice(1), { language, user });
  } else if (section) {
    byId('page-body').replaceChildren();
    byId('page-title').textContent = t('section')[section.id];
    byId('page-text').textContent = t('building');
  } else {
    byId('page-body').replaceChildren();
    byId('page-title').textContent = t('home');
    byId('page-text').textContent = allowedSections().length > 0 ? t('homeText') : t('noSections');
  }
}

function render() {
  renderTexts();
  byId('signed-in').hidden = !user;
  byId('logout-form').hidden = !user;
  byId('signed-out').hidden = !loaded || !!user;
  if (user) {
    renderUser();
    renderNav();
    renderPage();
  }
}

async function loadUser() {
  try {
    const answer = await api('/portal/me', { headers: { Accept: 'application/json' } });
    if (answer.ok) {
      user = await answer.json();
    } else if (answer.status !== 401) {
      showMessage('loadError');
    }
  } catch (e) {
    showMessage('loadError');
  }
  loaded = true;
}

function start() {
  const params = new URLSearchParams(location.search);
  if (params.has('login-error')) {
    showMessage('loginError');
    history.replaceState(null, '', '/' + location.hash);
  }
  byId('lang-switch').addEventListener('click', () => {
    language = language === 'vi' ? 'en' : 'vi';
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch (e) {
      // private browsing: the choice lasts for this page only
    }
    render();
  });
  byId('logout-form').addEventListener('submit', () => {
    byId('logout-csrf').value = cookie('XSRF-TOKEN');
  });
  window.addEventListener('hashchange', render);
  render();
  loadUser().then(render);
}

window.lachan = { api, pages, refresh: () => render() };
start();
