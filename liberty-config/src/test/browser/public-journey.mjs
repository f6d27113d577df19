// The public channel (投诉举报) on a 360×740 phone, in two parts around an officer's message that
// the integration test posts through the officer API in between:
//
//   node public-journey.mjs file   <baseUrl> <screenshotDir> <photo.jpg>
//       an anonymous 举报 with a photo → receipt (number and code shown once, warning, PDF).
//       Prints RECEIPT=<number> and ACCESS_CODE=<code>.
//   node public-journey.mjs follow <baseUrl> <screenshotDir> <photo.jpg> <receipt> <code> <officer message>
//                           [<push endpoint> <p256dh> <auth>]   (then also: Notify me → Web Push subscription)
//       follow up: a wrong code is refused like an unknown receipt, the right one shows the
//       progress and the officer's message; the reporter answers with a supplement (补正) photo.
//
// Exit code 0 with "PUBLIC JOURNEY PASSED"; otherwise 1 with "JOURNEY FAILED: <step>: <reason>".
// Every wait is bounded; each part is cut off after three minutes.
import { launchChromium, noHorizontalOverflow, openPage, parseBaseUrl, journey } from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { ReportPage, TrackingPage, expectText } from './public-pages.mjs';

const [mode, baseArg, screenshotDir, photo, receiptArg, codeArg, officerMessage, pushEndpoint, pushP256dh, pushAuth] =
  process.argv.slice(2);
if (!['file', 'follow'].includes(mode) || !baseArg || !screenshotDir || !photo
    || (mode === 'follow' && (!receiptArg || !codeArg || !officerMessage))) {
  console.error('usage: node public-journey.mjs file <baseUrl> <screenshotDir> <photo>\n'
    + '       node public-journey.mjs follow <baseUrl> <screenshotDir> <photo> <receipt> <code> <message>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const WIDTH = 360;
const photoName = path.basename(photo);

const j = journey({ limitMs: 180_000 });
const { run } = j;

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

async function fileReport(page) {
  const report = new ReportPage(page, baseUrl);
  await run('the report form opens, anonymous, with the upload limits', async () => {
    await report.open();
    await report.expectAnonymousByDefault();
    await report.expectLimitsShown();
    await noHorizontalOverflow(page, 'the report form', WIDTH);
    await shot(page, 'public-01-report-form-360.png');
  });

  await run('the form is filled and a photo attached', async () => {
    await report.fill({
      matter: '围标串标',
      industry: '水利',
      projectName: '举水河堤防加固工程',
      facts: '开标前三家投标人的投标保证金由同一账户转出，投标文件的错误完全一致。',
    });
    await report.attach(photo, photoName);
    await noHorizontalOverflow(page, 'the filled report form', WIDTH);
    await shot(page, 'public-02-report-filled-360.png');
  });

  let receipt;
  await run('submitting shows the receipt number and the access code once', async () => {
    receipt = await report.submit();
    if (!receipt.number || !receipt.code) {
      throw new Error(`receipt "${receipt.number}" / code "${receipt.code}" missing`);
    }
    await report.expectSaveWarning('只显示这一次');
    await noHorizontalOverflow(page, 'the receipt', WIDTH);
    await shot(page, 'public-03-receipt-360.png');
  });

  await run('the PDF receipt downloads', async () => {
    const pdf = await report.downloadReceipt();
    if (pdf.bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new Error(`the receipt "${pdf.name}" is not a PDF`);
    }
    if (!pdf.name.endsWith('.pdf') || !pdf.name.includes(receipt.number)) {
      throw new Error(`the receipt file is named "${pdf.name}"`);
    }
  });
  console.log(`RECEIPT=${receipt.number}`);
  console.log(`ACCESS_CODE=${receipt.code}`);
}

/**
 * An address the site does not have (here the one older receipts printed) shows the site's own
 * page in the reader's language, with the header and ways on, and answers 404.
 */
async function unknownAddress(page, locale, heading, home) {
  const response = await page.goto(baseUrl + 'public/tracking', { waitUntil: 'domcontentloaded' });
  if (response.status() !== 404) {
    throw new Error(`an unknown address answers ${response.status()}, not 404`);
  }
  await expectText(page, '#not-found #view-title', heading);
  const body = await page.locator('body').innerText();
  if (body.includes('Could not navigate') || body.includes('public/tracking')) {
    throw new Error(`the ${locale} page shows Vaadin's developer text or echoes the address: ${body}`);
  }
  await page.locator('vaadin-app-layout').waitFor({ state: 'attached' });
  await noHorizontalOverflow(page, `the ${locale} not-found page`, WIDTH);
  await shot(page, `public-00-not-found-${locale}-360.png`);
  await page.locator('#not-found-tracking').click();
  await page.waitForURL((url) => url.pathname === '/tracking');
  await page.locator('#tracking-lookup').waitFor({ state: 'visible' });
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/public/tracking');
  await expectText(page, '#not-found-home', home);
}

async function followUp(page) {
  const tracking = new TrackingPage(page, baseUrl);
  await run('an unknown address shows the site\'s own 404 page in Chinese and in English', async () => {
    await unknownAddress(page, 'zh', '页面不存在', '返回首页');
    const english = await openPage(j.browser);
    await english.context().addCookies([{ name: 'lang', value: 'en', url: baseUrl }]);
    await unknownAddress(english, 'en', 'Page not found', 'Back to home');
    await english.context().close();
  });

  await run('a wrong access code is refused like an unknown receipt', async () => {
    await tracking.open(receiptArg);
    await tracking.look(codeArg.slice(0, -1) + (codeArg.endsWith('A') ? 'B' : 'A'));
    await tracking.expectRefused('回执编号或查询码不正确');
    await noHorizontalOverflow(page, 'the tracking page', WIDTH);
  });

  await run('the right code shows the progress and the officer\'s message', async () => {
    await tracking.look(codeArg);
    await tracking.expectProgress();
    await tracking.expectOfficerMessage(officerMessage);
    await noHorizontalOverflow(page, 'the progress', WIDTH);
    await shot(page, 'public-04-progress-360.png');
  });

  if (pushEndpoint) {
    await run('the reporter asks to be notified of progress (Web Push)', async () => {
      await page.locator('#tracking-notify').click();
      await expectText(page, '#tracking-notify-state', '已开启');
    });
  }

  await run('the reporter answers with a supplement photo', async () => {
    await tracking.reply('补充：保证金转账记录见附图。', photo, photoName);
    await tracking.expectFile(photoName, '补正材料');
    await noHorizontalOverflow(page, 'the progress after the reply', WIDTH);
    await shot(page, 'public-05-supplement-360.png');
  });
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: { width: WIDTH, height: 740 }, acceptDownloads: true });
  if (pushEndpoint) {
    // Chromium here cannot reach a real push service: the browser's subscription is the test's own
    // loopback push service, with keys the test holds (the page's code path is otherwise the real one)
    await page.addInitScript(({ endpoint, p256dh, auth }) => {
      Notification.requestPermission = () => Promise.resolve('granted');
      PushManager.prototype.subscribe = function subscribe() {
        return Promise.resolve({ toJSON: () => ({ endpoint, keys: { p256dh, auth } }) });
      };
    }, { endpoint: pushEndpoint, p256dh: pushP256dh, auth: pushAuth });
  }
  if (mode === 'file') {
    await fileReport(page);
  } else {
    await followUp(page);
  }
  await j.passed('PUBLIC JOURNEY PASSED');
  process.exit(0);
} catch (e) {
  j.failed(e);
}
