// What the console's page objects share: a page reached through the drawer, the text of an element, a
// folded form opened, a file chosen through the browser's file chooser, a download, and a decision
// dismissed with a reason in its dialog (refused first without one).

/** A page of the console; {@code baseUrl} ends in a slash. */
export class ConsolePageObject {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  /** Through the drawer, as an officer would: the link to {@code path}, then {@code ready} visible. */
  async openThroughDrawer(path, ready) {
    await this.page.locator('#drawer-toggle').click();
    await this.page.locator(`#nav-${path.replaceAll('/', '-')}`).click();
    await this.page.waitForURL((url) => url.pathname.endsWith(`/${path}`));
    await this.page.locator(ready).waitFor({ state: 'visible' });
  }

  async text(selector) {
    return (await this.page.locator(selector).innerText()).trim();
  }
}

/** Waits for a vaadin-details to be open, opening it when it is not. */
export async function openDetails(page, selector) {
  const details = page.locator(selector);
  await details.waitFor({ state: 'visible' });
  if ((await details.getAttribute('opened')) === null) {
    await details.locator('vaadin-details-summary').first().click();
    await page.locator(`${selector}[opened]`).waitFor({ state: 'attached' });
  }
}

/**
 * Chooses a file ({ name, mimeType, buffer }) in the vaadin-upload {@code uploadId} through the browser's
 * file chooser and waits for {@code chosen}, where the page names the file.
 */
export async function chooseFile(page, uploadId, file, chosen = `#${uploadId}-file`) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator(`#${uploadId} [slot="add-button"]`).click(),
  ]);
  await chooser.setFiles(file);
  await page.locator(chosen).waitFor({ state: 'visible' });
}

/** The file a click on {@code selector} downloads, { name, bytes } (once more if the browser cancelled it). */
export async function download(page, selector, attempt = 1) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  if (await file.failure() === 'canceled' && attempt === 1) {
    return download(page, selector, 2);
  }
  const chunks = [];
  for await (const chunk of await file.createReadStream()) {
    chunks.push(chunk);
  }
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/**
 * Dismisses what the card {@code cardId} holds with a reason, in the dialog {@code dialog}
 * ({@code alert-dismiss}, {@code finding-dismiss}): first without one, which is refused at the reason.
 */
export async function dismissWithReason(page, cardId, dialog, reason) {
  await page.locator(`#${cardId}-dismiss`).click();
  await page.locator(`#${dialog}-button`).waitFor({ state: 'visible' });
  await page.locator(`#${dialog}-button`).click();
  await page.locator(`#${dialog}-text[invalid]`).waitFor({ state: 'attached' });
  await page.locator(`#${dialog}-text textarea`).fill(reason);
  await page.locator(`#${dialog}-button`).click();
  await page.locator(`#${dialog}-button`).waitFor({ state: 'detached' });
  await page.locator(`#${cardId}-state[data-state="DISMISSED"]`).waitFor({ state: 'visible' });
}
