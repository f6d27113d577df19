// An officer's open page shows a new assignment without reloading (server push):
// log in (forced password change), open the notifications page, print READY, then wait until
// the bell counts two unread notifications (the new case in the department, then its assignment to
// the officer) and the list shows both — on the same page; tapping one opens the case.
//
//   node notifications.mjs <baseUrl> <login> <initialPassword> <screenshotDir>
//
// The test prints READY once the page is open; the caller then assigns a case to the officer.
// Exit code 0 on success; otherwise 1 with "NOTIFICATIONS FAILED: <step>: <reason>".
import { launchChromium, openPage, parseBaseUrl, journey } from './harness.mjs';
import path from 'node:path';
import { logInChangingPassword, NotificationsPage } from './pages.mjs';

const [baseArg, login, initialPassword, screenshotDir] = process.argv.slice(2);
const baseUrl = parseBaseUrl(baseArg);
const j = journey({ limitMs: 120_000, failure: 'NOTIFICATIONS FAILED', whole: 'whole run' });

try {
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: { width: 1024, height: 768 }, phone: false });

  j.step = 'officer logs in';
  await logInChangingPassword(page, baseUrl, { login, password: initialPassword },
    `Officer-${crypto.randomUUID().slice(0, 8)}-7q`);

  j.step = 'notifications page opens with nothing unread';
  const inbox = new NotificationsPage(page, baseUrl);
  await inbox.open();
  await inbox.expectUnread(0);
  await inbox.markPageAsLoaded();
  console.log('READY');

  j.step = 'the new case and its assignment arrive by server push';
  await inbox.expectUnread(2, 60_000);
  await inbox.expectItem('CASE_RECEIVED', 60_000);
  await inbox.expectItem('CASE_ASSIGNED', 60_000);
  await inbox.expectNotReloaded();
  await page.screenshot({ path: path.join(screenshotDir, '10-notification-arrived.png'), fullPage: true });

  j.step = 'tapping the notification opens its case';
  await page.locator('#notification-list .notification-item[data-kind="CASE_ASSIGNED"]').first().click();
  await page.waitForURL((url) => url.pathname.startsWith('/console/cases/'), { timeout: 30_000 });
  await page.locator('#case-number').waitFor({ state: 'visible' });

  await j.passed('NOTIFICATIONS PASSED');
  process.exit(0);
} catch (e) {
  j.failed(e);
}
