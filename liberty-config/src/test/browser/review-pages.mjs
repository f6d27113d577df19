// Page objects of the tender-document review (招标文件审查): the list with the upload form, one review
// with its findings and notice. Each knows the stable element ids of its page.
import { ConsolePageObject, chooseFile, dismissWithReason, download, openDetails } from './console-pages.mjs';

export class ReviewsPage extends ConsolePageObject {
  /** Through the drawer, as an officer would. */
  async openFromMenu() {
    await this.openThroughDrawer('console/document-reviews', '#review-list');
  }

  /**
   * Fills the upload form with a document and its project ({ code, name, section, employer, agency,
   * estimate, file: { name, mimeType, buffer } }); {@link #submit} sends it.
   */
  async fill(project) {
    await openDetails(this.page, '#review-upload-new');
    await this.page.locator('#review-project-code input').fill(project.code);
    await this.page.locator('#review-project-name input').fill(project.name);
    await this.page.locator('#review-section-name input').fill(project.section);
    await this.page.locator('#review-employer input').fill(project.employer);
    await this.page.locator('#review-agency input').fill(project.agency);
    if (project.estimate) {
      await this.page.locator('#review-estimate input').fill(project.estimate);
    }
    await chooseFile(this.page, 'review-file', project.file);
  }

  /** Sends the filled form and waits for the review to open; answers its id. */
  async submit() {
    await this.page.locator('#review-upload-submit').click();
    await this.page.waitForURL((url) => /\/console\/document-reviews\/[^/]+$/.test(url.pathname));
    await this.page.locator('#review-sheet').waitFor({ state: 'visible' });
    return new URL(this.page.url()).pathname.split('/').pop();
  }
}

export class ReviewPage extends ConsolePageObject {
  async open(id) {
    await this.page.goto(`${this.baseUrl}console/document-reviews/${id}`, { waitUntil: 'domcontentloaded' });
    await this.page.locator('#review-sheet').waitFor({ state: 'visible' });
  }

  cards() {
    return this.page.locator('#review-finding-cards .review-finding');
  }

  /** The card of the finding of one rule (its data-rule). */
  card(rule) {
    return this.page.locator(`#review-finding-cards .review-finding[data-rule="${rule}"]`);
  }

  /** The findings shown: [{ id, rule, state, clause, marks: [text] }]. */
  async findings() {
    return this.cards().evaluateAll((cards) => cards.map((c) => ({
      id: c.id,
      rule: c.getAttribute('data-rule'),
      state: c.getAttribute('data-state'),
      clause: c.querySelector('.review-clause')?.textContent ?? '',
      marks: [...c.querySelectorAll('.review-clause mark')].map((m) => m.textContent),
    })));
  }

  /** A <mark> with exactly this text, visible on the screen (scrolled to). */
  async expectMarkVisible(text) {
    const mark = this.page.locator('.review-clause mark', { hasText: text }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.waitFor({ state: 'visible' });
    const box = await mark.boundingBox();
    const width = this.page.viewportSize().width;
    if (!box || box.width <= 0 || box.x < 0 || box.x + box.width > width + 1) {
      throw new Error(`the mark "${text}" is not within the ${width} px screen: ${JSON.stringify(box)}`);
    }
    const background = await mark.evaluate((m) => getComputedStyle(m).backgroundColor);
    if (background === 'rgba(0, 0, 0, 0)' || background === 'transparent') {
      throw new Error(`the mark "${text}" is not highlighted`);
    }
  }

  async state() {
    return this.page.locator('#review-state').getAttribute('data-state');
  }

  async expectState(state) {
    await this.page.locator(`#review-state[data-state="${state}"]`).waitFor({ state: 'visible' });
  }

  async confirm(cardId) {
    await this.page.locator(`#${cardId}-confirm`).click();
    await this.page.locator(`#${cardId}-state[data-state="CONFIRMED"]`).waitFor({ state: 'visible' });
  }

  /** Dismisses with a reason; first without one, which is refused at the reason. */
  async dismiss(cardId, reason) {
    await dismissWithReason(this.page, cardId, 'finding-dismiss', reason);
  }

  async issueNotice() {
    await this.page.locator('#review-issue-notice:not([disabled])').click();
    await this.page.locator('#review-issue-confirm').click();
    await this.page.locator('#review-issue-confirm').waitFor({ state: 'detached' });
    await this.expectState('NOTICE_ISSUED');
  }

  /** Follows the notice's link; answers the downloaded file's name and first bytes. */
  async downloadNotice() {
    const { name, bytes } = await download(this.page, '#review-notice-pdf');
    return { name, head: bytes.subarray(0, 5).toString('latin1'), size: bytes.length };
  }

  /** Sends a corrected document ({ name, mimeType, buffer }) and waits for the review to change. */
  async correct(file, state) {
    await chooseFile(this.page, 'review-correction', file);
    await this.page.locator('#review-correction-submit').click();
    await this.expectState(state);
  }
}
