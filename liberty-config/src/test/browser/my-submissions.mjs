// 我的投诉 on a 360 px phone: a real-name filer proves their number with the code the SMS gateway
// received (the stand-in gateway's spool directory) and sees their complaint without receipt
// number or access code; a bad number and a wrong code are refused at their fields.
//
//   node my-submissions.mjs <baseUrl> <screenshotDir> <phone> <sms spool dir> <receipt number>
//
// Exit code 0 with "MY SUBMISSIONS PASSED"; otherwise 1 with "JOURNEY FAILED: <step>: <reason>".
import { launchChromium, noHorizontalOverflow, openPage, PHONE, parseBaseUrl, journey } from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';

const [baseArg, screenshotDir, phone, spool, receipt] = process.argv.slice(2);
if (!receipt) {
  console.error('usage: node my-submissions.mjs <baseUrl> <shots> <phone> <sms spool dir> <receipt>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const j = journey({ limitMs: 120_000 });
const { run, check } = j;

/** The code of the newest SMS to the number in the spool (files: number line, text line). */
async function codeFromSms(after) {
  for (const started = performance.now(); performance.now() - started < 15_000;) {
    const files = fs.existsSync(spool) ? fs.readdirSync(spool).filter((f) => f.endsWith('.sms')).sort() : [];
    for (const f of files.reverse()) {
      if (after.has(f)) {
        continue;
      }
      const [number, text] = fs.readFileSync(path.join(spool, f), 'utf8').split('\n');
      const code = /验证码是(\d{6})/.exec(text ?? '');
      if (number === phone && code) {
        return code[1];
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no SMS with a code to the number in ${spool}`);
}

function smsFiles() {
  return new Set(fs.existsSync(spool) ? fs.readdirSync(spool) : []);
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE, phone: true });

  await run('the home page leads to 我的投诉举报', async () => {
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    await page.locator('#entrance-my').click();
    await page.waitForURL((url) => url.pathname === '/my');
    await page.locator('#my-phone').waitFor({ state: 'visible' });
    await noHorizontalOverflow(page, 'the sign-in', PHONE.width);
  });

  let before;
  await run('a bad number is refused at its field, the right one gets a code', async () => {
    await page.locator('#my-phone input').fill('12345');
    await page.locator('#my-send-code').click();
    await page.locator('#my-phone[invalid]').waitFor({ state: 'attached' });
    before = smsFiles();
    await page.locator('#my-phone input').fill(phone);
    await page.locator('#my-send-code').click();
    await page.locator('#my-code').waitFor({ state: 'visible' });
    const line = await page.locator('#my-status-line').innerText();
    check(line.includes(phone.slice(0, 3) + '****' + phone.slice(7)), `the status line reads "${line}"`);
  });

  await run('a wrong code is refused at its field, the SMS code opens the list', async () => {
    const code = await codeFromSms(before);
    const wrong = code === '000000' ? '000001' : '000000';
    await page.locator('#my-code input').fill(wrong);
    await page.locator('#my-open').click();
    await page.locator('#my-code[invalid]').waitFor({ state: 'attached' });
    await page.locator('#my-code input').fill(code);
    await page.locator('#my-open').click();
    await page.locator(`#my-card-${receipt}`).waitFor({ state: 'visible' });
    await noHorizontalOverflow(page, 'the list', PHONE.width);
    await page.screenshot({ path: path.join(screenshotDir, 'my-01-list-360.png'), fullPage: true });
  });

  await run('the complaint opens with its progress, without receipt number or access code', async () => {
    await page.locator(`#my-look-${receipt}`).click();
    const number = page.locator('#tracking-receipt-number');
    await number.waitFor({ state: 'visible' });
    check((await number.innerText()).includes(receipt), 'another submission opened');
    await noHorizontalOverflow(page, 'the progress', PHONE.width);
    await page.locator('#my-back').click();
    await page.locator(`#my-card-${receipt}`).waitFor({ state: 'visible' });
  });

  await j.passed('MY SUBMISSIONS PASSED');
} catch (e) {
  j.failed(e);
}
