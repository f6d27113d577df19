// Page objects of the register of projects that must be tendered (应进必进、应招必招): the register with
// its import, and one project with its alerts. Each knows the stable element ids of its page.
import { ConsolePageObject, chooseFile, dismissWithReason, download, openDetails } from './console-pages.mjs';

export class RegisterPage extends ConsolePageObject {
  /** Through the drawer, as an officer would. */
  async openFromMenu() {
    await this.openThroughDrawer('console/project-register', '#project-list');
  }

  async openImport() {
    await openDetails(this.page, '#register-import');
  }

  /** The template of the chosen kind: { name, text }. */
  async template(kind) {
    const file = await download(this.page, `#register-template-${kind}`);
    return { name: file.name, text: file.bytes.toString('utf8') };
  }

  /** Chooses the kind of file (0 the approved projects, 1 the recorded tenders) and waits for its header. */
  async chooseKind(index, header) {
    await this.page.locator('#register-import-kind vaadin-radio-button').nth(index).click();
    await this.page.locator('#register-import-header', { hasText: header }).waitFor({ state: 'visible' });
  }

  /** Imports a file ({ name, mimeType, buffer }) chosen through the browser's file chooser; answers the counts. */
  async importFile(file) {
    await chooseFile(this.page, 'register-import-file', file, '#register-import-file-name');
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

export class ProjectPage extends ConsolePageObject {
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
    await dismissWithReason(this.page, cardId, 'alert-dismiss', reason);
  }

  /** Opens a case from the alert; answers the case's number as its link shows it. */
  async openCase(cardId) {
    await this.page.locator(`#${cardId}-case`).click();
    await this.page.locator(`#${cardId}-state[data-state="CASE_OPENED"]`).waitFor({ state: 'visible' });
    return this.text(`#${cardId}-case-link`);
  }
}
