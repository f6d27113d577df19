// The case register through the web UI, on a 360 px phone for the officers and a desktop for the
// approving head: an office officer registers a complaint of the housing bureau's industry → it
// lands with 住建局 → the bureau's officer accepts it, asks for a supplement, records it received,
// starts the investigation and proposes to dismiss it → the bureau's head approves the decision.
//
//   node case-journey.mjs <baseUrl> <screenshotDir> <office login:password> <officer login:password>
//                         <head login:password>
//
// The three accounts are new (their first login forces a password change). Exit code 0 on
// success; otherwise 1 with "JOURNEY FAILED: <step>: <reason>" on stderr. Cut off after 3 minutes.
import {
  launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, parseAccount, journey,
} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { logInChangingPassword, CasesPage, CaseDetailPage } from './pages.mjs';

const [baseArg, screenshotDir, ...accountArgs] = process.argv.slice(2);
if (!baseArg || !screenshotDir || accountArgs.length !== 3) {
  console.error('usage: node case-journey.mjs <baseUrl> <screenshotDir> <office l:p> <officer l:p> <head l:p>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const [office, officer, head] = accountArgs.map(parseAccount);
const ZJJ = '麻城市住房和城乡建设局';
const title = `城东安置房项目评标投诉 ${crypto.randomUUID().slice(0, 8)}`;
// a running clock counts working days; near a year's end it may name a calendar year not loaded yet
const RUNNING = /剩余\d+个工作日|今日到期|期限无法计算：\d{4}年工作日历未加载/;

const j = journey({ limitMs: 180_000 });
const { run, check } = j;

/** A fresh browser context (own session) for one person, logged in with a new password. */
async function logIn(person, viewport, phone) {
  const page = await openPage(j.browser, { viewport, phone, acceptDownloads: true });
  await logInChangingPassword(page, baseUrl, person, `Case-${crypto.randomUUID().slice(0, 8)}-7k`);
  return page;
}

/** A screenshot once the confirmations have faded (they would cover the case's header). */
async function shot(page, name) {
  await page.waitForFunction(() => document.querySelectorAll('vaadin-notification-card').length === 0, null,
    { timeout: 10_000 }).catch(() => {});
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();

  let number;
  await run('the office officer registers a complaint of the housing industry on a phone', async () => {
    const page = await logIn(office, PHONE, true);
    const cases = new CasesPage(page, baseUrl);
    await cases.openFromMenu();
    await noHorizontalOverflow(page, 'the inbox', PHONE.width);
    await cases.register({
      source: '投诉', industry: '房屋建筑和市政基础设施', title,
      summary: '投诉人称评标委员会未按招标文件规定的评标标准评审。', projectCode: 'MC-2026-018',
      projectName: '城东安置房一期', respondent: '麻城某建设工程有限公司',
    });
    const detail = new CaseDetailPage(page);
    number = await detail.number();
    check(/^麻监案〔\d{4}〕第\d{4}号$/.test(number), `unexpected case number "${number}"`);
    await detail.expectOwner(ZJJ);
    await detail.expectStatus('待受理');
    await noHorizontalOverflow(page, 'the case sheet', PHONE.width);
    await shot(page, '11-case-registered-360.png');
    await page.context().close();
  });

  const officerPage = await logIn(officer, PHONE, true);
  const detail = new CaseDetailPage(officerPage);
  await run('the housing bureau officer finds it in the department inbox with its clock', async () => {
    const cases = new CasesPage(officerPage, baseUrl);
    await cases.openFromMenu();
    await cases.chooseInbox('DEPARTMENT');
    const clock = await cases.clockOf(number);
    check(RUNNING.test(clock), `the inbox clock says "${clock}"`);
    await noHorizontalOverflow(officerPage, 'the department inbox');
    await shot(officerPage, '12-department-inbox-360.png');
    await cases.open(number);
    const acceptance = await detail.clock('acceptance');
    check(RUNNING.test(acceptance), `the acceptance clock says "${acceptance}"`);
  });

  await run('the officer accepts it and the acceptance notice downloads as a PDF', async () => {
    await detail.act('ACCEPT', {}, '已受理');
    const completion = await detail.clock('completion');
    check(RUNNING.test(completion), `the completion clock says "${completion}"`);
    const notice = await detail.download('notice-ACCEPTANCE');
    check(notice.name === `受理通知书-${number}.pdf`, `the notice is named "${notice.name}"`);
    check(notice.head === '%PDF-', `the notice is not a PDF (starts with "${notice.head}")`);
  });

  await run('the officer asks for a supplement: the clock pauses', async () => {
    await detail.act('REQUEST_SUPPLEMENT', { text: '请补充提交评标报告复印件及异议答复材料。' }, '待补正（计时暂停）');
    const completion = await detail.clock('completion');
    check(completion === '计时暂停', `the completion clock says "${completion}" while waiting`);
    await noHorizontalOverflow(officerPage, 'the paused case');
    await shot(officerPage, '13-case-paused-360.png');
  });

  await run('the officer records the supplement, investigates and proposes to dismiss', async () => {
    await detail.act('RECEIVE_SUPPLEMENT', { text: '已收到评标报告复印件。' }, '已受理');
    await detail.act('START_INVESTIGATION', {}, '调查中');
    await detail.act('PROPOSE_DECISION', {
      decisionKind: '驳回投诉', decisionText: '经查，评标委员会按招标文件评审，投诉缺乏事实根据，予以驳回。',
    }, '处理决定待审批');
    check(!(await detail.hasAction('APPROVE_DECISION')), 'the officer may not approve the own proposal');
    await officerPage.locator('#case-pending').waitFor({ state: 'visible' });
    await shot(officerPage, '14-decision-proposed-360.png');
    await officerPage.context().close();
  });

  let headPage;
  await run('the head approves the decision on a desktop', async () => {
    const page = await logIn(head, { width: 1280, height: 900 }, false);
    headPage = page;
    const cases = new CasesPage(page, baseUrl);
    await cases.openFromMenu();
    await cases.chooseInbox('DEPARTMENT');
    await cases.open(number);
    const sheet = new CaseDetailPage(page);
    await sheet.act('APPROVE_DECISION', { reason: '同意驳回。' }, '已作出决定');
    const steps = await sheet.timeline();
    const expected = ['REGISTER', 'ACCEPT', 'REQUEST_SUPPLEMENT', 'RECEIVE_SUPPLEMENT', 'START_INVESTIGATION',
      'PROPOSE_DECISION', 'APPROVE_DECISION'];
    check(JSON.stringify(steps) === JSON.stringify(expected), `the timeline shows ${JSON.stringify(steps)}`);
    await page.locator('#notice-DECISION').waitFor({ state: 'visible' });
    await page.locator('#case-file-export').waitFor({ state: 'visible' });
    await shot(page, '15-decision-approved-desktop.png');
  });

  await run('in English the head reads the same case with English dates', async () => {
    const page = headPage;
    await page.locator('#language-switch').click();
    await page.waitForEvent('load');
    const sheet = new CaseDetailPage(page);
    await sheet.expectStatus('Decided');
    const due = await page.locator('#clock-acceptance .clock-due').innerText();
    check(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, 24:00$/.test(due.trim()), `the English deadline reads "${due}"`);
    await shot(page, '16-decision-approved-en-desktop.png');
  });

  await j.passed('CASE JOURNEY PASSED');
  process.exit(0);
} catch (e) {
  j.failed(e);
}
