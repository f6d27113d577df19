// Public credit search on a 360 px wide phone screen:
// /credit → search by part of a name → result card → the subject's page (reason, legal basis,
// period, print button) → print layout → the same search by credit code on the subjects tab.
//
//   node credit-search.mjs <baseUrl> <subjectName> <nameFragment> <creditCode> <maskedIdName> <screenshotDir>
//
// Exit code 0 on success; otherwise 1 with "CREDIT SEARCH FAILED: <step>: <reason>" on stderr.
import { launchChromium, noHorizontalOverflow, openPage, parseBaseUrl, journey } from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { CreditListPage, CreditSubjectPage } from './credit-pages.mjs';

const [baseArg, name, fragment, code, expertName, screenshotDir] = process.argv.slice(2);
if (!baseArg || !name || !fragment || !code || !expertName || !screenshotDir) {
  console.error('usage: node credit-search.mjs <baseUrl> <subjectName> <nameFragment> <creditCode> <expertName> <screenshotDir>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const WIDTH = 360;
const j = journey({ limitMs: 120_000, failure: 'CREDIT SEARCH FAILED', whole: 'whole search' });
const { run } = j;

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: { width: WIDTH, height: 740 } });
  const list = new CreditListPage(page, baseUrl);

  await run('the credit page opens on the black list', async () => {
    await list.open();
    await noHorizontalOverflow(page, 'the credit page', WIDTH);
  });

  await run('a search by part of the name finds the listed enterprise', async () => {
    await list.search(fragment);
    await list.expectResult(name);
    if ((await list.count()) !== 1) {
      throw new Error(`the search for "${fragment}" shows ${await list.count()} results, not 1`);
    }
    const text = await list.resultsText();
    if (!text.includes(code)) {
      throw new Error(`the result does not show the credit code ${code}`);
    }
    if (await page.locator('#credit-next').isVisible()) {
      throw new Error('one result still offers paging');
    }
    await noHorizontalOverflow(page, 'the search results', WIDTH);
    await page.screenshot({ path: path.join(screenshotDir, 'credit-01-search-360.png'), fullPage: true });
  });

  await run('a search that finds nothing says so and offers no paging', async () => {
    await list.search('无此单位' + fragment + '甲乙丙');
    await page.locator('#credit-none').waitFor({ state: 'visible' });
    if (await page.locator('#credit-previous').isVisible() || await page.locator('#credit-next').isVisible()) {
      throw new Error('an empty list offers paging');
    }
    await list.search(fragment);
    await list.expectResult(name);
  });

  await run('the result opens the subject page with reason and print button', async () => {
    await (await list.expectResult(name)).click();
    const subject = new CreditSubjectPage(page);
    const text = await subject.expect(name, '串通投标');
    if (!text.includes('招标投标法实施条例')) {
      throw new Error('the legal basis is not shown');
    }
    await noHorizontalOverflow(page, 'the subject page', WIDTH);
    await page.screenshot({ path: path.join(screenshotDir, 'credit-02-subject-360.png'), fullPage: true });
    await subject.expectPrintable();
  });

  await run('the subjects tab finds the enterprise by its credit code', async () => {
    await list.open();
    await list.showTab('subjects');
    await list.search(code.substring(0, 10));
    await list.expectResult(name);
    await noHorizontalOverflow(page, 'the subjects tab', WIDTH);
  });

  await run('an expert is shown with the masked ID number only', async () => {
    await list.showTab('blacklist');
    await list.search(expertName);
    await list.expectResult(expertName);
    const text = await list.resultsText();
    if (text.includes(name)) {
      throw new Error(`the search for "${expertName}" also shows ${name}`);
    }
    if (!/\d{4}\*{12}[\dX]{2}/.test(text)) {
      throw new Error(`no masked ID number in: ${text}`);
    }
    if (/\d{17}[\dX]/.test(text)) {
      throw new Error('a whole ID number is shown');
    }
    await page.screenshot({ path: path.join(screenshotDir, 'credit-03-expert-360.png'), fullPage: true });
  });

  await j.passed('CREDIT SEARCH PASSED');
  process.exit(0);
} catch (e) {
  j.failed(e);
}
