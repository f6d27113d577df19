// What the filer sent, on the officer's case sheet at 360 px: the evidence of an anonymous 举报
// downloads (the read is audited by the application), the officer writes to the filer from the
// sheet (the public journey then finds the message on the tracking page), and on a real-name
// 投诉 the filer's identity is masked until the officer gives a reason to reveal it; in English, what
// the platform wrote in Chinese (the case title) reads in English.
//
//   node case-submission.mjs <baseUrl> <screenshotDir> <officer login:password> <report case id>
//                            <photo file name> <message> <complaint case id> <filer's name>
//
// Exit code 0 with "CASE SUBMISSION PASSED"; otherwise 1 with "JOURNEY FAILED: <step>: <reason>".
import {
  launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, parseAccount, journey,
} from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { logInChangingPassword, CaseDetailPage } from './pages.mjs';

const [baseArg, screenshotDir, account, reportCase, photoName, message, complaintCase, filerName] =
  process.argv.slice(2);
if (!filerName) {
  console.error('usage: node case-submission.mjs <baseUrl> <shots> <officer l:p> <report case> <photo name>'
    + ' <message> <complaint case> <filer name>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const officer = parseAccount(account);
const j = journey({ limitMs: 150_000 });
const { run, check } = j;

async function openCase(page, id) {
  await page.goto(`${baseUrl}console/cases/${id}`, { waitUntil: 'domcontentloaded' });
  await page.locator('#case-submission').waitFor({ state: 'visible', timeout: 30_000 });
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE, phone: true, acceptDownloads: true });
  await logInChangingPassword(page, baseUrl, officer, `Sub-${crypto.randomUUID().slice(0, 8)}-7k`);

  await run('我的工作台 lists what is to do today', async () => {
    await page.goto(`${baseUrl}console`, { waitUntil: 'domcontentloaded' });
    await page.locator('#todo').waitFor({ state: 'visible' });
    const todo = await page.locator('#todo').innerText();
    check(todo.includes('今日待办'), `the to-do list reads "${todo}"`);
    await noHorizontalOverflow(page, 'the console with its to-do list', PHONE.width);
  });

  await run('the anonymous report shows as such, with its photo to download', async () => {
    await openCase(page, reportCase);
    const filer = await page.locator('#case-filer').innerText();
    check(filer.includes('匿名举报'), `the filer reads "${filer}"`);
    check(await page.locator('#case-filer-reveal').count() === 0, 'an anonymous filer offers a reveal');
    const link = page.locator('#case-evidence a', { hasText: photoName });
    check(await link.count() === 1, `no link to "${photoName}": ${await page.locator('#case-evidence').innerText()}`);
    const id = await link.getAttribute('id');
    const file = await new CaseDetailPage(page).download(id);
    check(file.name === photoName, `downloaded "${file.name}"`);
    check(file.head.charCodeAt(0) === 0xff && file.head.charCodeAt(1) === 0xd8, 'the download is not the JPEG sent');
    await noHorizontalOverflow(page, 'the case sheet with the submission', PHONE.width);
  });

  await run('the officer writes to the filer from the case sheet', async () => {
    await page.locator('#case-message-send').click();
    await page.locator('#case-message-text[invalid]').waitFor({ state: 'attached' });
    await page.locator('#case-message-text textarea').fill(message);
    await page.locator('#case-message-send').click();
    await page.locator('#case-messages .case-message-officer', { hasText: message }).waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(screenshotDir, 'case-submission-message-360.png'), fullPage: true });
  });

  await run('a real-name filer is masked until the officer gives a reason, then shown', async () => {
    await openCase(page, complaintCase);
    const masked = await page.locator('#case-filer-rows').innerText();
    check(!masked.includes(filerName), `the masked identity shows the name: "${masked}"`);
    check(masked.includes('*'), `nothing is masked: "${masked}"`);
    await page.locator('#case-filer-reveal').click();
    await page.locator('#case-filer-reveal-confirm').click();
    await page.locator('#case-filer-reveal-reason[invalid]').waitFor({ state: 'attached' });
    await page.locator('#case-filer-reveal-reason textarea').fill('电话核实投诉事实');
    await page.locator('#case-filer-reveal-confirm').click();
    await page.locator('#case-filer-revealed').waitFor({ state: 'visible' });
    const shown = await page.locator('#case-filer-rows').innerText();
    check(shown.includes(filerName), `the revealed identity reads "${shown}"`);
    await noHorizontalOverflow(page, 'the revealed identity', PHONE.width);
  });

  await run('in English the case the platform wrote in Chinese reads in English', async () => {
    await page.locator('#language-switch').click();
    await page.waitForEvent('load');
    await page.locator('#case-submission').waitFor({ state: 'visible' });
    const title = (await page.locator('#case-title').innerText()).trim();
    check(title.startsWith('Complaint'), `the English title reads "${title}"`);
    const section = await page.locator('#case-submission-section').innerText();
    check(section.includes('What the filer sent'), `the section reads "${section.slice(0, 80)}"`);
    await noHorizontalOverflow(page, 'the English case sheet', PHONE.width);
  });

  await j.passed('CASE SUBMISSION PASSED');
} catch (e) {
  j.failed(e);
}
