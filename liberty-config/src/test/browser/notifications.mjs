// An officer's open page shows a new assignment without reloading (server push):
// log in (forced password change), open the notifications page, print READY, then wait until
// the bell counts one unread notification and the list shows the assignment — on the same page.
//
//   node notifications.mjs <baseUrl> <login> <initialPassword> <screenshotDir>
//
// The test prints READY once the page is open; the caller then assigns a case to the officer.
// Exit code 0 on success; otherwise 1 with "NOTIFICATIONS FAILED: <step>: <reason>".
import { launchChromium } from './harness.mjs';
import path from 'node:path';
import { LoginPage, PasswordPage, NotificationsPage } from './pages.mjs';

const [baseArg, login, initialPassword, screenshotDir] = process.argv.slice(2);
const baseUrl = baseArg.endsWith('/') ? baseArg : baseArg + '/';
const watchdog = setTimeout(() => fail('whole run', 'took longer than 2 minutes'), 120_000);
let browser;
let step = 'start';

function fail(where, reason) {
  console.error(`NOTIFICATIONS FAILED: ${where}: ${reason}`);
  const closing = browser ? browser.close().catch(() => {}) : Promise.resolve();
  Promise.race([closing, new Promise((r) => setTimeout(r, 5000))]).then(() => process.exit(1));
}

try {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();

  step = 'officer logs in';
  const loginPage = new LoginPage(page, baseUrl);
  await loginPage.open();
  await loginPage.logIn(login, initialPassword);
  if (page.url().endsWith('/console/password')) {
    await new PasswordPage(page).change(initialPassword, `Officer-${Date.now().toString(36)}-7q`);
  }

  step = 'notifications page opens with nothing unread';
  const inbox = new NotificationsPage(page, baseUrl);
  await inbox.open();
  await inbox.expectUnread(0);
  await inbox.markPageAsLoaded();
  console.log('READY');

  step = 'the assignment arrives by server push';
  await inbox.expectUnread(1, 60_000);
  await inbox.expectItem('CASE_ASSIGNED', 60_000);
  await inbox.expectNotReloaded();
  await page.screenshot({ path: path.join(screenshotDir, '10-notification-arrived.png'), fullPage: true });

  clearTimeout(watchdog);
  await browser.close();
  console.log('NOTIFICATIONS PASSED');
  process.exit(0);
} catch (e) {
  fail(step, (e && e.message ? e.message : String(e)).split('\n')[0]);
}
