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

/**
 * Logs the account in on the login page; when its first login forces a password change, changes
 * the password to {@code next} and keeps it in the account. Answers whether the password changed.
 */
export async function logInChangingPassword(page, baseUrl, person, next) {
  const login = new LoginPage(page, baseUrl);
  await login.open();
  await login.logIn(person.login, person.password);
  if (!page.url().endsWith('/console/password')) {
    return false;
  }
  await new PasswordPage(page).change(person.password, next);
  person.password = next;
  return true;
}

export class ConsolePage {
  constructor(page) {
    this.page = page;
  }

  async expect(department, role) {
    await expectText(this.page, '#whoami-department', department);
    await expectText(this.page, '#whoami-roles', role);
  }

  /** From 1 November (the test server's day is in December): next year's notice is to be loaded. */
  async expectCalendarReminder(region, text) {
    await expectText(this.page, `#calendar-reminder-${region}`, text);
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

// Case register pages (console/cases, console/cases/{id})

export class CasesPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  /** Through the drawer, as an officer would. */
  async openFromMenu() {
    await this.page.locator('#drawer-toggle').click();
    await this.page.locator('#nav-console-cases').click();
    await this.page.waitForURL((url) => url.pathname.endsWith('/console/cases'));
    await this.page.locator('#cases-grid').waitFor({ state: 'visible' });
  }

  async chooseInbox(inbox) {
    await this.page.locator(`#inbox-${inbox}`).click();
    await this.page.locator(`#inbox-${inbox}[selected]`).waitFor({ state: 'attached' });
  }

  async register({ source, industry, title, summary, projectCode, projectName, respondent }) {
    await this.page.locator('#case-new').click();
    await this.page.locator('#register-dialog').waitFor({ state: 'attached' });
    await chooseIn(this.page, '#register-source', source);
    await chooseIn(this.page, '#register-industry', industry);
    await this.page.locator('#register-title input').fill(title);
    await this.page.locator('#register-summary textarea').fill(summary);
    await this.page.locator('#register-project-code input').fill(projectCode);
    await this.page.locator('#register-project-name input').fill(projectName);
    await this.page.locator('#register-respondent input').fill(respondent);
    await this.page.locator('#register-save').click();
    await this.page.waitForURL((url) => /\/console\/cases\/[^/]+$/.test(url.pathname));
  }

  /** The card of one case in the inbox (found by its number). */
  card(number) {
    return this.page.locator('#cases-grid .case-card').filter({ hasText: number });
  }

  async clockOf(number) {
    const state = this.card(number).locator('.clock-state');
    await state.waitFor({ state: 'visible' });
    return state.innerText();
  }

  async open(number) {
    await this.card(number).locator('a.case-number').click();
    await this.page.waitForURL((url) => /\/console\/cases\/[^/]+$/.test(url.pathname));
    await this.page.locator('#case-number').waitFor({ state: 'visible' });
  }
}

export class CaseDetailPage {
  constructor(page) {
    this.page = page;
  }

  async number() {
    return (await this.page.locator('#case-number').innerText()).trim();
  }

  async expectStatus(status) {
    await expectText(this.page, '#case-status', status);
  }

  async expectOwner(department) {
    await expectText(this.page, '#case-owner', department);
  }

  /** The visible state of a clock ("剩余1个工作日", "计时暂停", ...). */
  async clock(kind) {
    const state = this.page.locator(`#clock-${kind} .clock-state`);
    await state.waitFor({ state: 'visible' });
    return (await state.innerText()).trim();
  }

  async hasAction(action) {
    return (await this.page.locator(`#action-${action}`).count()) > 0;
  }

  /**
   * Takes an action through its dialog: {text, reason, decisionKind, decisionText} fill the inputs
   * the action's dialog shows; then waits for the status the action leads to.
   */
  async act(action, inputs, expectedStatus) {
    await this.page.locator(`#action-${action}`).click();
    await this.page.locator('#action-dialog-confirm').waitFor({ state: 'visible' });
    if (inputs.text !== undefined) {
      await this.page.locator('#field-text textarea').fill(inputs.text);
    }
    if (inputs.reason !== undefined) {
      await this.page.locator('#field-reason textarea').fill(inputs.reason);
    }
    if (inputs.decisionKind !== undefined) {
      await chooseIn(this.page, '#field-decision-kind', inputs.decisionKind);
      await this.page.locator('#field-decision-text textarea').fill(inputs.decisionText);
    }
    await this.page.locator('#action-dialog-confirm').click();
    await this.page.locator('#action-dialog-confirm').waitFor({ state: 'detached' });
    await this.expectStatus(expectedStatus);
  }

  /** The actions on the timeline, oldest first. */
  async timeline() {
    return this.page.locator('#case-timeline .timeline-event').evaluateAll(
      (items) => items.map((item) => item.getAttribute('data-action')));
  }

  /** Follows a document link and returns the downloaded file's name and first bytes. */
  async download(id, attempt = 1) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator(`#${id}`).click(),
    ]);
    if (await download.failure() === 'canceled' && attempt === 1) {
      // the browser dropped the download (seen once on a loaded 2-core machine right after a push
      // update of the page); a person would tap again: so does the test, once
      return this.download(id, 2);
    }
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) {
      chunks.push(chunk);
    }
    return { name: download.suggestedFilename(), head: Buffer.concat(chunks).subarray(0, 5).toString('latin1') };
  }
}

/** Picks the option with exactly this text in a vaadin-select. */
async function chooseIn(page, selector, text) {
  await page.locator(selector).click();
  const option = page.locator('vaadin-select-item').filter({ hasText: new RegExp(`^\\s*${escape(text)}\\s*$`) });
  await option.first().click();
  await page.locator(`${selector}[opened]`).waitFor({ state: 'detached' });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
