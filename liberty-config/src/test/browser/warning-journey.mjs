// The bid-rigging warnings in the console on a 360 px phone: a department head opens the list,
// finds the warning of a section imported through the API, reads its evidence (with the passage two
// bid files share) and legal basis (art. 40 and, for an expert's deviating score, art. 49), dismisses
// it with a reason and reads it again in English.
//
//   node warning-journey.mjs <baseUrl> <screenshotDir> <head login:password> <project name> <passage>
//
// The account is new (its first login forces a password change). Exit code 0 on success;
// otherwise 1 with "JOURNEY FAILED: <step>: <reason>" on stderr. Cut off after 2 minutes.
import {
  launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, parseAccount, journey,
} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { logInChangingPassword } from './pages.mjs';

const [baseArg, screenshotDir, account, projectName, passage] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !account || !projectName || !passage) {
  console.error('usage: node warning-journey.mjs <baseUrl> <screenshotDir> <head l:p> <project name> <passage>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const head = parseAccount(account);
const j = journey({ limitMs: 120_000 });
const { run, check } = j;

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE });

  await run('the department head logs in on a phone', async () => {
    await logInChangingPassword(page, baseUrl, head, `Warn-${crypto.randomUUID().slice(0, 8)}-7k`);
  });

  await run('the warning list shows the imported section', async () => {
    await page.goto(baseUrl + 'console/warnings', { waitUntil: 'domcontentloaded' });
    await page.locator('#warnings-grid').waitFor({ state: 'visible' });
    const row = page.locator('#warnings-grid vaadin-grid-cell-content', { hasText: projectName }).first();
    await row.waitFor({ state: 'attached' });
    await noHorizontalOverflow(page, 'the warning list', PHONE.width);
    await page.screenshot({ path: path.join(screenshotDir, 'warnings-list-phone.png'), fullPage: true });
    await row.click();
    await page.waitForURL((url) => /\/console\/warnings\/W[0-9a-f]+$/.test(url.pathname));
  });

  await run('the warning shows its evidence and legal basis', async () => {
    await page.locator('#warning-evidence').waitFor({ state: 'visible' });
    const evidence = await page.locator('#warning-evidence').innerText();
    check(evidence.includes('网卡MAC地址相同'), `no MAC evidence in "${evidence}"`);
    check(evidence.includes('投标文件内容异常一致'), `no document evidence in "${evidence}"`);
    check(evidence.includes(`共同文字「${passage}」`), `no shared passage "${passage}" in "${evidence}"`);
    check(evidence.includes('评标专家对该投标人的评分明显偏离'), `no expert evidence in "${evidence}"`);
    const basis = await page.locator('#warning-basis').innerText();
    check(basis.includes('第四十条第（一）项'), `no legal basis in "${basis}"`);
    check(basis.includes('第四十条第（四）项'), `no art. 40 item 4 in "${basis}"`);
    check(/条例》?第四十九条/.test(basis), `no art. 49 basis in "${basis}"`);
    check((await page.locator('#warning-status').innerText()) === '待核查', 'not open');
    await noHorizontalOverflow(page, 'the warning', PHONE.width);
    await page.screenshot({ path: path.join(screenshotDir, 'warning-detail-phone.png'), fullPage: true });
  });

  await run('the head dismisses it with a reason', async () => {
    await page.locator('#warning-dismiss').click();
    await page.locator('#warning-reason-input[invalid]').waitFor({ state: 'attached' });
    await page.locator('#warning-reason-input textarea').fill('两家公司为同一集团成员，已提交书面说明并经核实');
    await page.locator('#warning-dismiss').click();
    await page.locator('#warning-status', { hasText: '已排除' }).waitFor({ state: 'visible' });
    check(!(await page.locator('#warning-dismiss').isVisible()), 'a dismissed warning still offers actions');
  });

  await run('in English the warning shows the English labels', async () => {
    await page.locator('#language-switch').click();
    await page.waitForEvent('load');
    await page.locator('#warning-status', { hasText: 'Dismissed' }).waitFor({ state: 'visible' });
    const sheet = await page.locator('.warning-sheet').innerText();
    for (const label of ['Evidence', 'Legal basis', 'Bidders and prices', 'Risk score']) {
      check(sheet.includes(label), `no "${label}" in "${sheet}"`);
    }
    check(/Risk score: \d+/.test(sheet), `Chinese punctuation after an English label in "${sheet}"`);
    const evidence = await page.locator('#warning-evidence').innerText();
    check(evidence.includes('Abnormally consistent bid files'), `no English document evidence in "${evidence}"`);
    check(evidence.includes(`Shared text “${passage}”`), `no English passage label in "${evidence}"`);
    check(evidence.includes("An evaluation expert's score"), `no English expert evidence in "${evidence}"`);
    const basis = await page.locator('#warning-basis').innerText();
    check(basis.includes('art. 49'), `no English art. 49 basis in "${basis}"`);
    await noHorizontalOverflow(page, 'the warning in English', PHONE.width);
    await page.screenshot({ path: path.join(screenshotDir, 'warning-detail-phone-en.png'), fullPage: true });
  });

  await j.passed('JOURNEY OK');
} catch (e) {
  j.fail(j.step, e.message ?? String(e));
}
