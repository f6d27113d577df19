// What every browser journey shares: Debian's chromium launched the way this machine needs it,
// a page in a fresh context, the phone-width checks, the screenshots, the arguments (base URL,
// login:password) and the run of the journey (numbered steps, checks, the watchdog, the failure that closes the browser).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The WCAG 2.1 A/AA violations axe-core finds on the page as it is now, one line each (empty when none). */
export async function wcagViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',
      'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' '))
      .slice(0, 5).join(', ')}`);
  });
}

/**
 * Debian's chromium (test tools that download their own browser fail here); {@code extraArgs} e.g. a fake
 * camera ({@code --use-fake-device-for-media-stream --use-file-for-fake-video-capture=<file.y4m>}).
 */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  });
}

/** The phone every journey uses unless it says otherwise. */
export const PHONE = { width: 360, height: 740 };

/**
 * A page in a fresh context (own session, Chinese locale, 30 s for every wait): a touch phone by
 * default, a desktop with {@code phone: false}; other context options pass through.
 */
export async function openPage(browser, { viewport = PHONE, phone = true, ...options } = {}) {
  const context = await browser.newContext({
    viewport, deviceScaleFactor: phone ? 2 : 1, isMobile: phone, hasTouch: phone, locale: 'zh-CN', ...options,
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  return context.newPage();
}

/** Fails when the page is wider than the phone's screen (a horizontal scroll bar). */
export async function noHorizontalOverflow(page, where, screenWidth = 360) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > screenWidth) {
    throw new Error(`${where} is ${width} px wide, wider than the ${screenWidth} px screen`);
  }
}

/**
 * Fails when any visible element reaches past the right edge of the screen, also inside containers
 * that clip instead of scrolling (the header bar): what a reader could not see or reach.
 */
export async function nothingCutOffAtTheRight(page, where, screenWidth = 360) {
  const cut = await page.evaluate((width) => {
    const out = [];
    document.querySelectorAll('body *').forEach((e) => {
      const r = e.getBoundingClientRect();
      // tabs scroll sideways by design (with scroll buttons); Vaadin's connection indicator is
      // invisible (opacity 0) until the connection is lost
      if (e.closest('vaadin-tabs, .v-loading-indicator, .v-status-message, vaadin-connection-indicator')) {
        return;
      }
      if (r.width > 0 && r.height > 0 && r.right > width + 1 && r.left < width
          && (!e.checkVisibility || e.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true }))) {
        out.push(`${e.localName}${e.id ? '#' + e.id : ''} (right ${Math.round(r.right)} px)`);
      }
    });
    return out.slice(0, 5);
  }, screenWidth);
  if (cut.length > 0) {
    throw new Error(`${where}: cut off at the right of the ${screenWidth} px screen: ${cut.join(', ')}`);
  }
}

/** Fails when the page does not fit the phone's screen: wider than it, or anything cut off at its right. */
export async function fitsThePhone(page, where) {
  await noHorizontalOverflow(page, where, PHONE.width);
  await nothingCutOffAtTheRight(page, where, PHONE.width);
}

/**
 * The journey's screenshots into {@code dir} (made now): {@code shot(page, file)} takes the whole page
 * once the confirmations have faded (they would cover its top).
 */
export function screenshots(dir) {
  fs.mkdirSync(dir, { recursive: true });
  return async (page, file) => {
    await page.waitForFunction(() => document.querySelectorAll('vaadin-notification-card').length === 0, null,
      { timeout: 10_000 }).catch(() => {});
    await page.screenshot({ path: path.join(dir, file), fullPage: true });
  };
}

/** The base URL argument, ending in a slash. */
export function parseBaseUrl(arg) {
  return arg.endsWith('/') ? arg : arg + '/';
}

/** A {@code login:password} argument (the password may contain colons). */
export function parseAccount(arg) {
  const at = arg.indexOf(':');
  return { login: arg.slice(0, at), password: arg.slice(at + 1) };
}

/**
 * The run of one journey; its watchdog starts now. {@code failure} starts the line printed on
 * failure ("JOURNEY FAILED: <step>: <reason>" on stderr, exit code 1, the browser closed within
 * 5 s); {@code whole} names the journey when the watchdog cuts it off after {@code limitMs}.
 */
export function journey({ limitMs = 120_000, failure = 'JOURNEY FAILED', whole = 'whole journey' } = {}) {
  let browser;
  let step = 'start';

  function fail(where, reason) {
    console.error(`${failure}: ${where}: ${reason}`);
    const closing = browser ? browser.close().catch(() => {}) : Promise.resolve();
    Promise.race([closing, new Promise((r) => setTimeout(r, 5000))]).then(() => process.exit(1));
  }

  const watchdog = setTimeout(() => fail(whole, `took longer than ${limitMs / 60_000} minutes`), limitMs);

  return {
    /** The browser that a failure closes. */
    set browser(opened) {
      browser = opened;
    },
    get browser() {
      return browser;
    },
    /** The step a failure names (set by {@code run}, or directly for steps that print nothing). */
    set step(name) {
      step = name;
    },
    get step() {
      return step;
    },
    fail,

    /** Runs one step and prints "ok  <name> (<ms> ms)". */
    async run(name, action) {
      step = name;
      const started = performance.now();
      await action();
      console.log(`ok  ${name} (${Math.round(performance.now() - started)} ms)`);
    },

    check(condition, message) {
      if (!condition) {
        throw new Error(message);
      }
    },

    /** Fails the current step with the first line of the error's message. */
    failed(e) {
      // the first line, and what Playwright was waiting for when it timed out
      const lines = (e && e.message ? e.message : String(e)).split('\n');
      const waiting = lines.find((l) => l.includes('waiting for'));
      fail(step, lines[0] + (waiting ? ` (${waiting.trim()})` : ''));
    },

    /** Stops the watchdog and closes the browser, then prints the line that says the journey passed. */
    async passed(line) {
      clearTimeout(watchdog);
      await browser.close();
      console.log(line);
    },
  };
}
