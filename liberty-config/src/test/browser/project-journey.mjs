// The register of projects that must be tendered (应进必进、应招必招) on a 360×740 phone: a department
// officer opens 应进必进预警 from the menu, downloads the template (its header exactly what the register
// reads), imports a CSV file of an approved project (approved in November 2026, after 1 June 2018 and
// near the top of the register, which lists the latest approvals first; its planned tender date past on
// the test server's day; one works contract of 450万 and two of 390万 and 380万; and one line with a
// contract kind the register does not know), reads the counts and the rejected line in a table,
// pastes the tenders recorded for it (a services section invited where open tender was approved), then
// opens the project: its contracts with the threshold of order No. 16, and the alerts — not tendered,
// method differs, split below the threshold — with their evidence and basis. The officer dismisses the
// split with a reason (refused first without one), opens a case from the untendered contract and
// follows its link to the case; in English the evidence is English. Nothing scrolls sideways.
//
//   node project-journey.mjs <baseUrl> <screenshotDir> <officer login:password>
//
// The account is new (its first login forces a password change). Exit code 0 with
// "PROJECT JOURNEY PASSED"; otherwise 1 with "JOURNEY FAILED: <step>: <reason>". Cut off after 3 minutes.
import {
  fitsThePhone, journey, launchChromium, openPage, PHONE, parseAccount, parseBaseUrl, screenshots,
} from './harness.mjs';
import { logInChangingPassword } from './pages.mjs';
import { RegisterPage, ProjectPage } from './project-pages.mjs';

const [baseArg, screenshotDir, account] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !account) {
  console.error('usage: node project-journey.mjs <baseUrl> <screenshotDir> <officer login:password>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const officer = parseAccount(account);
const suffix = crypto.randomUUID().slice(0, 6);

const APPROVALS = 'approvalNumber,projectCode,projectName,employer,approvedOn,method,organisation,mandatory,'
  + 'plannedTenderDate,contractKind,contractName,contractEstimate';
const TENDERS = 'projectCode,sectionCode,sectionName,contractKind,method,organisation,announcedOn,estimate';
const CODE = `MC-PR-${suffix}`;
const PROJECT = `麻发改审批〔2026〕${suffix}号,${CODE},城区道路与管网改造工程,麻城市城市建设投资有限公司,2026-11-02,公开招标,委托招标,是,2026-12-01`;
const REGISTER = [
  APPROVALS,
  `${PROJECT},施工,管网施工,4500000`,
  `${PROJECT},施工,道路一段,390万元`,
  `${PROJECT},施工,道路二段,3800000`,
  `${PROJECT},工程,绿化,500000`,
].join('\r\n') + '\r\n';
const RECORDED = [TENDERS, `${CODE},${CODE}-03,施工监理,服务,邀请招标,委托招标,2026-12-05,800000`].join('\n');

const j = journey({ limitMs: 180_000 });
const { run, check } = j;

try {
  const shot = screenshots(screenshotDir);
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE });
  const register = new RegisterPage(page, baseUrl);
  const project = new ProjectPage(page);
  let alerts;

  await run('the officer logs in on a phone and opens 应进必进预警 from the menu', async () => {
    await logInChangingPassword(page, baseUrl, officer, `Register-${suffix}-7k`);
    await register.openFromMenu();
    await register.openImport();
    await fitsThePhone(page, 'the register with its import');
    await shot(page, 'project-0-register-360.png');
  });

  await run('the template holds exactly the header the register reads', async () => {
    const template = await register.template('approvals');
    check(template.text.trim() === APPROVALS, `the template reads "${template.text}"`);
    check(template.name.endsWith('.csv'), `the template is named "${template.name}"`);
    const header = await page.locator('#register-import-header').innerText();
    check(header.includes(APPROVALS), `the header shown reads "${header}"`);
  });

  await run('a CSV file of an approved project is imported; the rejected line is in a table', async () => {
    const counts = await register.importFile({ name: '项目审批.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER, 'utf8') });
    check(counts === '收到 4 行：导入项目 1 个，未导入 1 行', `the counts read "${counts}"`);
    const rejected = await register.rejected();
    check(rejected.length === 1 && rejected[0].line === 5 && rejected[0].field === 'contractKind'
      && rejected[0].message.includes('合同类别'), `rejected: ${JSON.stringify(rejected)}`);
    await page.locator('#register-import-rejected').scrollIntoViewIfNeeded();
    await fitsThePhone(page, 'the import with its rejected line');
    await shot(page, 'project-1-imported-360.png');
  });

  await run('the tenders recorded for it are pasted and imported', async () => {
    await register.chooseKind(1, TENDERS);
    const counts = await register.importText(RECORDED);
    check(counts === '收到 1 行：导入招标记录 1 条（1 个项目），未导入 0 行', `the counts read "${counts}"`);
    check(await page.locator('#register-import-rejected').count() === 0, 'a rejected table without rejected lines');
    await fitsThePhone(page, 'the tenders imported');
  });

  await run('the project is listed with its open alerts and opens with its facts and contracts', async () => {
    const card = page.locator('.project-summary', { hasText: CODE });
    await card.waitFor({ state: 'visible' });
    const alertCount = await card.locator('[data-open]').first().getAttribute('data-open');
    check(alertCount === '3', `the list counts ${alertCount} open alerts`);
    await fitsThePhone(page, 'the register list');
    await register.openProject(CODE);
    check((await project.text('#project-name')).includes(CODE), 'the project is not shown');
    const threshold = await project.text('#project-threshold');
    check(threshold.includes('国家发展改革委令第16号'), `the threshold rule reads "${threshold}"`);
    check((await project.text('#project-contract-0-threshold')) === '4,000,000 元', 'the works threshold is not 400万');
    check((await project.text('#project-contract-0-must')) === '必须招标', 'the 450万 contract must be tendered');
    check((await project.text('#project-contract-1-must')) === '未达标准', 'the 390万 contract is below the threshold');
    check((await project.text('#project-tender-0-method')) === '邀请招标', 'the recorded tender is not shown');
    await fitsThePhone(page, 'the top of the project');
    await shot(page, 'project-2-facts-360.png');
  });

  await run('the alerts show their evidence and basis as cards', async () => {
    alerts = await project.alerts();
    const kinds = alerts.map((a) => a.kind);
    check(kinds.includes('NOT_TENDERED') && kinds.includes('SPLIT') && kinds.includes('METHOD_DIFFERS'),
      `the alerts are ${kinds.join(', ')}`);
    const untendered = alerts.find((a) => a.kind === 'NOT_TENDERED');
    check(untendered.evidence.includes('管网施工') && untendered.evidence.includes('计划招标日期2026-12-01已过'),
      `the untendered contract's evidence reads "${untendered.evidence}"`);
    const split = alerts.find((a) => a.kind === 'SPLIT');
    check(split.evidence.includes('合计770万元') && split.evidence.includes('道路一段'),
      `the split's evidence reads "${split.evidence}"`);
    const basis = await project.text(`#${split.id}-basis`);
    check(basis.includes('化整为零'), `the split's basis reads "${basis}"`);
    check(alerts.every((a) => a.state === 'OPEN'), 'an alert is not open');
    await page.locator(`#${split.id}`).scrollIntoViewIfNeeded();
    await fitsThePhone(page, 'the alerts');
    await shot(page, 'project-3-alerts-360.png');
  });

  await run('the officer dismisses the split with a reason', async () => {
    const split = alerts.find((a) => a.kind === 'SPLIT');
    await project.dismiss(split.id, '两段道路分属不同年度的财政预算，已另行核实');
    const reason = await project.text(`#${split.id}-reason`);
    check(reason.includes('分属不同年度'), `the reason reads "${reason}"`);
    check(await page.locator(`#${split.id}-dismiss`).count() === 0, 'a dismissed alert can still be dismissed');
    await fitsThePhone(page, 'the dismissed alert');
    await shot(page, 'project-4-dismissed-360.png');
  });

  await run('a case is opened from the untendered contract and its link leads to the case', async () => {
    const untendered = alerts.find((a) => a.kind === 'NOT_TENDERED');
    const number = await project.openCase(untendered.id);
    check(number.length > 5, `the case number reads "${number}"`);
    await fitsThePhone(page, 'the alert with its case');
    await page.locator(`#${untendered.id}-case-link`).click();
    await page.waitForURL((url) => /\/console\/cases\/[^/]+$/.test(url.pathname));
    await page.locator('#case-back').waitFor({ state: 'visible' });
    await page.goBack();
    await page.locator('#project-sheet').waitFor({ state: 'visible' });
  });

  await run('in English the evidence is English', async () => {
    await page.locator('#language-switch').click();
    await page.waitForEvent('load');
    const english = await project.alerts();
    const untendered = english.find((a) => a.kind === 'NOT_TENDERED');
    check(untendered.evidence.startsWith('Contract "管网施工"'), `the English evidence reads "${untendered.evidence}"`);
    const state = await project.text(`#${english.find((a) => a.kind === 'SPLIT').id}-state`);
    check(state === 'Dismissed', `the dismissed state in English reads "${state}"`);
    await fitsThePhone(page, 'the project in English');
    await shot(page, 'project-5-english-360.png');
  });

  await j.passed('PROJECT JOURNEY PASSED');
} catch (e) {
  j.failed(e);
}
