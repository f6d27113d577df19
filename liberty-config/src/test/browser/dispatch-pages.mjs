// 统筹调度 on a 360 px phone: an office leader opens the dispatch dashboard; the tiles and the charts
// (server-drawn SVG) fit the screen with no WCAG 2.1 A/AA violation; the "received" tile opens the
// list behind it with the case registered for the journey; a department's bar opens the dashboard of
// that department; a report made for the period downloads as a PDF and an Excel workbook; then the
// dashboard in English.
//
//   node dispatch-pages.mjs <baseUrl> <screenshotDir> <leader login:password> <case number> <department>
//                           <department head login:password>
//
// The department head sees the own department's figures only, without the reports. The accounts are new (its first login forces a password change). Exit code 0 on success;
// otherwise 1 with "JOURNEY FAILED: <step>: <reason>" on stderr. Cut off after 3 minutes.
import {
  launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, parseAccount, journey, wcagViolations,
} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { logInChangingPassword } from './pages.mjs';

const [baseArg, screenshotDir, leaderArg, caseNumber, department, headArg] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !leaderArg || !caseNumber || !department || !headArg) {
  console.error('usage: node dispatch-pages.mjs <baseUrl> <screenshotDir> <leader l:p> <case number> <department>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const leader = parseAccount(leaderArg);
const head = parseAccount(headArg);
const j = journey({ limitMs: 180_000 });
const { run, check } = j;

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

async function axeClean(page, where) {
  const violations = await wcagViolations(page);
  check(violations.length === 0, `${where}: ${violations.join('; ')}`);
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE, acceptDownloads: true });

  await run('the leader opens the dashboard: tiles and charts on the phone', async () => {
    await logInChangingPassword(page, baseUrl, leader, `Dsp-${crypto.randomUUID().slice(0, 8)}-7k`);
    await page.goto(baseUrl + 'console/dispatch', { waitUntil: 'domcontentloaded' });
    const tile = page.locator('#dispatch-tile-received');
    await tile.waitFor({ state: 'visible' });
    const received = Number((await tile.locator('a').innerText()).trim());
    check(received >= 1, `the received tile reads ${received}`);
    check((await tile.innerText()).includes('收案'), 'the tile is labelled in Chinese');
    const bar = page.locator('#dispatch-chart-source a', { hasText: '投诉' });
    check(await bar.count() === 1, 'the source chart has a bar for 投诉');
    check(await page.locator('#dispatch-chart-trend rect').count() >= 12, 'the trend has a column per month');
    await noHorizontalOverflow(page, 'dispatch dashboard', PHONE.width);
    await axeClean(page, 'dispatch dashboard');
    await shot(page, 'dispatch-zh-1-dashboard.png');
    for (const chart of ['departments', 'source', 'trend']) {
      await page.locator(`#dispatch-${chart}`).screenshot({ path: path.join(screenshotDir, `dispatch-zh-chart-${chart}.png`) });
    }
  });

  await run('the received figure opens the list behind it, with the case', async () => {
    await page.locator('#dispatch-tile-received a').click();
    await page.waitForURL((url) => url.pathname.endsWith('/console/dispatch/list'));
    const item = page.locator('.dispatch-list-item', { hasText: caseNumber });
    await item.waitFor({ state: 'visible' });
    check((await page.locator('#dispatch-list-what').innerText()).includes('收案'), 'the list says what it counts');
    await noHorizontalOverflow(page, 'list behind a figure', PHONE.width);
    await axeClean(page, 'list behind a figure');
    await shot(page, 'dispatch-zh-2-behind.png');
    const href = await item.locator('a').getAttribute('href');
    check(/^console\/cases\/[\w-]+$/.test(href ?? ''), `the item links to its case page: ${href}`);
    await page.locator('#dispatch-list-back').click();
    await page.waitForURL((url) => url.pathname.endsWith('/console/dispatch'));
  });

  await run('a department\'s bar opens that department\'s dashboard', async () => {
    await page.locator('#dispatch-chart-departments a', { hasText: '住房' }).first().click();
    await page.waitForURL((url) => url.search.includes(`department=${department}`));
    await page.locator('#dispatch-tile-received').waitFor({ state: 'visible' });
    check(await page.locator('#dispatch-chart-departments').count() === 0, 'one department: no department chart');
    const received = Number((await page.locator('#dispatch-tile-received a').innerText()).trim());
    check(received >= 1, `the department received ${received}`);
  });

  await run('a report of the period downloads as PDF and Excel', async () => {
    const before = await page.locator('.dispatch-report', { hasText: '专题报告' }).count();
    await page.locator('#dispatch-generate').click();
    // the scheduled weekly and monthly reports may be listed too (the scheduler runs in this server)
    const report = page.locator('.dispatch-report', { hasText: '专题报告' }).first();
    await page.waitForFunction((n) => document.querySelectorAll('.dispatch-report').length > 0
      && [...document.querySelectorAll('.dispatch-report')].filter((e) => e.innerText.includes('专题报告')).length > n,
    before);
    check(await report.isVisible(), 'the new report is listed');
    const [pdf] = await Promise.all([page.waitForEvent('download'), report.locator('a', { hasText: 'PDF' }).click()]);
    check(pdf.suggestedFilename().endsWith('.pdf'), `the file is "${pdf.suggestedFilename()}"`);
    check(fs.readFileSync(await pdf.path()).subarray(0, 5).toString() === '%PDF-', 'a PDF');
    const [xlsx] = await Promise.all([page.waitForEvent('download'),
      report.locator('a', { hasText: 'Excel' }).click()]);
    check(xlsx.suggestedFilename().endsWith('.xlsx'), `the file is "${xlsx.suggestedFilename()}"`);
    check(fs.readFileSync(await xlsx.path()).subarray(0, 2).toString() === 'PK', 'a workbook (zip)');
    await shot(page, 'dispatch-zh-3-reports.png');
  });

  await run('the dashboard in English', async () => {
    await page.goto(baseUrl + 'console/dispatch', { waitUntil: 'domcontentloaded' });
    await page.locator('#language-switch').click();
    await page.waitForEvent('load');
    const tile = page.locator('#dispatch-tile-received');
    await tile.waitFor({ state: 'visible' });
    check((await tile.innerText()).includes('Received'), `the tile reads "${await tile.innerText()}"`);
    check(await page.locator('#dispatch-chart-source a', { hasText: 'Complaint' }).count() === 1,
      'the chart in English');
    await noHorizontalOverflow(page, 'English dashboard', PHONE.width);
    await axeClean(page, 'English dashboard');
    await shot(page, 'dispatch-en-1-dashboard.png');
  });

  await run('a department head sees the own department only', async () => {
    const other = await openPage(j.browser, { viewport: PHONE });
    await logInChangingPassword(other, baseUrl, head, `Dsp-${crypto.randomUUID().slice(0, 8)}-8k`);
    await other.goto(baseUrl + 'console/dispatch', { waitUntil: 'domcontentloaded' });
    const tile = other.locator('#dispatch-tile-received');
    await tile.waitFor({ state: 'visible' });
    check(Number((await tile.locator('a').innerText()).trim()) >= 1, 'the case of the department is counted');
    check(await other.locator('#dispatch-department').count() === 0, 'no choice of department');
    check(await other.locator('#dispatch-reports').count() === 0, 'no reports of the region');
    check(await other.locator('#dispatch-chart-departments').count() === 0, 'no other department');
    await noHorizontalOverflow(other, 'a department head\'s dashboard', PHONE.width);
    await axeClean(other, 'a department head\'s dashboard');
  });

  await j.passed('JOURNEY OK');
} catch (e) {
  j.fail(j.step, e.message ?? String(e));
}
