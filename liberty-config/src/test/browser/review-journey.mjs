// The tender-document review (招标文件审查) on a 360×740 phone and on a desktop: a department officer
// opens 招标文件审查 from the menu, uploads a .txt tender document of a project with two discriminatory
// clauses (a local branch required, a bid bond of 3 %), a designated brand and lawful clauses, and
// reads the findings as cards — 第N页 第M段, the clause with the matched words in a <mark> on the
// screen, the rule, the legal basis, a lawful wording — with no sideways scrolling; confirms the two,
// dismisses the brand with a reason (refused first without one), issues the rectification notice and
// downloads it as a PDF. On a desktop the same review shows its cards side by side, marked, in both
// languages. Back on the phone, the corrected document rectifies the review, and the officer reads the
// review rules (read only: the office keeps them).
//
// Last, an office officer (who keeps the rules) breaks a rule's own example in the editor: the save is
// refused and the page says which rule failed. The office officer then imports the region's model text
// (范本) on the same page, and the department officer compares the review with it on the phone: the
// counts of changed, added and removed clauses, and cards where a changed clause shows the model's
// words struck through (<del>) and the document's own underlined (<ins>).
//
//   node review-journey.mjs <baseUrl> <screenshotDir> <officer login:password> <office login:password>
//
// The accounts are new (their first login forces a password change). Exit code 0 with
// "REVIEW JOURNEY PASSED"; otherwise 1 with "JOURNEY FAILED: <step>: <reason>". Cut off after 4 minutes.
import {
  fitsThePhone, journey, launchChromium, noHorizontalOverflow, openPage, PHONE, parseAccount, parseBaseUrl,
  screenshots,
} from './harness.mjs';
import { LoginPage, logInChangingPassword } from './pages.mjs';
import { chooseFile } from './console-pages.mjs';
import { ReviewsPage, ReviewPage } from './review-pages.mjs';

const [baseArg, screenshotDir, account, officeAccount] = process.argv.slice(2);
if (!baseArg || !screenshotDir || !account || !officeAccount) {
  console.error('usage: node review-journey.mjs <baseUrl> <screenshotDir> <officer login:password> <office l:p>');
  process.exit(2);
}
const baseUrl = parseBaseUrl(baseArg);
const officer = parseAccount(account);
const keeper = parseAccount(officeAccount);
const suffix = crypto.randomUUID().slice(0, 6);
const DESKTOP = { width: 1280, height: 900 };

const BRANCH = '投标人须在本市设立分公司。';
const BOND = '投标保证金为投标总价的3%。';
const LAWFUL = ['本项目为G230改建工程施工，采用综合评估法。', '投标人应具备公路工程施工总承包二级及以上资质。',
  '中标人应在项目所在地设立项目部，负责合同履行。'];
const DOCUMENT = [
  '第一章 招标公告',
  `1. ${LAWFUL[0]}`,
  `2. ${BRANCH}`,
  `3. ${BOND}`,
  `4. ${LAWFUL[1]}`,
  '5. 电梯须采用三菱品牌。',
  '\f第二章 投标人须知',
  '6. 投标人须按招标文件的要求编制投标文件。',
  `7. ${LAWFUL[2]}`,
  '8. 投标截止时间为2027年1月10日9时30分。',
].join('\n');
const CORRECTED = DOCUMENT.replace(BRANCH, '投标人须具有独立法人资格。')
  .replace(BOND, '投标保证金不超过招标项目估算价的2%。');
// The model text the corrected document departs from: its clause 5 is gone from the document (removed),
// the document's brand clause is not in it (added), and its closing date differs (changed).
const MODEL_NAME = `公路工程施工招标文件范本（${suffix}）`;
const MODEL = CORRECTED.replace('5. 电梯须采用三菱品牌。', '5. 投标人对招标文件有异议的，应当在投标截止时间10日前提出。')
  .replace('2027年1月10日', '2027年1月15日');

const j = journey({ limitMs: 240_000 });
const { run, check } = j;

try {
  const shot = screenshots(screenshotDir);
  j.browser = await launchChromium();
  const page = await openPage(j.browser, { viewport: PHONE });
  const reviews = new ReviewsPage(page, baseUrl);
  const review = new ReviewPage(page, baseUrl);
  let id;
  let findings;
  let office;

  await run('the department officer logs in on a phone and opens 招标文件审查 from the menu', async () => {
    await logInChangingPassword(page, baseUrl, officer, `Review-${suffix}-7k`);
    await reviews.openFromMenu();
    await fitsThePhone(page, 'the review list');
  });

  await run('a .txt tender document is uploaded with its project and reviewed', async () => {
    await reviews.fill({
      code: `MC-2026-G230-${suffix}`, name: 'G230 麻城段改建工程', section: '一标段', employer: '麻城市交通运输局',
      agency: '湖北某招标代理有限公司', estimate: '20000000',
      file: { name: '招标文件.txt', mimeType: 'text/plain', buffer: Buffer.from(DOCUMENT, 'utf8') },
    });
    await fitsThePhone(page, 'the filled upload form');
    await shot(page, 'review-0a-upload-360.png');
    id = await reviews.submit();
    check((await review.text('#review-project')).includes(`MC-2026-G230-${suffix}`), 'the project is not shown');
    const title = await page.locator('#view-title').boundingBox();
    check(title && title.y >= 0 && title.y < PHONE.height / 2, `the review does not open at its top: ${JSON.stringify(title)}`);
    await fitsThePhone(page, 'the top of the review');
    await shot(page, 'review-0b-top-360.png');
    await review.expectState('UNDER_REVIEW');
    const extent = await review.text('#review-file-0-extent');
    check(extent.includes('2 页'), `the document should have 2 pages: "${extent}"`);
  });

  await run('at 360 px the findings are cards with the clause marked, no sideways scrolling', async () => {
    await review.cards().first().waitFor({ state: 'visible' });
    findings = await review.findings();
    const rules = findings.map((f) => f.rule);
    check(rules.includes('region.local-entity') && rules.includes('bond.bid-bond-ratio'),
      `the local branch and the bond should be found: ${rules.join(', ')}`);
    for (const lawful of LAWFUL) {
      check(!findings.some((f) => f.clause.includes(lawful)), `a lawful clause was found: ${lawful}`);
    }
    const branch = findings.find((f) => f.rule === 'region.local-entity');
    check(branch.clause.includes(BRANCH), `the branch clause reads "${branch.clause}"`);
    check(branch.marks.includes('在本市设立分公司'), `marked: ${branch.marks.join(' | ')}`);
    await review.expectMarkVisible('在本市设立分公司');
    const place = await review.text(`#${branch.id}-place`);
    check(place === '第1页 第3段', `the branch clause is at "${place}"`);
    const bond = findings.find((f) => f.rule === 'bond.bid-bond-ratio');
    const measured = await review.text(`#${bond.id}-measured`);
    check(measured.includes('3%') && measured.includes('2%'), `the bond's measure reads "${measured}"`);
    const basis = await review.text(`#${bond.id}-basis`);
    check(basis.includes('第二十六条'), `the bond's legal basis reads "${basis}"`);
    const wording = await review.text(`#${branch.id}-suggestion`);
    check(wording.length > 5, 'no lawful wording');
    await fitsThePhone(page, 'the review with its findings');
    await shot(page, 'review-1-findings-360.png');
  });

  await run('the officer confirms the two, dismisses the brand with a reason', async () => {
    for (const f of findings) {
      if (f.rule === 'region.local-entity' || f.rule === 'bond.bid-bond-ratio') {
        await review.confirm(f.id);
      } else {
        await review.dismiss(f.id, '电梯品牌系业主已有设备的配套要求，已注明“或相当于”');
      }
    }
    await review.expectState('AWAITING_NOTICE');
    await fitsThePhone(page, 'the decided review');
  });

  await run('the rectification notice is issued and downloads as a PDF', async () => {
    await review.issueNotice();
    const due = await review.text('#review-notice-due');
    check(/\d{4}年\d{1,2}月\d{1,2}日 24:00/.test(due), `the last day reads "${due}"`);
    const pdf = await review.downloadNotice();
    check(pdf.head === '%PDF-', `the notice is not a PDF: "${pdf.head}"`);
    check(pdf.name.startsWith('整改通知书-') && pdf.name.endsWith('.pdf'), `the notice is named "${pdf.name}"`);
    check(pdf.size > 1000, `the PDF has only ${pdf.size} bytes`);
    check((await page.locator(`#${findings[0].id}-confirm`).count()) === 0, 'findings can still be decided');
    await fitsThePhone(page, 'the review with its notice');
    await shot(page, 'review-2-notice-360.png');
  });

  await run('on a desktop the same review shows its cards side by side, marked, in both languages', async () => {
    const desktop = await openPage(j.browser, { viewport: DESKTOP, phone: false });
    const login = new LoginPage(desktop, baseUrl);
    await login.open();
    await login.logIn(officer.login, officer.password);
    const wide = new ReviewPage(desktop, baseUrl);
    await wide.open(id);
    await wide.cards().first().waitFor({ state: 'visible' });
    await wide.expectMarkVisible('在本市设立分公司');
    await noHorizontalOverflow(desktop, 'the review on a desktop', DESKTOP.width);
    const boxes = await wide.cards().evaluateAll((cards) => cards.slice(0, 2).map((c) => c.getBoundingClientRect())
      .map((r) => ({ top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width) })));
    check(boxes.length === 2 && boxes[0].top === boxes[1].top && boxes[0].left < boxes[1].left,
      `the first two cards should stand side by side: ${JSON.stringify(boxes)}`);
    await shot(desktop, 'review-3-desktop.png');
    await desktop.locator('#language-switch').click();
    await desktop.waitForEvent('load');
    await wide.cards().first().waitFor({ state: 'visible' });
    const place = await desktop.locator('.review-finding-place').first().innerText();
    check(/^Page \d+, paragraph \d+$/.test(place.trim()), `the place in English reads "${place}"`);
    await wide.expectMarkVisible('在本市设立分公司');
    const state = await wide.text('#review-state');
    check(state === 'Rectification pending', `the state in English reads "${state}"`);
    await shot(desktop, 'review-4-desktop-en.png');
    await desktop.context().close();
  });

  await run('the corrected document rectifies the review', async () => {
    await review.correct({ name: '招标文件-修改稿.txt', mimeType: 'text/plain', buffer: Buffer.from(CORRECTED, 'utf8') },
      'RECTIFIED');
    const outcome = await review.text('#review-notice-outcome');
    check(outcome.startsWith('已整改'), `the outcome reads "${outcome}"`);
    const corrected = await review.text('#review-file-1-name');
    check(corrected.includes('招标文件-修改稿.txt'), `the corrected file reads "${corrected}"`);
    await fitsThePhone(page, 'the rectified review');
    await shot(page, 'review-5-rectified-360.png');
  });

  await run('the officer reads the review rules, which only the office edits', async () => {
    await page.goto(`${baseUrl}console/review-rules`, { waitUntil: 'domcontentloaded' });
    await page.locator('#review-rules-version').waitFor({ state: 'visible' });
    const version = await page.locator('#review-rules-version').innerText();
    check(/第\d+版/.test(version), `the version reads "${version}"`);
    const count = await page.locator('#review-rules-count').innerText();
    check(/\d+ 条/.test(count), `the number of rules reads "${count}"`);
    check((await page.locator('#review-rules-text textarea').inputValue()).includes('[region.local-entity]'),
      'the rule book text is not shown');
    check(await page.locator('#review-rules-text[readonly]').count() === 1, 'a department may edit the rules');
    check(!(await page.locator('#review-rules-save').isVisible()), 'a department may save the rules');
    await fitsThePhone(page, 'the review rules');
    await shot(page, 'review-6-rules-360.png');
  });

  await run('an office officer breaks a rule\'s own example: the save is refused, naming the rule', async () => {
    office = await openPage(j.browser, { viewport: PHONE });
    await logInChangingPassword(office, baseUrl, keeper, `Rules-${suffix}-7k`);
    await office.goto(`${baseUrl}console/review-rules`, { waitUntil: 'domcontentloaded' });
    const text = office.locator('#review-rules-text textarea');
    await text.waitFor({ state: 'visible' });
    const book = await text.inputValue();
    const example = 'example+ = 投标人须在麻城市设立分公司。';
    check(book.includes(example), 'the rule book has no example to break');
    await text.fill(book.replace(example, 'example+ = 本项目采用综合评估法。'));
    await office.locator('#review-rules-note input').fill('试改：本地分公司规则');
    await office.locator('#review-rules-save').click();
    await office.locator('#review-rules-refusal').waitFor({ state: 'visible' });
    const message = await office.locator('#review-rules-refusal-message').innerText();
    check(message.includes('审查规则有误'), `the refusal reads "${message}"`);
    const detail = await office.locator('#review-rules-refusal-detail').innerText();
    check(detail.includes('region.local-entity'), `the refusal does not name the rule: "${detail}"`);
    await noHorizontalOverflow(office, 'the refused rule book', PHONE.width);
    await shot(office, 'review-7-rules-refused-360.png');
  });

  await run('the office officer imports the region\'s model text of tender documents', async () => {
    await office.goto(`${baseUrl}console/review-rules`, { waitUntil: 'domcontentloaded' });
    await office.locator('#review-model-form').scrollIntoViewIfNeeded();
    await office.locator('#review-model-name input').fill(MODEL_NAME);
    await chooseFile(office, 'review-model-file', { name: '范本.txt', mimeType: 'text/plain',
      buffer: Buffer.from(MODEL, 'utf8') });
    await office.locator('#review-model-import').click();
    const card = office.locator('.review-model', { hasText: MODEL_NAME });
    await card.waitFor({ state: 'visible' });
    check(/[1-9]\d* 条/.test(await card.innerText()), 'the model text shows no clauses');
    await fitsThePhone(office, 'the model texts');
    await shot(office, 'review-8-model-text-360.png');
    await office.context().close();
  });

  await run('on the phone the review is compared with the model text, words struck through and marked', async () => {
    await review.open(id);
    const select = page.locator('#review-compare-model');
    await select.scrollIntoViewIfNeeded();
    await select.click();
    await page.locator('vaadin-select-list-box vaadin-select-item', { hasText: MODEL_NAME }).click();
    await page.locator('#review-compare-button').click();
    await page.locator('#review-comparison').waitFor({ state: 'visible' });
    const counts = await review.text('#review-compare-counts');
    const found = /改动 (\d+) 条，新增 (\d+) 条，删除 (\d+) 条/.exec(counts);
    check(found && counts.includes(MODEL_NAME) && found.slice(1).every((n) => Number(n) >= 1),
      `the comparison reads "${counts}"`);
    const kinds = await page.locator('#review-deviation-cards .review-deviation').evaluateAll((cards) => cards.map(
      (c) => ({ id: c.id, kind: c.getAttribute('data-kind'), text: c.textContent })));
    const changed = kinds.find((k) => k.kind === 'CHANGED');
    check(changed, `no changed clause: ${JSON.stringify(kinds)}`);
    const del = page.locator(`#${changed.id} del`).first();
    const ins = page.locator(`#${changed.id} ins`).first();
    await del.scrollIntoViewIfNeeded();
    check(await del.isVisible() && await ins.isVisible(), 'the changed words are not shown struck through and marked');
    check((await del.innerText()).includes('15') && (await ins.innerText()).includes('10'),
      `struck "${await del.innerText()}", marked "${await ins.innerText()}"`);
    check(await del.evaluate((e) => getComputedStyle(e).textDecorationLine.includes('line-through')),
      'the removed words are not struck through');
    check(kinds.some((k) => k.kind === 'ADDED' && k.text.includes('三菱')), 'the brand clause is not shown as added');
    check(kinds.some((k) => k.kind === 'REMOVED' && k.text.includes('提出')), 'the objection clause is not shown as removed');
    const place = await review.text(`#${changed.id}-place`);
    check(/第\d+页 第\d+段（范本第\d+页 第\d+段）/.test(place), `the changed clause stands at "${place}"`);
    await fitsThePhone(page, 'the comparison with the model text');
    await shot(page, 'review-9-comparison-360.png');
  });

  await j.passed('REVIEW JOURNEY PASSED');
} catch (e) {
  j.failed(e);
}
