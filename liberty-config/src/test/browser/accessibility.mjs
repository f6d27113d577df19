// WCAG 2.1 A/AA on the public pages at 360 px (GB/T 37668 follows WCAG), in Chinese and English,
// with axe-core run inside Debian's chromium; every violation is printed with its rule, impact
// and the elements at fault.
//
//   node accessibility.mjs <baseUrl>
//
// Then 大字 (适老化): the header's switch turns large text on for the browser, and every page at
// 200 % text still fits the 360 px screen (no sideways scrolling).
//
// Exit code 0 with "ACCESSIBILITY PASSED: <pages> pages, 0 violations"; otherwise 1 with
// "JOURNEY FAILED: <page>: <violations>". The whole run is cut off after four minutes.
import { launchChromium, noHorizontalOverflow, nothingCutOffAtTheRight, openPage, parseBaseUrl, journey }
  from './harness.mjs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const [baseArg] = process.argv.slice(2);
if (!baseArg) {
  console.error('usage: node accessibility.mjs <baseUrl>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
/** The public pages a citizen opens, each with an element that shows it has rendered. */
const PAGES = [
  ['', '#home-entrances, vaadin-app-layout'],
  ['reports/new', '#report-form'],
  ['complaints/new', '#complaint-form'],
  ['tracking', 'vaadin-app-layout'],
  ['my', '#my-sign-in'],
  ['credit', 'vaadin-app-layout'],
  ['inspections', 'vaadin-app-layout'],
  ['experts/apply', '#expert-apply-form'],
  ['login', 'vaadin-app-layout'],
  ['no-such-page', '#not-found'],
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const j = journey({ limitMs: 240_000 });
const { run } = j;

async function check(page, path, ready, language) {
  await page.goto(baseUrl + path, { waitUntil: 'domcontentloaded' });
  await page.locator(ready).first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  }, TAGS);
  if (path === '') {
    const home = await page.locator('#home-heading').innerText();
    const regions = await page.locator('#home-regions').innerText().catch(() => '');
    const city = language === 'en' ? 'Macheng' : '麻城市';
    if (language === 'zh-dark' && await page.evaluate(() => document.documentElement.getAttribute('theme')) !== 'dark') {
      throw new Error('a device set to dark does not get the dark theme');
    }
    if (!(home + regions).includes(city)) {
      throw new Error(`the home page does not name the city it serves: "${home}" "${regions}"`);
    }
  }
  if (result.length > 0) {
    throw new Error(`/${path} (${language}): ${result.map((v) => `${v.id} [${v.impact}] ${v.help}: `
      + v.nodes.join(', ')).join('; ')}`);
  }
}

try {
  j.browser = await launchChromium();
  for (const language of ['zh', 'en', 'zh-dark']) {
    // zh-dark: the device set to dark, so the dark theme's contrast is checked too
    const page = await openPage(j.browser, language === 'zh-dark' ? { colorScheme: 'dark' } : {});
    if (language === 'en') {
      await page.context().addCookies([{ name: 'lang', value: 'en', url: baseUrl }]);
    }
    for (const [path, ready] of PAGES) {
      await run(`/${path} (${language}) has no WCAG 2.1 A/AA violation`, () => check(page, path, ready, language));
    }
    await page.context().close();
  }
  const large = await openPage(j.browser);
  await run('the 大字 switch enlarges the text and is remembered', async () => {
    await large.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    await large.locator('#large-text-switch').click();
    await large.waitForFunction(() => document.documentElement.classList.contains('large-text'));
    const pressed = await large.locator('#large-text-switch').getAttribute('aria-pressed');
    if (pressed !== 'true') {
      throw new Error(`the switch says aria-pressed="${pressed}"`);
    }
    await large.reload({ waitUntil: 'domcontentloaded' });
    await large.waitForFunction(() => document.documentElement.classList.contains('large-text'));
  });
  for (const [path, ready] of PAGES) {
    await run(`/${path} at 200 % text fits 360 px`, async () => {
      await large.goto(baseUrl + path, { waitUntil: 'domcontentloaded' });
      await large.locator(ready).first().waitFor({ state: 'attached' });
      await large.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      await large.waitForTimeout(300);
      await noHorizontalOverflow(large, `/${path} at 200 % text`, 360);
      await nothingCutOffAtTheRight(large, `/${path} at 200 % text`, 360);
    });
  }
  await large.context().close();
  await j.passed(`ACCESSIBILITY PASSED: ${PAGES.length * 3} page views (zh, en, zh dark), 0 violations`);
  process.exit(0);
} catch (e) {
  j.failed(e);
}
