// Page objects of the public credit pages (红黑名单): stable element ids only.

export class CreditListPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open() {
    await this.page.goto(this.baseUrl + 'credit', { waitUntil: 'domcontentloaded' });
    await this.page.locator('#credit-query').waitFor({ state: 'visible' });
    await this.page.locator('#credit-results').waitFor({ state: 'attached' });
  }

  /** Searches and waits until the list shows the answer to exactly this search. */
  async search(text) {
    await this.page.locator('#credit-query input').fill(text);
    await this.page.locator('#credit-search-button').click();
    await this.page.locator(`#credit-results[data-query="${text}"]`).waitFor({ state: 'attached' });
  }

  async showTab(key) {
    await this.page.locator(`#credit-tab-${key}`).click();
    await this.page.locator(`#credit-results[data-tab="credit-tab-${key}"]`).waitFor({ state: 'attached' });
  }

  async count() {
    return this.page.locator('#credit-results .credit-card').count();
  }

  /** Waits for a result card naming the subject; returns its link. */
  async expectResult(name) {
    const link = this.page.locator('#credit-results a.credit-card-name', { hasText: name }).first();
    await link.waitFor({ state: 'visible' });
    return link;
  }

  async resultsText() {
    return this.page.locator('#credit-results').innerText();
  }
}

export class CreditSubjectPage {
  constructor(page) {
    this.page = page;
  }

  async expect(name, reasonContains) {
    await this.page.waitForURL((url) => url.pathname.includes('/credit/subject/'));
    await this.page.locator('#view-title', { hasText: name }).waitFor({ state: 'visible' });
    const entry = this.page.locator('[id^="credit-entry-"]').first();
    await entry.waitFor({ state: 'visible' });
    const text = await entry.innerText();
    if (!text.includes(reasonContains)) {
      throw new Error(`the entry does not show its reason "${reasonContains}": ${text}`);
    }
    await this.page.locator('#credit-print').waitFor({ state: 'visible' });
    return text;
  }

  /** In the print layout the buttons and the app's header are hidden, the entries are not. */
  async expectPrintable() {
    await this.page.emulateMedia({ media: 'print' });
    try {
      if (await this.page.locator('#credit-print').isVisible()) {
        throw new Error('the print button is still shown when printing');
      }
      if (await this.page.locator('#app-title').isVisible()) {
        throw new Error('the app header is still shown when printing');
      }
      if (!(await this.page.locator('[id^="credit-entry-"]').first().isVisible())) {
        throw new Error('the entries are hidden when printing');
      }
    } finally {
      await this.page.emulateMedia({ media: 'screen' });
    }
  }
}
