// The console's routes with an id, as the tenant matrix's second half (TenantMatrixIT): the owning
// department's head and the others (another department's head, another region's) each open every
// route with every id the owner has; the others must never see anything of the owner's records
// (their markers: titles, names), and the owner must see them somewhere (so the check can fail).
//
//   node tenant-console.mjs <baseUrl> <owner login:password> <stranger login:password[|login:password…]> <markers json> <paths json>
//
// Prints "CONSOLE MATRIX PASSED pages=<n> owner-saw=<n>"; otherwise "CONSOLE MATRIX FAILED: <step>: <reason>"
// on stderr, exit code 1. The accounts' passwords are already changed.
import { launchChromium, openPage, PHONE, parseBaseUrl, parseAccount, journey } from './harness.mjs';
import { LoginPage } from './pages.mjs';

const [baseArg, ownerArg, strangerArg, markersArg, pathsArg] = process.argv.slice(2);
if (!baseArg || !ownerArg || !strangerArg || !markersArg || !pathsArg) {
  console.error('usage: node tenant-console.mjs <baseUrl> <owner l:p> <stranger l:p> <markers json> <paths json>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const markers = JSON.parse(markersArg);
const paths = JSON.parse(pathsArg);
const j = journey({ limitMs: 420_000, failure: 'CONSOLE MATRIX FAILED', whole: 'the console matrix' });
const { run } = j;

/** Vaadin has no request in flight (what TestBench's waitForVaadin asks). */
function vaadinIdle(page) {
  return page.waitForFunction(() => {
    const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
    return !!clients && Object.values(clients).every((c) => !c.isActive || !c.isActive());
  }, null, { timeout: 20_000 });
}

/** The page's text once Vaadin has answered: the view's own elements are in the light DOM. */
async function shown(page, path) {
  await page.goto(baseUrl + path, { waitUntil: 'domcontentloaded' });
  await page.locator('vaadin-app-layout').waitFor({ state: 'attached', timeout: 30_000 });
  await vaadinIdle(page);
  await page.waitForTimeout(300);  // a view that loads in a second round trip
  await vaadinIdle(page);
  return page.evaluate(() => document.body.innerText);
}

async function visitAll(browser, person) {
  const page = await openPage(browser, { viewport: PHONE });
  const login = new LoginPage(page, baseUrl);
  await login.open();
  await login.logIn(person.login, person.password);
  const seen = [];
  for (const path of paths) {
    const text = await shown(page, path);
    console.error(`${person.login} ${path}: ${text.length} characters`);
    const found = markers.filter((m) => text.includes(m));
    if (found.length > 0) {
      seen.push(`${path} shows ${found.join(', ')}`);
    }
  }
  await page.close();
  return seen;
}

const browser = await launchChromium();
j.browser = browser;
try {
  let ownerSaw = [];
  await run(`the owner opens ${paths.length} console pages`, async () => {
    ownerSaw = await visitAll(browser, parseAccount(ownerArg));
    if (ownerSaw.length === 0) {
      throw new Error(`the owner saw none of its records (${markers.join(', ')}): the check could not fail`);
    }
  });
  for (const stranger of strangerArg.split('|').map(parseAccount)) {
    await run(`${stranger.login} (not the owner) opens the same ${paths.length} pages`, async () => {
      const leaked = await visitAll(browser, stranger);
      if (leaked.length > 0) {
        throw new Error(`${stranger.login} sees the owner's records: ${leaked.join('; ')}`);
      }
    });
  }
  await j.passed(`CONSOLE MATRIX PASSED pages=${paths.length} owner-saw=${ownerSaw.length}`);
  process.exit(0);
} catch (e) {
  j.failed(e);
}
