// Learning from the region's decisions (从处置结果中学习) on a 360×740 phone: an office officer opens
// /console/rigging-models and reads that the screen index (筛查指数) scores the region, with the labels so
// far and the office's "train now"; in English the page says "Screen index". A department head opens the
// page from the drawer, labels a section their department imported (refused first without a reason, the
// refusal at the reason), and reads the label in the list; the office then reads it among the region's
// labels. Nothing scrolls sideways.
//
//   node rigging-models.mjs <baseUrl> <screenshotDir> <office login:password> <head login:password>
//                           <project code> <section code>
//
// The accounts may be new (a first login forces a password change). Exit code 0 with
// "RIGGING MODELS JOURNEY PASSED"; otherwise 1 with "JOURNEY FAILED: <step>: <reason>". Cut off after 3 minutes.
import {
  fitsThePhone, journey, launchChromium, openPage, PHONE, parseAccount, parseBaseUrl, screenshots,
} from './harness.mjs';
import { logInChangingPassword } from './pages.mjs';
import { ConsolePageObject } from './console-pages.mjs';

const [baseArg, screenshotDir, officeArg, headArg, projectCode, sectionCode] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !officeArg || !headArg || !projectCode || !sectionCode) {
  console.error('usage: node rigging-models.mjs <baseUrl> <screenshotDir> <office l:p> <head l:p> <project> <section>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const office = parseAccount(officeArg);
const head = parseAccount(headArg);
const suffix = crypto.randomUUID().slice(0, 6);
const ROUTE = 'console/rigging-models';
const REASON = `两家投标人的投标文件由同一人编制，报价呈等差排列（${suffix}）`;

const j = journey({ limitMs: 180_000 });
const { run, check } = j;

/** The model in use as the overview names it: { name, text }. */
async function inUse(page) {
  await page.locator('#riskmodels-in-use').waitFor({ state: 'visible' });
  return {
    name: await page.locator('#riskmodels-overview').getAttribute('data-in-use'),
    text: (await page.locator('#riskmodels-in-use').innerText()).trim(),
  };
}

try {
  const shot = screenshots(screenshotDir);
  j.browser = await launchChromium();
  const officePage = await openPage(j.browser, { viewport: PHONE });
  const headPage = await openPage(j.browser, { viewport: PHONE });
  const label = headPage.locator(`.riskmodel-section-label[data-section="${projectCode}/${sectionCode}"]`).first();

  await run('the office officer opens the page and reads that the screen index is in use', async () => {
    await logInChangingPassword(officePage, baseUrl, office, `Models-${suffix}-7k`);
    await officePage.goto(baseUrl + ROUTE, { waitUntil: 'domcontentloaded' });
    const model = await inUse(officePage);
    check(model.name === 'screen-index-1', `the region is scored by "${model.name}"`);
    check(model.text.startsWith('筛查指数'), `the model in use reads "${model.text}"`);
    const counts = (await officePage.locator('#riskmodels-counts').innerText()).trim();
    check(/^串通 \d+ 个，未串通 \d+ 个$/.test(counts), `the labels so far read "${counts}"`);
    const explain = await officePage.locator('#riskmodels-explain').innerText();
    check(explain.includes('优于筛查指数'), `the explanation reads "${explain}"`);
    check(await officePage.locator('#riskmodels-train').isVisible(), 'the office is not offered to train now');
    check(await officePage.locator('#riskmodels-rollback-index').count() === 0,
      'a way back to the screen index while the screen index is in use');
    await fitsThePhone(officePage, 'the models page');
    await shot(officePage, 'rigging-models-0-office-360.png');
  });

  await run('in English the page says "Screen index"', async () => {
    await officePage.locator('#language-switch').click();
    await officePage.waitForEvent('load');
    await officePage.locator('#view-title', { hasText: 'Learning from decisions' }).waitFor({ state: 'visible' });
    const model = await inUse(officePage);
    check(model.text.startsWith('Screen index'), `the model in use reads "${model.text}"`);
    const counts = (await officePage.locator('#riskmodels-counts').innerText()).trim();
    check(/^rigged \d+, clean \d+$/.test(counts), `the labels so far read "${counts}"`);
    check((await officePage.locator('#riskmodels-train').innerText()).includes('Train now'), 'no "Train now"');
    await fitsThePhone(officePage, 'the models page in English');
    await shot(officePage, 'rigging-models-1-office-en-360.png');
  });

  await run('the department head opens the page from the drawer', async () => {
    await logInChangingPassword(headPage, baseUrl, head, `Label-${suffix}-7k`);
    await new ConsolePageObject(headPage, baseUrl).openThroughDrawer(ROUTE, '#riskmodels-label-form');
    check(await headPage.locator('#riskmodels-train').count() === 0, 'a department head is offered to train');
    await fitsThePhone(headPage, 'the models page of a department');
  });

  await run('a label without a reason is refused at the reason', async () => {
    await headPage.locator('#riskmodels-project-code input').fill(projectCode);
    await headPage.locator('#riskmodels-section-code input').fill(sectionCode);
    await headPage.locator('#riskmodels-rigged vaadin-radio-button').nth(0).click();
    await headPage.locator('#riskmodels-label-submit').click();
    await headPage.locator('#riskmodels-reason[invalid]').waitFor({ state: 'attached' });
    const message = (await headPage.locator('#riskmodels-reason > [slot="error-message"]').innerText()).trim();
    check(message === '请填写认定理由', `the refusal at the reason reads "${message}"`);
    await fitsThePhone(headPage, 'the refused label');
  });

  await run('the head labels the section and reads the label in the list', async () => {
    await headPage.locator('#riskmodels-reason textarea').fill(REASON);
    await headPage.locator('#riskmodels-label-submit').click();
    await label.waitFor({ state: 'visible' });
    const card = await label.innerText();
    for (const expected of [`${projectCode} / ${sectionCode}`, '串通投标', '执法人员直接认定', REASON, head.login]) {
      check(card.includes(expected), `no "${expected}" in the label "${card}"`);
    }
    check(await label.getAttribute('data-rigged') === 'true', 'the label is not rigged');
    check((await headPage.locator('#riskmodels-project-code input').inputValue()) === '', 'the form was not cleared');
    await label.scrollIntoViewIfNeeded();
    await fitsThePhone(headPage, 'the labels');
    await shot(headPage, 'rigging-models-2-label-360.png');
  });

  await run("the office reads the label among the region's labels", async () => {
    await officePage.reload({ waitUntil: 'domcontentloaded' });
    const card = officePage.locator(`.riskmodel-section-label[data-section="${projectCode}/${sectionCode}"]`).first();
    await card.waitFor({ state: 'visible' });
    const text = await card.innerText();
    check(text.includes('Bid rigging') && text.includes('Labelled by an officer') && text.includes(REASON),
      `the office reads "${text}"`);
    await fitsThePhone(officePage, "the region's labels in English");
  });

  await j.passed('RIGGING MODELS JOURNEY PASSED');
} catch (e) {
  j.failed(e);
}
