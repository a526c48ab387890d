// What a site hosted in mainland China shows and offers: the filing numbers
// and the Official Account in the footer (a site built here from the sample
// data with made-up numbers), and the share control with the QR code of each
// article's address, read back with zbarimg as a phone's camera would.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, accessibilityProblems } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { site } from './sample-data.mjs';

const DIR = 'target/e2e-filed';
const ICP = '浙ICP备12345678号-1';
const SECURITY = { number: '浙公网安备 33020302001234号', code: '33020302001234' };
const ACCOUNT = { name: '甬联物流资讯', qr_code: 'images/wechat-qr.svg' };
const ICP_REGISTER = 'https://beian.miit.gov.cn/';
const SECURITY_REGISTER = `https://beian.mps.gov.cn/#/query/webSearch?code=${SECURITY.code}`;

const TEXTS = {
  en: { badge: 'Public security filing badge', account: `QR code of our WeChat Official Account “${ACCOUNT.name}”`, share: 'Share', copy: 'Copy link', copied: 'Link copied.', code: 'QR code of this article’s address' },
  'zh-Hans': { badge: '公安备案图标', account: `微信公众号“${ACCOUNT.name}”的二维码`, share: '分享', copy: '复制链接', copied: '链接已复制。', code: '本文地址的二维码' },
};

/** The release bundle over the sample data with the numbers filled in, prerendered. */
function buildFiledSite() {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  cpSync('public/data', `${DIR}/data`, { recursive: true });
  const filed = { ...site(), icp_filing: ICP, public_security_filing: SECURITY, official_account: ACCOUNT };
  writeFileSync(`${DIR}/data/site.json`, JSON.stringify(filed, null, 2));
  cpSync('public/data/images/documents.svg', `${DIR}/data/${ACCOUNT.qr_code}`);
  execFileSync('target/debug/news-archive', ['check', `${DIR}/data`]);
  execFileSync('bash', ['-c', `source scripts/setup.sh && copy_bundle ${DIR}/site ${DIR}/data`]);
  execFileSync('scripts/prerender', [`${DIR}/site`]);
}

test.beforeAll(buildFiledSite);

/** The canonical address of an article of the sample site. */
const published = (path) => `${site().base_url}${path}`;

async function expectFilingLine(footer, lang) {
  const icp = footer.getByRole('link', { name: new RegExp(ICP) });
  await expect(icp).toHaveAttribute('href', ICP_REGISTER);
  const security = footer.getByRole('link', { name: new RegExp(SECURITY.number) });
  await expect(security).toHaveAttribute('href', SECURITY_REGISTER);
  for (const link of [icp, security]) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noreferrer');
  }
  await expect(security.getByRole('img', { name: TEXTS[lang].badge })).toBeVisible();
  // Both on the one line at the bottom of the footer.
  const line = footer.locator('.jn-filings');
  await expect(line).toHaveCount(1);
  const [first, second] = [await icp.boundingBox(), await security.boundingBox()];
  expect(Math.abs(first.y + first.height / 2 - (second.y + second.height / 2))).toBeLessThan(2);
  const footerBox = await footer.boundingBox();
  const lineBox = await line.boundingBox();
  expect(footerBox.y + footerBox.height - (lineBox.y + lineBox.height)).toBeLessThan(40);
  const account = footer.getByRole('img', { name: TEXTS[lang].account });
  await expect(account).toHaveAttribute('src', /data\/images\/wechat-qr\.svg$/);
  await expect(account).toHaveJSProperty('complete', true);
  expect(await account.evaluate((img) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(footer.locator('.jn-official-account figcaption')).toContainText(ACCOUNT.name);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page shows the filing numbers and the Official Account in both languages', async ({ page }) => {
    const filed = origin('filed');
    for (const [path, lang] of [['/', 'en'], ['/zh-hans/', 'zh-Hans'], ['/news/rcep-takes-effect-en/', 'en'], ['/zh-hans/news/rcep-takes-effect/', 'zh-Hans'], ['/page/2/', 'en']]) {
      await page.goto(`${filed}${path}`);
      await expect(page.locator('.jn'), path).toHaveAttribute('lang', lang);
      await expectFilingLine(page.locator('footer.jn-footer'), lang);
    }
  });

  test('the prerendered article offers its QR code and address', async ({ page }) => {
    await page.goto(`${origin('filed')}/zh-hans/news/rcep-takes-effect/`);
    const share = page.locator('details.jn-share');
    await share.locator('summary').click();
    await expect(share.getByRole('img', { name: TEXTS['zh-Hans'].code })).toBeVisible();
    await expect(share.getByRole('textbox')).toHaveValue(published('zh-hans/news/rcep-takes-effect/'));
  });

  test('a site without numbers shows none', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.jn-contact')).toBeVisible();
    await expect(page.locator('.jn-filings, .jn-official-account')).toHaveCount(0);
  });
});

test('the app renders the same footer, and follows the language switch', async ({ page, logged }) => {
  await page.goto(`${origin('filed')}/news/rcep-takes-effect-en/`);
  const footer = page.locator('footer.jn-footer');
  await expectFilingLine(footer, 'en');
  // Another article through the app, then the other interface language in place.
  await page.getByRole('link', { name: '阅读中文版' }).click();
  await expect(page).toHaveURL(/\/news\/rcep-takes-effect\/$/);
  await expectFilingLine(footer, 'en');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page.locator('.jn')).toHaveAttribute('lang', 'zh-Hans');
  await expectFilingLine(footer, 'zh-Hans');
  expect(logged.errors).toEqual([]);
});

test('the embedded full section shows the numbers; the latest box does not', async ({ page }) => {
  const host = origin('filedHost');
  await page.goto(`${host}/about/company-news.html`);
  await expectFilingLine(page.locator('#full-news footer.jn-footer'), 'en');
  await expect(page.locator('#latest-news .jn-filings, #latest-news .jn-official-account')).toHaveCount(0);
  // The views prerendered for it, which show before the app, have them too.
  for (const view of ['embed/en/index.html', 'embed/zh-hans/news/rcep-takes-effect/index.html']) {
    const html = await (await page.request.get(`${host}/bundle/${view}`)).text();
    expect(html, view).toContain(ICP);
    expect(html, view).toContain(SECURITY_REGISTER.replace(/&/g, '&amp;'));
  }
  const latest = await (await page.request.get(`${host}/bundle/embed/en/latest-5.html`)).text();
  const [markup, data] = latest.split('<script');
  expect(markup).not.toContain(ICP);
  expect(data, 'the view carries the site file for the app').toContain(ICP);
  // An article in the section is shared by its own page on the published site.
  await page.goto(`${host}/about/company-news.html?news=rcep-takes-effect-en`);
  const share = page.locator('#full-news details.jn-share');
  await share.locator('summary').click();
  const code = share.getByRole('img', { name: TEXTS.en.code });
  await expect.poll(() => code.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await decodeQr(code, 'embedded')).toBe(published('news/rcep-takes-effect-en/'));
});

/** What zbarimg reads from the QR code `image` shows on screen. */
async function decodeQr(image, name) {
  const file = `${DIR}/${name}.png`;
  writeFileSync(file, await image.screenshot());
  return execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

test.describe('share', () => {
  for (const [path, lang, canonical] of [
    ['/news/rcep-takes-effect-en/', 'en', 'news/rcep-takes-effect-en/'],
    ['/zh-hans/news/rcep-takes-effect/', 'zh-Hans', 'zh-hans/news/rcep-takes-effect/'],
    // The Chinese version read in the English interface still shares its own page.
    ['/news/rcep-takes-effect/', 'en', 'zh-hans/news/rcep-takes-effect/'],
  ]) {
    test(`${path}: the QR code reads back as the article's address, and the keyboard copies it`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin('filed') });
      await page.goto(`${origin('filed')}${path}`);
      const share = page.locator('details.jn-share');
      const summary = share.locator('summary');
      await expect(summary).toHaveText(TEXTS[lang].share);
      await expect(share.locator('.jn-share-panel')).toBeHidden();
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(share).toHaveAttribute('open', '');
      const code = share.getByRole('img', { name: TEXTS[lang].code });
      await expect(code).toBeVisible();
      await expect.poll(() => code.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      expect(await decodeQr(code, lang)).toBe(published(canonical));
      await page.keyboard.press('Tab');
      await expect(share.getByRole('textbox')).toBeFocused();
      await page.keyboard.press('Tab');
      const copy = share.getByRole('button', { name: TEXTS[lang].copy });
      await expect(copy).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(share.getByRole('status')).toHaveText(TEXTS[lang].copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(published(canonical));
      // Closed again from the keyboard.
      await summary.focus();
      await page.keyboard.press('Space');
      await expect(share.locator('.jn-share-panel')).toBeHidden();
    });
  }

  test('every article has a code that reads back as its address', async ({ page }) => {
    const codes = JSON.parse(readFileSync(`${DIR}/data/news.json`, 'utf8')).items.slice(0, 4);
    for (const { id, language } of codes) {
      const own = language === 'zh-Hans' ? `zh-hans/news/${id}/` : `news/${id}/`;
      await page.goto(`${origin('filed')}/data/share/${id}.svg`);
      // One unit per module: shown at six pixels a module, as on a screen.
      const code = page.locator('svg');
      await code.evaluate((svg) => ['width', 'height'].forEach((side) => svg.setAttribute(side, 6 * svg.viewBox.baseVal.width)));
      expect(await decodeQr(code, id)).toBe(published(own));
    }
  });

  test('a refused clipboard says how to copy by hand', async ({ page, logged }) => {
    await page.goto(`${origin('filed')}/news/rcep-takes-effect-en/`);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    const share = page.locator('details.jn-share');
    await share.locator('summary').click();
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByRole('status')).toHaveText('The link could not be copied: select the address and copy it yourself.');
    await expect(share.getByRole('textbox')).toHaveValue(published('news/rcep-takes-effect-en/'));
    expect(logged.warnings.join('\n')).toContain('the link was not copied');
  });

  test('a data folder without codes keeps the address and the button', async ({ page, logged }) => {
    await page.route('**/data/share/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto(`${origin('filed')}/news/rcep-takes-effect-en/`);
    const share = page.locator('details.jn-share');
    await share.locator('summary').click();
    await expect(share.locator('.jn-share-code')).toBeHidden();
    await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect.poll(() => logged.warnings.join('\n')).toContain('no QR codes');
  });

  test('without a static source there is no code, and the link is still copied', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin('host') });
    await page.goto(`${origin('host')}/sources.html?${new URLSearchParams({ source: 'api', url: `${origin('api')}/api`, news: 'rcep-takes-effect-en' })}`);
    const share = page.locator('details.jn-share').first();
    await share.locator('summary').click();
    await expect(share.locator('.jn-share-code')).toHaveCount(0);
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/rcep-takes-effect-en/);
  });

  test('the open share control and the footer pass axe', async ({ page }) => {
    await page.goto(`${origin('filed')}/zh-hans/news/rcep-takes-effect/`);
    await page.locator('details.jn-share summary').click();
    await expect(page.locator('.jn-share-code img')).toBeVisible();
    const { violations } = await accessibilityProblems(page);
    expect(violations).toEqual([]);
  });
});
