// 数据交换 in the console on a 360 px phone: a department head uploads a national-format batch (JSON)
// with one bidder record missing its credit code, reads the report naming that record and its data
// item, then downloads the period as XML and finds the project in the file; then the same page in
// English (the batch again: every record replaced, the same one refused).
//
//   node exchange-pages.mjs <baseUrl> <screenshotDir> <head login:password> <batch file> <project code>
//
// The account is new (its first login forces a password change). Exit code 0 on success;
// otherwise 1 with "JOURNEY FAILED: <step>: <reason>" on stderr. Cut off after 3 minutes.
import {
  launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, parseAccount, journey, wcagViolations,
} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { logInChangingPassword } from './pages.mjs';

const [baseArg, screenshotDir, account, batchFile, project] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !account || !batchFile || !project) {
  console.error('usage: node exchange-pages.mjs <baseUrl> <screenshotDir> <head l:p> <batch file> <project>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const head = parseAccount(account);
const j = journey({ limitMs: 180_000 });
const { run, check } = j;

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

async function walk(page, lang, t) {
  await run(`${lang}: the exchange page takes the batch and names the refused record and its item`, async () => {
    await page.goto(baseUrl + 'console/exchange', { waitUntil: 'domcontentloaded' });
    await page.locator('#exchange-upload').waitFor({ state: 'visible' });
    const heading = await page.locator('#view-title').innerText();
    check(heading.includes(t.title), `the heading reads "${heading}", expected "${t.title}"`);
    await noHorizontalOverflow(page, `${lang} exchange page`, PHONE.width);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('#exchange-upload [slot="add-button"]').click(),
    ]);
    await chooser.setFiles(batchFile);
    await page.locator('#exchange-counts').waitFor({ state: 'visible' });
    const counts = await page.locator('#exchange-counts').innerText();
    check(counts.includes(t.counts), `the counts read "${counts}", expected "${t.counts}"`);
    const refused = await page.locator('#exchange-refused').innerText();
    check(refused.includes(t.refused), `the refused records read "${refused}", expected "${t.refused}"`);
    check(refused.includes('BIDDER_ORG_CODE'), `the refused record names its item: "${refused}"`);
    await noHorizontalOverflow(page, `${lang} exchange report`, PHONE.width);
    await shot(page, `exchange-${lang}-1-report.png`);
  });

  await run(`${lang}: the page with its report has no WCAG 2.1 A/AA violation`, async () => {
    const violations = await wcagViolations(page);
    check(violations.length === 0, violations.join('; '));
  });

  await run(`${lang}: the period downloads as XML with the project in it`, async () => {
    await page.locator('#exchange-export-kind vaadin-radio-button', { hasText: t.xml }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#exchange-download').click(),
    ]);
    check(download.suggestedFilename().endsWith('.xml'), `the file is "${download.suggestedFilename()}"`);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    check(text.includes(`<TENDER_PROJECT_CODE>${project}</TENDER_PROJECT_CODE>`), 'the export holds the project');
    check(text.includes('<GGZY_DATA>'), 'the export is a national-format batch');
    await noHorizontalOverflow(page, `${lang} exchange export`, PHONE.width);
    await shot(page, `exchange-${lang}-2-export.png`);
  });
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE, acceptDownloads: true });

  await run('the department head logs in on a phone', async () => {
    await logInChangingPassword(page, baseUrl, head, `Xch-${crypto.randomUUID().slice(0, 8)}-7k`);
  });

  await walk(page, 'zh', {
    title: '数据交换',
    counts: '共 6 条记录，接收 5 条，未接收 1 条',
    refused: 'TENDER_LIST 第 4 条',
    xml: '全国数据规范（XML）',
  });

  await run('the head switches to English', async () => {
    await page.locator('#language-switch').click();
    await page.waitForEvent('load');
  });

  await walk(page, 'en', {
    title: 'Data exchange',
    counts: '6 records, 5 taken, 1 not taken',
    refused: 'TENDER_LIST #4',
    xml: 'National format (XML)',
  });

  await j.passed('JOURNEY OK');
} catch (e) {
  j.fail(j.step, e.message ?? String(e));
}
