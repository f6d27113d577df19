// The public verification of a random inspection draw on a 360 px wide phone screen:
// the list of published plans → the plan (commitment as published, draw, result) → "验证" →
// every check passes; no page is wider than the screen.
//
//   node inspections.mjs <baseUrl> <region> <planId> <commitment> <screenshotDir>
//
// Exit code 0 on success; otherwise 1 with "INSPECTIONS FAILED: <step>: <reason>" on stderr.
import { launchChromium, noHorizontalOverflow, openPage, parseBaseUrl, journey } from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { PublicInspectionsPage, PublicPlanPage } from './inspection-pages.mjs';

const [baseArg, region, planId, commitment, screenshotDir] = process.argv.slice(2);
if (!baseArg || !region || !planId || !commitment || !screenshotDir) {
  console.error('usage: node inspections.mjs <baseUrl> <region> <planId> <commitment> <screenshotDir>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const WIDTH = 360;
const j = journey({ limitMs: 120_000, failure: 'INSPECTIONS FAILED', whole: 'whole run' });
const { run } = j;

try {
  fs.mkdirSync(screenshotDir, { recursive: true });
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: { width: WIDTH, height: 740 } });
  const list = new PublicInspectionsPage(page, baseUrl);
  const plan = new PublicPlanPage(page);

  await run('the public list shows the drawn plan', async () => {
    await list.open();
    await list.openPlan(planId);
    await plan.expectOpened(region, planId);
    await noHorizontalOverflow(page, 'the plan page', WIDTH);
  });

  await run('the commitment on the page is the one published before the draw', async () => {
    await plan.openTechnicalDetail();
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

  await j.passed('INSPECTIONS PASSED');
  process.exit(0);
} catch (e) {
  j.failed(e);
}
