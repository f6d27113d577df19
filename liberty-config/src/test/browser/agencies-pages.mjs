// 代理机构考核 on a 360 px phone: an office leader registers an agency with a project it ran, computes
// the last quarter, scores the on-site items, reads the points with their grounds and publishes the
// result with its last day to appeal. The page has no WCAG 2.1 A/AA violation.
//
//   node agencies-pages.mjs <baseUrl> <screenshotDir> <leader login:password> <credit code> <period>
//
// The account is new (its first login forces a password change). Exit code 0 on success;
// otherwise 1 with "JOURNEY FAILED: <step>: <reason>" on stderr. Cut off after 3 minutes.
import {
  launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, parseAccount, journey, wcagViolations,
} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { logInChangingPassword } from './pages.mjs';

const [baseArg, screenshotDir, leaderArg, code, period] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !leaderArg || !code || !period) {
  console.error('usage: node agencies-pages.mjs <baseUrl> <screenshotDir> <leader l:p> <credit code> <period>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const leader = parseAccount(leaderArg);
const j = journey({ limitMs: 180_000 });
const { run, check } = j;
const NAME = `丁招标代理有限公司${crypto.randomUUID().slice(0, 4)}`;

async function axeClean(page, where) {
  const violations = await wcagViolations(page);
  check(violations.length === 0, `${where}: ${violations.join('; ')}`);
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE });

  await run('the leader registers an agency with a project it ran', async () => {
    await logInChangingPassword(page, baseUrl, leader, `Agy-${crypto.randomUUID().slice(0, 8)}-7k`);
    await page.goto(baseUrl + 'console/agencies', { waitUntil: 'domcontentloaded' });
    await page.locator('#agency-new-code input').fill(code);
    await page.locator('#agency-new-name input').fill(NAME);
    await page.locator('#agency-new-projects textarea').fill('IT-AGY-P1 某道路工程施工');
    await page.locator('#agency-new-save').click();
    const done = page.locator('#agency-new-done');
    await done.filter({ hasText: NAME }).waitFor({ state: 'visible' });
    check((await done.innerText()).includes('项目 1 个'), `the confirmation reads "${await done.innerText()}"`);
    await noHorizontalOverflow(page, 'agencies page', PHONE.width);
    await axeClean(page, 'agencies page');
  });

  await run('the quarter is computed and the on-site items scored', async () => {
    await page.locator('#agencies-period input').fill(period);
    await page.locator('#agencies-compute').click();
    const card = page.locator(`#agency-${code}`);
    await card.waitFor({ state: 'visible' });
    check((await card.innerText()).includes('草稿'), 'a draft');
    await page.locator(`#agency-score-${code} input`).fill('14');
    await page.locator(`#agency-score-note-${code} input`).fill('档案齐全，收费公示不完整');
    await page.locator(`#agency-score-save-${code}`).click();
    await card.filter({ hasText: '99.0 分' }).waitFor({ state: 'visible' });
    await card.locator('vaadin-details-summary').click();
    const points = await card.innerText();
    check(points.includes('现场考核') && points.includes('收费公示不完整'), `the points read "${points}"`);
    await noHorizontalOverflow(page, 'a scored draft', PHONE.width);
    await axeClean(page, 'a scored draft');
    await page.screenshot({ path: path.join(screenshotDir, 'agencies-zh-1-scored.png'), fullPage: true });
  });

  await run('the leader publishes it with its last day to appeal', async () => {
    await page.locator(`#agency-publish-${code}`).click();
    const card = page.locator(`#agency-${code}`);
    await card.filter({ hasText: '已公布' }).waitFor({ state: 'visible' });
    check(/申诉期限至 \d{4}-\d{2}-\d{2}/.test(await card.innerText()), 'the appeal period is shown');
    await page.screenshot({ path: path.join(screenshotDir, 'agencies-zh-2-published.png'), fullPage: true });
  });

  await j.passed('JOURNEY OK');
} catch (e) {
  j.fail(j.step, e.message ?? String(e));
}
