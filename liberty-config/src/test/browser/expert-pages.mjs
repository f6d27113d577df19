// Page objects of the evaluation experts (专家入库申请, 专家库, 专家抽取): each knows the stable element
// ids of one page.

/** An 18-character resident ID of 麻城市 with a valid check character (GB 11643), born in 1985. */
export function residentId(random = crypto.randomUUID().replace(/-/g, '')) {
  const digits = random.replace(/[^0-9]/g, '').padEnd(8, '7');
  const month = String(1 + (Number(digits.slice(0, 2)) % 12)).padStart(2, '0');
  const day = String(1 + (Number(digits.slice(2, 4)) % 28)).padStart(2, '0');
  const body = `4211811985${month}${day}${digits.slice(4, 7)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** The same ID with a wrong check character. */
export function wrongCheck(id) {
  const last = id.slice(-1);
  return id.slice(0, -1) + (last === '1' ? '2' : '1');
}

/**
 * Types a date into a vaadin-date-picker; on a phone its calendar opens over the page with the
 * typed day focused, which is tapped, as a finger would.
 */
async function typeDate(page, selector, value) {
  const input = page.locator(`${selector} input`);
  await input.fill(value);
  // on a loaded machine the calendar may open a moment (seconds, once) after the typing: watch for
  // it for 3 s after it was last seen, tapping the typed day whenever it is open, or it opens over
  // the page after the check and covers what the journey taps next
  const opened = page.locator(`${selector}[opened]`);
  let quietSince = performance.now();
  while (performance.now() - quietSince < 3_000) {
    await opened.waitFor({ state: 'attached', timeout: 500 }).catch(() => {});
    if (await opened.count() > 0) {
      await page.locator('vaadin-month-calendar [part~="focused"]').first().click({ timeout: 5_000 }).catch(() => {});
      await opened.waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
      quietSince = performance.now();
    }
  }
  await opened.waitFor({ state: 'detached' });
}

/** Ticks a vaadin-checkbox through its label, as a finger would. */
async function tick(page, selector) {
  await page.locator(`${selector} > label`).click();
  await page.waitForFunction((s) => document.querySelector(s).checked === true, selector);
}

/** The error text a Vaadin field shows below itself. */
async function fieldError(page, id) {
  const field = page.locator(`#${id}[invalid]`);
  await field.waitFor({ state: 'attached' });
  return (await page.locator(`#${id} > [slot="error-message"]`).innerText()).trim();
}

export class ExpertApplyPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async expectOpen() {
    await this.page.waitForURL((url) => url.pathname.endsWith('/experts/apply'));
    await this.page.locator('#expert-apply-form').waitFor({ state: 'visible' });
  }

  async fill({ name, id, phone, employer, title, certificate, number, validUntil, conflicts }) {
    const p = this.page;
    await p.locator('#expert-name input').fill(name);
    await p.locator('#expert-resident-id input').fill(id);
    await p.locator('#expert-phone input').fill(phone);
    await p.locator('#expert-employer input').fill(employer);
    await p.locator('#expert-title input').fill(title);
    await p.locator('#expert-certificate-name-0 input').fill(certificate);
    await p.locator('#expert-certificate-number-0 input').fill(number);
    await typeDate(p, '#expert-certificate-until-0', validUntil);
    await p.locator('#expert-conflicts textarea').fill(conflicts);
    await tick(p, '#expert-declaration');
  }

  async setId(id) {
    await this.page.locator('#expert-resident-id input').fill(id);
  }

  /** Picks a specialty by its code (typed into the choice, then its item). */
  async chooseSpecialty(code) {
    const input = this.page.locator('#expert-specialties input');
    await input.click();
    await input.fill(code);
    await this.page.locator('vaadin-multi-select-combo-box-item', { hasText: code }).first().click();
    await input.press('Escape');
    await this.page.locator('#expert-specialties[opened]').waitFor({ state: 'detached' });
  }

  async submit() {
    await this.page.locator('#expert-apply-submit').click();
  }

  async errorAt(id) {
    return fieldError(this.page, id);
  }

  /** The application number of the confirmation. */
  async confirmedNumber() {
    const number = this.page.locator('#expert-application-number');
    await number.waitFor({ state: 'visible' });
    return (await number.innerText()).trim();
  }
}

/** 查看我的评标记录 (/experts/me): an expert of the pool asks for the link to the own record. */
export class ExpertAccessPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  /** From the application page's link, as a visitor would. */
  async openFromApplyPage() {
    await this.page.locator('#expert-apply-me-link').click();
    await this.expectOpen();
  }

  async expectOpen() {
    await this.page.waitForURL((url) => url.pathname.endsWith('/experts/me'));
    await this.page.locator('#expert-access-form').waitFor({ state: 'visible' });
  }

  /** Sends the details and answers the words shown (the same whether or not they match). */
  async request(id, phone) {
    await this.page.locator('#expert-access-resident-id input').fill(id);
    await this.page.locator('#expert-access-phone input').fill(phone);
    await this.page.locator('#expert-access-submit').click();
    const sent = this.page.locator('#expert-access-sent');
    await sent.waitFor({ state: 'visible' });
    return (await sent.innerText()).trim();
  }
}

export class ExpertPoolPage {
  constructor(page) {
    this.page = page;
  }

  /** Through the drawer, as an officer would. */
  async openFromMenu() {
    await this.page.locator('#drawer-toggle').click();
    await this.page.locator('#nav-console-experts').click();
    await this.page.waitForURL((url) => url.pathname.endsWith('/console/experts'));
    await this.page.locator('#experts-grid').waitFor({ state: 'visible' });
  }

  async expectTab(state) {
    await this.page.locator(`#expert-state-${state}[selected]`).waitFor({ state: 'attached' });
  }

  async count(state) {
    return Number((await this.page.locator(`#expert-count-${state}`).innerText()).trim());
  }

  card(name) {
    return this.page.locator('#experts-grid .case-card').filter({ hasText: name });
  }

  async stateOf(name) {
    const badge = this.card(name).locator('.status-badge');
    await badge.waitFor({ state: 'visible' });
    return (await badge.innerText()).trim();
  }

  async open(name) {
    await this.card(name).locator('a.case-number').click();
    await this.page.waitForURL((url) => /\/console\/experts\/[^/]+$/.test(url.pathname));
    await this.page.locator('#expert-sheet').waitFor({ state: 'visible' });
  }
}

export class ExpertSheetPage {
  constructor(page) {
    this.page = page;
  }

  async state() {
    return (await this.page.locator('#expert-sheet-state').innerText()).trim();
  }

  async reveal() {
    await this.page.locator('#expert-reveal').click();
    await this.page.locator('#expert-reveal-audited').waitFor({ state: 'visible' });
    return (await this.page.locator('#expert-identity-resident-id').innerText()).trim();
  }

  /** Takes a decision through its dialog (with a reason when given); waits for the state it leads to. */
  async decide(kind, reason, expectedState) {
    await this.page.locator(`#expert-decision-${kind}`).click();
    await this.page.locator('#expert-decision-confirm').waitFor({ state: 'visible' });
    if (reason) {
      await this.page.locator('#expert-decision-reason textarea').fill(reason);
    }
    await this.page.locator('#expert-decision-confirm').click();
    await this.page.locator('#expert-decision-confirm').waitFor({ state: 'detached' });
    await this.page.locator('#expert-sheet-state', { hasText: expectedState }).waitFor({ state: 'visible' });
  }

  async back() {
    await this.page.locator('#expert-back').click();
    await this.page.waitForURL((url) => url.pathname.endsWith('/console/experts'));
    await this.page.locator('#experts-grid').waitFor({ state: 'visible' });
  }
}

export class ExpertDrawsPage {
  constructor(page) {
    this.page = page;
  }

  async openFromMenu() {
    await this.page.locator('#drawer-toggle').click();
    await this.page.locator('#nav-console-expert-draws').click();
    await this.page.waitForURL((url) => url.pathname.endsWith('/console/expert-draws'));
    await this.page.locator('#expert-draws-list').waitFor({ state: 'attached' });
  }

  /** Fills a new request: one specialty and its count, the evaluation's day and time, the place. */
  async request({ sectionCode, sectionName, tenderer, specialty, count, day, time, place }) {
    const p = this.page;
    await p.locator('#draw-request-new vaadin-details-summary').click();
    await p.locator('#draw-request-form').waitFor({ state: 'visible' });
    await p.locator('#draw-request-section-code input').fill(sectionCode);
    await p.locator('#draw-request-section-name input').fill(sectionName);
    await p.locator('#draw-request-tenderer input').fill(tenderer);
    const choice = p.locator('#draw-quota-specialty-0 input');
    await choice.click();
    await choice.fill(specialty);
    await p.locator('vaadin-combo-box-item', { hasText: specialty }).first().click();
    await p.locator('#draw-quota-count-0 input').fill(String(count));
    await typeDate(p, '#draw-request-start [slot="date-picker"]', day);
    const clock = p.locator('#draw-request-start [slot="time-picker"] input');
    await clock.fill(time);
    await clock.press('Enter');
    await p.locator('#draw-request-start [slot="time-picker"][opened]').waitFor({ state: 'detached' });
    await p.locator('#draw-request-place input').fill(place);
    await p.locator('#draw-request-submit').click();
  }

  /** The text shown at the specialties after a refusal. */
  async quotaError() {
    const error = this.page.locator('#draw-quota-error');
    await error.waitFor({ state: 'visible' });
    return (await error.innerText()).trim();
  }
}
