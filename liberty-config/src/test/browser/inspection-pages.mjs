// Page objects of the public random inspection pages: each knows the stable element ids of one page.

export class PublicInspectionsPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open() {
    await this.page.goto(this.baseUrl + 'inspections', { waitUntil: 'domcontentloaded' });
    await this.page.locator('#inspection-plans').waitFor({ state: 'attached' });
  }

  async openPlan(planId) {
    await this.page.locator(`#plan-link-${planId}`).click();
  }
}

export class PublicPlanPage {
  constructor(page) {
    this.page = page;
  }

  /** The page leads with plain words; the hashes are folded until the reader opens them. */
  async expectOpened(region, planId) {
    await this.page.waitForURL((url) => url.pathname.endsWith(`/inspections/${region}/${planId}`));
    await this.page.locator('#plan-lead').waitFor({ state: 'visible' });
    if (await this.page.locator('#commitment-hash').isVisible()) {
      throw new Error('the commitment hash is shown before the reader asks for the technical detail');
    }
  }

  async openTechnicalDetail() {
    await this.page.locator('#plan-technical > vaadin-details-summary').click();
    await this.page.locator('#commitment-hash').waitFor({ state: 'visible' });
  }

  async expectCommitment(expected) {
    const shown = (await this.page.locator('#commitment-hash').innerText()).trim();
    if (shown !== expected) {
      throw new Error(`the page shows the commitment ${shown}, the API ${expected}`);
    }
  }

  async expectDrawn() {
    const seed = (await this.page.locator('#draw-seed').innerText()).trim();
    if (!/^[0-9a-f]{64}$/.test(seed)) {
      throw new Error(`no revealed seed on the page: "${seed}"`);
    }
    await this.page.locator('#draw-teams').waitFor({ state: 'visible' });
  }

  async verify() {
    await this.page.locator('#verify-button').click();
    await this.page.locator('#verification-verdict').waitFor({ state: 'visible' });
  }

  async expectVerified(checks) {
    const verdict = await this.page.locator('#verification-verdict').getAttribute('data-verified');
    for (const name of checks) {
      const passed = await this.page.locator(`#verification-check-${name}`).getAttribute('data-passed');
      if (passed !== 'true') {
        throw new Error(`the check "${name}" did not pass`);
      }
    }
    if (verdict !== 'true') {
      throw new Error('the verdict is not "verified"');
    }
  }
}
