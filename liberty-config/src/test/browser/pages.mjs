// Page objects of the journey: each knows the stable element ids of one page.

const ENTRANCES = ['complaint', 'report', 'tracking', 'credit', 'inspections'];

export class HomePage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open() {
    await this.page.goto(this.baseUrl, { waitUntil: 'domcontentloaded' });
  }

  async expectEntrances() {
    for (const key of ENTRANCES) {
      await this.page.locator(`#entrance-${key}`).waitFor({ state: 'visible' });
    }
  }

  /** The page links the manifest and its service worker gets activated. */
  async expectInstallable() {
    const manifest = await this.page.locator('link[rel="manifest"]').getAttribute('href');
    if (!manifest) {
      throw new Error('no web app manifest is linked');
    }
    const scope = await this.page.evaluate(() => Promise.race([
      navigator.serviceWorker.ready.then((registration) => registration.scope),
      new Promise((resolve) => setTimeout(() => resolve(null), 15000)),
    ]));
    if (!scope) {
      throw new Error('the service worker sw.js did not become active within 15 s');
    }
  }

  async openEntrance(key) {
    await this.page.locator(`#entrance-${key}`).click();
  }
}

export class ServicePage {
  constructor(page) {
    this.page = page;
  }

  async expectComingSoon(path, explanationContains) {
    await this.page.waitForURL((url) => url.pathname.endsWith('/' + path));
    await this.page.locator('#service-notice').waitFor({ state: 'visible' });
    const text = await this.page.locator('#service-explanation').innerText();
    if (!text.includes(explanationContains)) {
      throw new Error(`the ${path} page does not explain its rules (no "${explanationContains}")`);
    }
  }
}

export class LoginPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open() {
    await this.page.goto(this.baseUrl + 'login', { waitUntil: 'domcontentloaded' });
    await this.page.locator('#login-form input[name="username"]').waitFor({ state: 'visible' });
  }

  async logIn(login, password) {
    await this.page.locator('#login-form input[name="username"]').fill(login);
    await this.page.locator('#login-form input[name="password"]').fill(password);
    await this.page.locator('#login-form vaadin-button[slot="submit"]').click();
    const refused = this.page.locator('#login-form[error]');
    const outcome = await Promise.race([
      this.page.waitForURL((url) => /\/console(\/password)?$/.test(url.pathname)).then(() => 'in'),
      refused.waitFor({ state: 'attached' }).then(() => 'refused'),
    ]);
    if (outcome === 'refused') {
      const message = await refused.evaluate((form) => form.i18n?.errorMessage?.message ?? '');
      throw new Error(`the login of "${login}" was refused: ${message}`);
    }
  }
}

export class PasswordPage {
  constructor(page) {
    this.page = page;
  }

  async change(current, next) {
    await this.page.locator('#password-current input').fill(current);
    await this.page.locator('#password-new input').fill(next);
    await this.page.locator('#password-repeat input').fill(next);
    await this.page.locator('#password-save').click();
    await this.page.waitForURL((url) => url.pathname.endsWith('/console'));
  }
}

export class ConsolePage {
  constructor(page) {
    this.page = page;
  }

  async expect(department, role) {
    await expectText(this.page, '#whoami-department', department);
    await expectText(this.page, '#whoami-roles', role);
  }

  async switchLanguage() {
    await this.page.locator('#language-switch').click();
    await this.page.waitForEvent('load');
  }
}

async function expectText(page, selector, expected) {
  const locator = page.locator(selector);
  try {
    await locator.filter({ hasText: expected }).waitFor({ state: 'visible' });
  } catch (e) {
    const actual = await locator.innerText({ timeout: 2000 }).catch(() => '(absent)');
    throw new Error(`${selector} should contain "${expected}" but shows "${actual}"`);
  }
}

export class NotificationsPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open() {
    await this.page.goto(this.baseUrl + 'console/notifications', { waitUntil: 'domcontentloaded' });
    await this.page.locator('#notification-list').waitFor({ state: 'visible' });
    await this.page.locator('#notification-bell').waitFor({ state: 'visible' });
  }

  /** The bell's badge shows {@code n} (no badge for 0). */
  async expectUnread(n, timeout = 30_000) {
    await this.page.waitForFunction((expected) => {
      const badge = document.querySelector('#notification-count');
      const shown = badge && !badge.hidden && badge.offsetParent !== null ? badge.textContent.trim() : '0';
      return shown === String(expected);
    }, n, { timeout });
  }

  async expectItem(kind, timeout = 30_000) {
    await this.page.locator(`#notification-list .notification-item[data-kind="${kind}"]`).waitFor({ state: 'visible', timeout });
  }

  /** Leaves a mark in the page's window: a reload would wipe it. */
  async markPageAsLoaded() {
    await this.page.evaluate(() => { window.__notificationsPageMark = 'same page'; });
  }

  async expectNotReloaded() {
    const mark = await this.page.evaluate(() => window.__notificationsPageMark);
    if (mark !== 'same page') {
      throw new Error('the page was reloaded');
    }
  }
}
