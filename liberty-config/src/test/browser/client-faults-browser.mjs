// One officer's browser for the client-fault test (liberty-config/bench/client-faults.sh): logs in,
// opens the live inbox (console/notifications, server push on; or stays on the console with
// page "console", where the header's bell is live), waits until a change arrives by push (the test
// keeps registering cases in the officer's department, so the unread count moves every few
// seconds) and prints READY. Then:
//   vanish  – stays on the page until the test makes the browser vanish (kill -9, a frozen proxy,
//             dropped packets); exits when the browser is gone. A line "LEAVE" on stdin instead
//             makes the officer leave properly (the control case): the page is left for
//             about:blank (its unload beacon closes the server's UI), then Chromium is closed.
//   witness – stays for the whole test and prints "UNREAD <epoch ms> <text>" at every change of the
//             unread count (what push delivered to a browser that did not vanish) and "RELOADED"
//             if the page was reloaded; closes the browser when its stdin closes.
//
//   node client-faults-browser.mjs <baseUrl> <login> <password> <vanish|witness> [notifications|console]
//
// The password must be the account's current one (the test changed the initial one over the API).
// On failure: "FAILED <step>: <reason>" and exit code 1.
import { launchChromium, openPage, parseBaseUrl } from './harness.mjs';
import { LoginPage, NotificationsPage } from './pages.mjs';

const [baseArg, login, password, role = 'vanish', where = 'notifications'] = process.argv.slice(2);
if (!baseArg || !login || !password) {
  console.error('usage: node client-faults-browser.mjs <baseUrl> <login> <password> <vanish|witness>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
let step = 'launch';
let browser;

function fail(e) {
  console.log(`FAILED ${step}: ${(e && e.message ? e.message : String(e)).split('\n')[0]}`);
  const closing = browser ? browser.close().catch(() => {}) : Promise.resolve();
  Promise.race([closing, new Promise((r) => setTimeout(r, 5000))]).then(() => process.exit(1));
}

// the live inbox's "N 条未读", or the bell's count (set also while the badge is hidden at 0)
const COUNT = where === 'console' ? '#notification-count' : '#notifications-unread';
const unreadText = (page) => page.locator(COUNT).textContent({ timeout: 10_000 });

try {
  browser = await launchChromium();
  browser.on('disconnected', () => {
    console.log('GONE');
    process.exit(0);
  });
  const page = await openPage(browser, { viewport: { width: 1024, height: 768 }, phone: false });

  step = 'log in';
  const form = new LoginPage(page, baseUrl);
  await form.open();
  await form.logIn(login, password);
  if (page.url().endsWith('/console/password')) {
    throw new Error('the account still has to change its initial password');
  }

  const inbox = new NotificationsPage(page, baseUrl);
  if (where === 'console') {
    step = 'the console shows the bell';
    await page.locator('#notification-bell').waitFor({ state: 'visible' });
    await page.locator(COUNT).waitFor({ state: 'attached' });
  } else {
    step = 'open the live inbox';
    await inbox.open();
    await page.locator(COUNT).waitFor({ state: 'visible' });
  }
  await inbox.markPageAsLoaded();

  step = 'a change arrives by server push';
  const first = await unreadText(page);
  await page.waitForFunction(([selector, before]) => {
    const e = document.querySelector(selector);
    return e && e.textContent !== before;
  }, [COUNT, first], { timeout: 60_000, polling: 200 });
  await inbox.expectNotReloaded();
  console.log('READY');

  if (role === 'witness') {
    step = 'witness';
    process.stdin.on('end', async () => {
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      process.exit(0);
    });
    process.stdin.resume();
    let shown = await unreadText(page);
    console.log(`UNREAD ${shown}`);
    let checks = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      const now = await unreadText(page).catch(() => shown);
      if (now !== shown) {
        shown = now;
        console.log(`UNREAD ${shown}`);
      }
      if (++checks % 25 === 0) {
        const mark = await page.evaluate(() => window.__notificationsPageMark).catch(() => 'same page');
        if (mark !== 'same page') {
          console.log('RELOADED');
          await inbox.markPageAsLoaded();
        }
      }
    }
  } else {
    step = 'waiting to vanish';
    // the test kills this browser; keep the event loop alive until then
    setInterval(() => {}, 60_000);
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', async (text) => {
      if (text.includes('LEAVE')) {
        step = 'leave properly';
        try {
          await page.goto('about:blank');
          await new Promise((r) => setTimeout(r, 1000));
          console.log('LEFT');
          await browser.close();
        } catch (e) {
          fail(e);
        }
      }
    });
  }
} catch (e) {
  fail(e);
}
