// What every browser journey shares: Debian's chromium launched the way this machine needs it,
// and the phone-width check.
import { chromium } from 'playwright-core';

/** Debian's chromium (test tools that download their own browser fail here). */
export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Fails when the page is wider than the phone's screen (a horizontal scroll bar). */
export async function noHorizontalOverflow(page, where, screenWidth = 360) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > screenWidth) {
    throw new Error(`${where} is ${width} px wide, wider than the ${screenWidth} px screen`);
  }
}
