// The public verification of a random inspection draw on a 360 px wide phone screen:
// the list of published plans → the plan (commitment as published, draw, result) → "验证" →
// every check passes; no page is wider than the screen.
//
//   node inspections.mjs <baseUrl> <region> <planId> <commitment> <screenshotDir>
//
// Exit code 0 on success; otherwise 1 with "INSPECTIONS FAILED: <step>: <reason>" on stderr.
import { launchChromium, noHorizontalOverflow } from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { PublicInspectionsPage, PublicPlanPage } from './inspection-pages.mjs';

const [baseArg, region, planId, commitment, screenshotDir] = process.argv.slice(2);
if (!baseArg || !region || !planId || !commitment || !screenshotDir) {
  console.error('usage: node inspections.mjs <baseUrl> <region> <planId> <commitment> <screenshotDir>');
  process.exit(2);
}
const baseUrl = baseArg.endsWith('/') ? baseArg : baseArg + '/';
const WIDTH = 360;
const watchdog = setTimeout(() => fail('whole run', 'took longer than 2 minutes'), 120_000);
let browser;
let step = 'start';

function fail(where, reason) {
  console.error(`INSPECTIONS FAILED: ${where}: ${reason}`);
  const closing = browser ? browser.close().catch(() => {}) : Promise.resolve();
  Promise.race([closing, new Promise((r) => setTimeout(r, 5000))]).then(() => process.exit(1));
}

async function run(name, action) {
  step = name;
  const started = Date.now();
  await action();
  console.log(`ok  ${name} (${Date.now() - started} ms)`);
}

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    locale: 'zh-CN',
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const list = new PublicInspectionsPage(page, baseUrl);
  const plan = new PublicPlanPage(page);

  await run('the public list shows the drawn plan', async () => {
    await list.open();
    await list.openPlan(planId);
    await plan.expectOpened(region, planId);
    await noHorizontalOverflow(page, 'the plan page', WIDTH);
  });

  await run('the commitment on the page is the one published before the draw', async () => {
    await plan.expectCommitment(commitment);
    await plan.expectDrawn();
    await page.screenshot({ path: path.join(screenshotDir, '20-inspection-plan-360.png'), fullPage: true });
  });

  await run('verification recomputes the draw and every check passes', async () => {
    await plan.verify();
    await plan.expectVerified(['commitment', 'seed', 'recomputed', 'rules']);
    await noHorizontalOverflow(page, 'the verified plan page', WIDTH);
    await page.screenshot({ path: path.join(screenshotDir, '21-inspection-verified-360.png'), fullPage: true });
  });

  clearTimeout(watchdog);
  await browser.close();
  console.log('INSPECTIONS PASSED');
  process.exit(0);
} catch (e) {
  fail(step, (e && e.message ? e.message : String(e)).split('\n')[0]);
}
