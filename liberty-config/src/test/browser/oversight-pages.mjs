// 督查督办 on a 360 px phone: an office leader opens the oversight board, issues a 督办 notice to 住建局
// and sees the day it is due; the department's head finds it on the same page and answers it; the
// leader then sees it answered. The board with its cards has no WCAG 2.1 A/AA violation.
//
//   node oversight-pages.mjs <baseUrl> <screenshotDir> <leader login:password> <head login:password> <department>
//
// Both accounts are new (their first login forces a password change). Exit code 0 on success;
// otherwise 1 with "JOURNEY FAILED: <step>: <reason>" on stderr. Cut off after 3 minutes.
import {
  launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, parseAccount, journey, wcagViolations,
} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { logInChangingPassword } from './pages.mjs';

const [baseArg, screenshotDir, leaderArg, headArg, department] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !leaderArg || !headArg || !department) {
  console.error('usage: node oversight-pages.mjs <baseUrl> <screenshotDir> <leader l:p> <head l:p> <department>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const leader = parseAccount(leaderArg);
const head = parseAccount(headArg);
const j = journey({ limitMs: 180_000 });
const { run, check } = j;
const TEXT = `请说明本部门超期未受理案件的原因（${crypto.randomUUID().slice(0, 6)}）`;

async function axeClean(page, where) {
  const violations = await wcagViolations(page);
  check(violations.length === 0, `${where}: ${violations.join('; ')}`);
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const office = await openPage(j.browser, { viewport: PHONE });
  const dept = await openPage(j.browser, { viewport: PHONE });

  await run('the office leader opens the board and issues a notice to the department', async () => {
    await logInChangingPassword(office, baseUrl, leader, `Ovs-${crypto.randomUUID().slice(0, 8)}-7k`);
    await office.goto(baseUrl + 'console/oversight', { waitUntil: 'domcontentloaded' });
    const card = office.locator(`#oversight-department-${department}`);
    await card.waitFor({ state: 'visible' });
    const figures = await card.innerText();
    check(figures.includes('在办') && figures.includes('超期') && figures.includes('闲置'),
      `the department's card reads "${figures}"`);
    await noHorizontalOverflow(office, 'oversight board', PHONE.width);
    await axeClean(office, 'oversight board');
    await office.locator(`#oversight-issue-${department}`).click();
    await office.locator('#oversight-issue-text textarea').fill(TEXT);
    await office.locator('#oversight-issue-days input').fill('3');
    await office.locator('#oversight-issue-send').click();
    const done = await office.locator('#oversight-issue-done').innerText();
    check(/答复期限 \d{4}-\d{2}-\d{2}/.test(done), `the confirmation reads "${done}"`);
    await office.screenshot({ path: path.join(screenshotDir, 'oversight-zh-1-issued.png'), fullPage: true });
  });

  await run('the department\'s overdue figure opens the office inbox filtered to that department', async () => {
    await office.locator(`#oversight-overdue-${department}`).click();
    await office.waitForURL((url) => url.pathname.endsWith('/console/cases')
      && url.search.includes(`department=${department}`) && url.search.includes('overdue=true'));
    const chosen = await office.locator('#filter-department').evaluate((el) => el.shadowRoot
      ? el.querySelector('vaadin-select-value-button')?.textContent ?? el.textContent : el.textContent);
    check(chosen.includes('住房'), `the department filter reads "${chosen}"`);
    await office.goBack({ waitUntil: 'domcontentloaded' });
  });

  await run('the department head finds the notice and answers it', async () => {
    await logInChangingPassword(dept, baseUrl, head, `Ovs-${crypto.randomUUID().slice(0, 8)}-8k`);
    await dept.goto(baseUrl + 'console/oversight', { waitUntil: 'domcontentloaded' });
    const notice = dept.locator('.oversight-card', { hasText: TEXT });
    await notice.waitFor({ state: 'visible' });
    check((await notice.innerText()).includes('待答复'), 'the notice awaits its answer');
    await noHorizontalOverflow(dept, 'department notices', PHONE.width);
    await notice.locator('#oversight-answer-text textarea').fill('已查明原因，已督促经办人当日受理');
    await notice.locator('#oversight-answer-send').click();
    await dept.locator('.oversight-card', { hasText: '已查明原因' }).waitFor({ state: 'visible' });
    const answered = await dept.locator('.oversight-card', { hasText: TEXT }).innerText();
    check(answered.includes('已答复'), `the notice reads "${answered}"`);
    await dept.screenshot({ path: path.join(screenshotDir, 'oversight-zh-2-answered.png'), fullPage: true });
  });

  await run('the leader sees it answered on the board', async () => {
    await office.reload({ waitUntil: 'domcontentloaded' });
    const notice = office.locator('.oversight-card', { hasText: TEXT });
    await notice.waitFor({ state: 'visible' });
    const text = await notice.innerText();
    check(text.includes('已答复') && text.includes('已查明原因'), `the notice reads "${text}"`);
  });

  await j.passed('JOURNEY OK');
} catch (e) {
  j.fail(j.step, e.message ?? String(e));
}
