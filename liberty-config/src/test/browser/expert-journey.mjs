// The evaluation experts on a 360×740 phone: an expert applies on the public page (专家入库申请) in
// Chinese — a wrong ID number and no specialty are shown at their fields, then corrected and sent,
// and the application number is shown (never the ID); from there 查看我的评标记录 takes the ID and phone
// and answers with the same words whether or not they match — then an office officer logs in, opens 专家库
// from the menu, finds the candidate under 待审核, reads the full identity (audited), approves the
// application, and finds the expert under 在库; a request for more experts than the pool holds is
// refused with the detailed reason. No page scrolls sideways.
//
//   node expert-journey.mjs <baseUrl> <screenshotDir> <office login:password>
//
// The office account is new (its first login forces a password change). Exit code 0 with
// "EXPERT JOURNEY PASSED"; otherwise 1 with "JOURNEY FAILED: <step>: <reason>". Cut off after 3 minutes.
import {
  launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, parseAccount, journey,
} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { HomePage, logInChangingPassword } from './pages.mjs';
import {
  residentId, wrongCheck, ExpertApplyPage, ExpertAccessPage, ExpertPoolPage, ExpertSheetPage, ExpertDrawsPage,
} from './expert-pages.mjs';

const [baseArg, screenshotDir, account] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !account) {
  console.error('usage: node expert-journey.mjs <baseUrl> <screenshotDir> <office login:password>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const office = parseAccount(account);
const suffix = crypto.randomUUID().slice(0, 6);
const name = `张明远${suffix}`;
const id = residentId();

const j = journey({ limitMs: 180_000 });
const { run, check } = j;

async function shot(page, file) {
  await page.waitForFunction(() => document.querySelectorAll('vaadin-notification-card').length === 0, null,
    { timeout: 10_000 }).catch(() => {});
  await page.screenshot({ path: path.join(screenshotDir, file), fullPage: true });
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE });
  const apply = new ExpertApplyPage(page, baseUrl);

  await run('the home page leads to 专家入库申请', async () => {
    const home = new HomePage(page, baseUrl);
    await home.open();
    await home.openEntrance('experts');
    await apply.expectOpen();
    await noHorizontalOverflow(page, 'the application form', PHONE.width);
    await shot(page, 'expert-01-apply-360.png');
  });

  await run('a wrong ID number and no specialty are shown at their fields', async () => {
    await apply.fill({
      name, id: wrongCheck(id), phone: '13907130000', employer: '麻城市建筑设计研究院', title: '高级工程师',
      certificate: '高级工程师职称证书', number: `鄂高职-${suffix}`, validUntil: '2030-06-30',
      conflicts: '麻城市城市建设投资有限公司\n湖北楚天路桥有限公司',
    });
    await apply.submit();
    const idError = await apply.errorAt('expert-resident-id');
    check(idError.includes('居民身份证号码不正确'), `the ID number's error reads "${idError}"`);
    const specialtyError = await apply.errorAt('expert-specialties');
    check(specialtyError.includes('请至少选择一个评标专业'), `the specialties' error reads "${specialtyError}"`);
    check(await page.locator('#expert-name[invalid]').count() === 0, 'the name is marked although it is right');
    await noHorizontalOverflow(page, 'the form with its errors', PHONE.width);
    await shot(page, 'expert-02-apply-errors-360.png');
  });

  let number;
  await run('corrected, the application is sent and its number shown, not the ID', async () => {
    await apply.setId(id);
    await apply.chooseSpecialty('A0202');
    await apply.submit();
    number = await apply.confirmedNumber();
    check(/^421181-E[0-9A-Z]+$/.test(number), `the application number is "${number}"`);
    const body = await page.locator('body').innerText();
    check(!body.includes(id), 'the confirmation shows the resident ID');
    check(body.includes('待审核'), 'the confirmation does not say the application waits for review');
    await noHorizontalOverflow(page, 'the confirmation', PHONE.width);
    await shot(page, 'expert-03-apply-confirmed-360.png');
  });

  await run('查看我的评标记录 asks for the link and never tells whether the details match', async () => {
    const access = new ExpertAccessPage(page, baseUrl);
    await access.openFromApplyPage();
    await noHorizontalOverflow(page, 'the request for the own record', PHONE.width);
    const words = await access.request(id, '13907130000');
    check(words.startsWith('如果您填写的信息与专家库中的专家一致'), `the page answers "${words}"`);
    check(!(await page.locator('body').innerText()).includes(id), 'the answer shows the resident ID');
    await noHorizontalOverflow(page, 'the answer to the request', PHONE.width);
    await shot(page, 'expert-03b-own-record-requested-360.png');
  });
  await page.context().close();

  const officer = await openPage(j.browser, { viewport: PHONE });
  const pool = new ExpertPoolPage(officer);
  const sheet = new ExpertSheetPage(officer);
  await run('the office officer finds the candidate under 待审核 in 专家库', async () => {
    await logInChangingPassword(officer, baseUrl, office, `Expert-${crypto.randomUUID().slice(0, 8)}-7k`);
    await pool.openFromMenu();
    await pool.expectTab('CANDIDATE');
    check(await pool.count('CANDIDATE') >= 1, 'no candidate is counted');
    const state = await pool.stateOf(name);
    check(state === '待审核', `the candidate's card says "${state}"`);
    await noHorizontalOverflow(officer, 'the pool', PHONE.width);
    await shot(officer, 'expert-04-pool-candidates-360.png');
  });

  await run('the officer opens the candidate and reads the full identity (audited)', async () => {
    await pool.open(name);
    check(await sheet.state() === '待审核', 'the sheet does not show the candidate state');
    const masked = (await officer.locator('#expert-sheet-masked-id').innerText()).trim();
    check(masked.startsWith(id.slice(0, 4)) && masked.includes('*') && !masked.includes(id.slice(6, 14)),
      `the sheet shows the ID as "${masked}"`);
    const full = await sheet.reveal();
    check(full === id, `the full identity shows "${full}"`);
    await noHorizontalOverflow(officer, 'the expert sheet', PHONE.width);
  });

  await run('the officer approves the application', async () => {
    await sheet.decide('APPROVE', '材料齐全，符合入库条件', '在库');
    await noHorizontalOverflow(officer, 'the approved expert', PHONE.width);
    await shot(officer, 'expert-05-approved-360.png');
  });

  await run('the expert appears as 在库 in the pool', async () => {
    await sheet.back();
    await pool.expectTab('ACTIVE');
    const state = await pool.stateOf(name);
    check(state === '在库', `the expert's card says "${state}"`);
    check(await pool.count('ACTIVE') >= 1, 'no expert is counted in the pool');
    await noHorizontalOverflow(officer, 'the pool in 在库', PHONE.width);
    await shot(officer, 'expert-06-pool-active-360.png');
  });

  await run('a request for more experts than the pool holds is refused with the reason', async () => {
    const draws = new ExpertDrawsPage(officer);
    await draws.openFromMenu();
    await noHorizontalOverflow(officer, 'the draws', PHONE.width);
    await draws.request({
      sectionCode: `MC-IT-${suffix}`, sectionName: '城东污水管网改造工程二标段', tenderer: '麻城市水务局',
      specialty: 'A0202', count: 25, day: '2026-12-30', time: '09:00', place: '麻城市公共资源交易中心第三评标室',
    });
    const reason = await draws.quotaError();
    check(/专业 A0202 给水排水管网 回避后只有 \d+ 个不同单位的专家，本轮需要 25 名/.test(reason),
      `the refusal reads "${reason}"`);
    await noHorizontalOverflow(officer, 'the refused request', PHONE.width);
    await shot(officer, 'expert-07-draw-too-few-360.png');
  });

  await j.passed('EXPERT JOURNEY PASSED');
  process.exit(0);
} catch (e) {
  j.failed(e);
}
