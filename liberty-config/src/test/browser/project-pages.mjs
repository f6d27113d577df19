// Page objects of the register of projects that must be tendered (应进必进、应招必招): the register with
// its import, and one project with its alerts. Each knows the stable element ids of its page.

/** Waits for a vaadin-details to be open, opening it when it is not. */
async function openDetails(page, selector) {
  const details = page.locator(selector);
  await details.waitFor({ state: 'visible' });
  if ((await details.getAttribute('opened')) === null) {
    await details.locator('vaadin-details-summary').first().click();
    await page.locator(`${selector}[opened]`).waitFor({ state: 'attached' });
  }
}

/** The bytes of a download started by clicking {@code selector} (once more if the browser cancelled it). */
async function download(page, selector, attempt = 1) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  if (await file.failure() === 'canceled' && attempt === 1) {
    return download(page, selector, 2);
  }
  const chunks = [];
  for await (const chunk of await file.createReadStream()) {
    chunks.push(chunk);
  }
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

export class RegisterPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  /** Through the drawer, as an officer would. */
  async openFromMenu() {
    await this.page.locator('#drawer-toggle').click();
    await this.page.locator('#nav-console-project-register').click();
    await this.page.waitForURL((url) => url.pathname.endsWith('/console/project-register'));
    await this.page.locator('#project-list').waitFor({ state: 'visible' });
  }

  async openImport() {
    await openDetails(this.page, '#register-import');
  }

  /** The template of the chosen kind: { name, text }. */
  async template(kind) {
    return download(this.page, `#register-template-${kind}`);
  }

  /** Chooses the kind of file (0 the approved projects, 1 the recorded tenders) and waits for its header. */
  async chooseKind(index, header) {
    await this.page.locator('#register-import-kind vaadin-radio-button').nth(index).click();
    await this.page.locator('#register-import-header', { hasText: header }).waitFor({ state: 'visible' });
  }

  /** Imports a file ({ name, mimeType, buffer }) chosen through the browser's file chooser; answers the counts. */
  async importFile(file) {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.locator('#register-import-file [slot="add-button"]').click(),
    ]);
    await chooser.setFiles(file);
    await this.page.locator('#register-import-file-name').waitFor({ state: 'visible' });
    return this.submit();
  }

  /** Imports pasted text; answers the counts. */
  async importText(text) {
    await this.page.locator('#register-import-text textarea').fill(text);
    return this.submit();
  }

  async submit() {
    const before = await this.page.locator('#register-import-counts').count();
    if (before > 0) {
      await this.page.locator('#register-import-counts').evaluate((e) => e.setAttribute('data-old', 'true'));
    }
    await this.page.locator('#register-import-submit').click();
    await this.page.locator('#register-import-counts:not([data-old])').waitFor({ state: 'visible' });
    return (await this.page.locator('#register-import-counts').innerText()).trim();
  }

  /** The rejected lines of the last import: [{ line, message, field }]. */
  async rejected() {
    return this.page.locator('#register-import-rejected tbody tr').evaluateAll((rows) => rows.map((r) => ({
      line: Number(r.getAttribute('data-line')),
      message: r.children[1].textContent.trim(),
      field: r.children[2].textContent.trim(),
    })));
  }

  /** Opens the project of this code from the list. */
  async openProject(code) {
    const link = this.page.locator('#project-cards a', { hasText: code }).first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await this.page.waitForURL((url) => /\/console\/project-register\/[^/]+$/.test(url.pathname));
    await this.page.locator('#project-sheet').waitFor({ state: 'visible' });
  }
}

export class ProjectPage {
  constructor(page) {
    this.page = page;
  }

  /** The alerts shown: [{ id, kind, state, evidence }]. */
  async alerts() {
    await this.page.locator('#project-alerts .project-alert').first().waitFor({ state: 'visible' });
    return this.page.locator('#project-alerts .project-alert').evaluateAll((cards) => cards.map((c) => ({
      id: c.id,
      kind: c.getAttribute('data-kind'),
      state: c.getAttribute('data-state'),
      evidence: c.querySelector('.project-evidence')?.textContent.trim() ?? '',
    })));
  }

  /** Dismisses with a reason; first without one, which is refused at the reason. */
  async dismiss(cardId, reason) {
    await this.page.locator(`#${cardId}-dismiss`).click();
    await this.page.locator('#alert-dismiss-button').waitFor({ state: 'visible' });
    await this.page.locator('#alert-dismiss-button').click();
    await this.page.locator('#alert-dismiss-text[invalid]').waitFor({ state: 'attached' });
    await this.page.locator('#alert-dismiss-text textarea').fill(reason);
    await this.page.locator('#alert-dismiss-button').click();
    await this.page.locator('#alert-dismiss-button').waitFor({ state: 'detached' });
    await this.page.locator(`#${cardId}-state[data-state="DISMISSED"]`).waitFor({ state: 'visible' });
  }

  /** Opens a case from the alert; answers the case's number as its link shows it. */
  async openCase(cardId) {
    await this.page.locator(`#${cardId}-case`).click();
    await this.page.locator(`#${cardId}-state[data-state="CASE_OPENED"]`).waitFor({ state: 'visible' });
    return (await this.page.locator(`#${cardId}-case-link`).innerText()).trim();
  }

  async text(selector) {
    return (await this.page.locator(selector).innerText()).trim();
  }
}
