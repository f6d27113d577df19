// Page objects of the public journey (投诉举报): each knows the stable element ids of one page.

/** Picks an item of a vaadin-select by its visible text. */
async function choose(page, selectId, text) {
  await page.locator(`#${selectId}`).click();
  await page.locator('vaadin-select-item', { hasText: text }).first().click();
}

/** Adds a file through the upload's own button (the phone's file chooser). */
async function addFile(page, uploadId, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator(`#${uploadId} [slot="add-button"]`).click(),
  ]);
  await chooser.setFiles(file);
}

export async function expectText(page, selector, expected, timeout) {
  const locator = page.locator(selector);
  try {
    await locator.filter({ hasText: expected }).first().waitFor({ state: 'visible', timeout });
  } catch (e) {
    const actual = await locator.first().innerText({ timeout: 2000 }).catch(() => '(absent)');
    throw new Error(`${selector} should contain "${expected}" but shows "${actual}"`);
  }
}

export class ReportPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open() {
    await this.page.goto(this.baseUrl + 'reports/new', { waitUntil: 'domcontentloaded' });
    await this.page.locator('#report-form').waitFor({ state: 'visible' });
  }

  async expectAnonymousByDefault() {
    const checked = await this.page.locator('#report-anonymous').evaluate((box) => box.checked);
    if (!checked) {
      throw new Error('the report form is not anonymous by default');
    }
    if (await this.page.locator('#report-name').isVisible()) {
      throw new Error('an anonymous report asks for a name');
    }
  }

  /** The limits the backend sets are written on the form. */
  async expectLimitsShown() {
    await expectText(this.page, '#report-evidence-limits', 'MB');
  }

  async fill({ matter, industry, projectName, facts }) {
    await choose(this.page, 'report-matter', matter);
    await choose(this.page, 'report-industry', industry);
    await this.page.locator('#report-project-name input').fill(projectName);
    await this.page.locator('#report-facts textarea').fill(facts);
  }

  async attach(file, expectedName) {
    await addFile(this.page, 'report-evidence-upload', file);
    await expectText(this.page, '#report-evidence-files', expectedName, 60_000);
  }

  /** Submits (the proof of work runs in the browser first) and waits for the receipt. */
  async submit() {
    await this.page.locator('#report-submit').click();
    const receipt = this.page.locator('#receipt-number');
    const failed = this.page.locator('#report-status.form-status-error');
    const outcome = await Promise.race([
      receipt.waitFor({ state: 'visible', timeout: 90_000 }).then(() => 'receipt'),
      failed.waitFor({ state: 'visible', timeout: 90_000 }).then(() => 'failed'),
    ]);
    if (outcome === 'failed') {
      throw new Error(`the report was refused: ${await failed.innerText()}`);
    }
    return {
      number: (await receipt.innerText()).trim(),
      code: (await this.page.locator('#receipt-access-code').innerText()).trim(),
    };
  }

  async expectSaveWarning(words) {
    await expectText(this.page, '#receipt-warning', words);
  }

  /** Downloads the PDF receipt; its first bytes. */
  async downloadReceipt() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator('#receipt-pdf').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) {
      chunks.push(chunk);
    }
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }
}

export class TrackingPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open(receipt) {
    await this.page.goto(this.baseUrl + 'tracking/' + encodeURIComponent(receipt), { waitUntil: 'domcontentloaded' });
    await this.page.locator('#tracking-lookup').waitFor({ state: 'visible' });
    const prefilled = await this.page.locator('#tracking-receipt input').inputValue();
    if (prefilled !== receipt) {
      throw new Error(`the receipt number from the address is not filled in ("${prefilled}")`);
    }
  }

  async look(code) {
    await this.page.locator('#tracking-code input').fill(code);
    await this.page.locator('#tracking-look').click();
  }

  async expectRefused(words) {
    await expectText(this.page, '#tracking-status-line-text', words);
  }

  /** The progress shows a status in words. */
  async expectProgress() {
    const status = this.page.locator('#tracking-status');
    await status.waitFor({ state: 'visible' });
    if (!(await status.innerText()).trim()) {
      throw new Error('the progress shows no status');
    }
  }

  async expectOfficerMessage(text) {
    await expectText(this.page, '#tracking-messages .message-officer', text);
  }

  async reply(text, file, fileName) {
    await this.page.locator('#tracking-reply-text textarea').fill(text);
    await addFile(this.page, 'tracking-supplement-upload', file);
    await expectText(this.page, '#tracking-supplement-files', fileName, 60_000);
    await this.page.locator('#tracking-reply-send').click();
    await expectText(this.page, '#tracking-reply-status-text', '已提交', 30_000);
  }

  async expectFile(name, roleWords) {
    await expectText(this.page, '#tracking-files .evidence-file', name);
    await expectText(this.page, '#tracking-files .evidence-file', roleWords);
  }
}
