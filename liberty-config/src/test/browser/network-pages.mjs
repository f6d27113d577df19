// The co-bidding network in the console on a 360 px phone: a department head imports a CSV of bids
// on the import page, reads the report with its refused row, opens the warning list, a bidder's
// page from the warning, then the bidder's group with its network picture (server-drawn SVG);
// then the same in English (the import again replaces the rows).
//
//   node network-pages.mjs <baseUrl> <screenshotDir> <head login:password> <csv file> <project name> <bidder code>
//
// The account is new (its first login forces a password change). Exit code 0 on success;
// otherwise 1 with "JOURNEY FAILED: <step>: <reason>" on stderr. Cut off after 3 minutes.
import {
  launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, parseAccount, journey,
} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { logInChangingPassword } from './pages.mjs';

const [baseArg, screenshotDir, account, csvFile, projectName, bidderCode] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !account || !csvFile || !projectName || !bidderCode) {
  console.error('usage: node network-pages.mjs <baseUrl> <screenshotDir> <head l:p> <csv> <project> <bidder>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const head = parseAccount(account);
const j = journey({ limitMs: 180_000 });
const { run, check } = j;

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

/** Import page → report → warnings → warning → bidder → group, with the texts of one language. */
async function walk(page, lang, t) {
  await run(`${lang}: the import page takes the CSV and reports the refused row`, async () => {
    await page.goto(baseUrl + 'console/tenders/import', { waitUntil: 'domcontentloaded' });
    await page.locator('#import-upload').waitFor({ state: 'visible' });
    await noHorizontalOverflow(page, `${lang} import page`, PHONE.width);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('#import-upload [slot="add-button"]').click(),
    ]);
    await chooser.setFiles(csvFile);
    await page.locator('#import-counts').waitFor({ state: 'visible' });
    const counts = await page.locator('#import-counts').innerText();
    check(counts.includes(t.counts), `the counts read "${counts}", expected "${t.counts}"`);
    const rejected = await page.locator('#import-rejected').innerText();
    check(rejected.includes(t.rejected), `the refused rows read "${rejected}", expected "${t.rejected}"`);
    await noHorizontalOverflow(page, `${lang} import report`, PHONE.width);
    await shot(page, `network-${lang}-1-import-report.png`);
  });

  await run(`${lang}: the report leads to the warning list and the warning`, async () => {
    await page.locator('#import-to-warnings').click();
    await page.waitForURL((url) => url.pathname.endsWith('/console/warnings'));
    await page.locator('#warnings-grid').waitFor({ state: 'visible' });
    const row = page.locator('#warnings-grid vaadin-grid-cell-content', { hasText: `${projectName} · BD1` }).first();
    await row.waitFor({ state: 'attached' });
    await noHorizontalOverflow(page, `${lang} warning list`, PHONE.width);
    await row.click();
    await page.waitForURL((url) => /\/console\/warnings\/W[0-9a-f]+$/.test(url.pathname));
    await page.locator(`#warning-bidder-${bidderCode}`).waitFor({ state: 'visible' });
  });

  await run(`${lang}: the bidder page shows tenders, wins and the group`, async () => {
    await page.locator(`#warning-bidder-${bidderCode}`).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/console/bidders/${bidderCode}`));
    await page.locator('#bidder-facts').waitFor({ state: 'visible' });
    const facts = await page.locator('#bidder-facts').innerText();
    check(facts.includes(t.bidderFacts), `the bidder reads "${facts}", expected "${t.bidderFacts}"`);
    await noHorizontalOverflow(page, `${lang} bidder page`, PHONE.width);
    await shot(page, `network-${lang}-2-bidder.png`);
  });

  await run(`${lang}: the group page draws the network picture`, async () => {
    await page.locator('#bidder-groups a').first().click();
    await page.waitForURL((url) => /\/console\/groups\/[0-9a-f]{16}$/.test(url.pathname));
    const svg = page.locator('#group-picture svg');
    await svg.waitFor({ state: 'visible' });
    check((await svg.locator('circle').count()) === 3, 'the picture should show three bidders');
    check((await svg.locator('line').count()) === 3, 'the picture should join every pair');
    const title = await svg.locator('title').first().textContent();
    check(title.includes(t.pictureTitle), `the picture is titled "${title}"`);
    const box = await svg.boundingBox();
    check(box && box.width > 200 && box.width <= PHONE.width, `the picture is ${box?.width} px wide`);
    const facts = await page.locator('#group-facts').innerText();
    check(facts.includes(t.groupFacts), `the group reads "${facts}", expected "${t.groupFacts}"`);
    await noHorizontalOverflow(page, `${lang} group page`, PHONE.width);
    await shot(page, `network-${lang}-3-group.png`);
  });
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE });

  await run('the department head logs in on a phone', async () => {
    await logInChangingPassword(page, baseUrl, head, `Net-${crypto.randomUUID().slice(0, 8)}-7k`);
  });

  await walk(page, 'zh', {
    counts: '收到 13 行：新增 12 行，再次导入替换 0 行，拒收 1 行',
    rejected: '第 13 行 · 字段 bidderCode',
    bidderFacts: '投标 4 次，中标 2 次，中标率 50%',
    pictureTitle: '共同投标网络：3 家投标人，共同投标 4 次',
    groupFacts: '共同投标 4 次',
  });

  await run('the head switches to English', async () => {
    await page.locator('#language-switch').click();
    await page.waitForEvent('load');
  });

  await walk(page, 'en', {
    counts: '13 rows received: 0 added, 12 replaced by a repeated import, 1 refused',
    rejected: 'Line 13 · field bidderCode',
    bidderFacts: '4 tenders, 2 wins, win rate 50%',
    pictureTitle: 'Co-bidding network: 3 bidders, 4 tenders together',
    groupFacts: '4 tenders together',
  });

  await j.passed('JOURNEY OK');
} catch (e) {
  j.fail(j.step, e.message ?? String(e));
}
