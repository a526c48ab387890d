// The dark scheme (the reader's system, or the embedding host's choice) with
// the contrast axe asks for, and printing an article.
import { test, expect, accessibilityProblems } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';

const DARK_SURFACE = 'rgb(18, 24, 32)';
const background = (locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);

test.describe('a reader whose system is dark', () => {
  test.use({ colorScheme: 'dark' });

  for (const path of ['/', '/zh-hans/news/rcep-takes-effect/', '/news/export-documents-checklist/']) {
    test(`${path} is dark and passes axe`, async ({ page }) => {
      await page.goto(path);
      await expect.poll(() => background(page.locator('.jn'))).toBe(DARK_SURFACE);
      const { violations, passed } = await accessibilityProblems(page);
      expect(violations).toEqual([]);
      expect(passed).toContain('color-contrast');
    });
  }

  test('the standalone element can keep the light scheme', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-jointlink-news]').evaluate((element) => element.setAttribute('data-color-scheme', 'light'));
    await expect.poll(() => background(page.locator('.jn'))).toBe('rgba(0, 0, 0, 0)');
  });

  test('embedded, the news stays light unless the host says auto', async ({ page }) => {
    await page.goto(`${origin('host')}/about/company-news.html`);
    const section = page.locator('#full-news .jn');
    await expect(section).toBeVisible();
    expect(await background(section)).toBe('rgba(0, 0, 0, 0)');
    await page.locator('#full-news').evaluate((element) => element.setAttribute('data-color-scheme', 'auto'));
    await expect.poll(() => background(section)).toBe(DARK_SURFACE);
    const { violations } = await accessibilityProblems(page, ['#full-news']);
    expect(violations).toEqual([]);
  });
});

test('an embedding host can choose the dark scheme on a light system', async ({ page }) => {
  await page.goto(`${origin('host')}/about/company-news.html`);
  const latest = page.locator('#latest-news .jn');
  await expect(latest).toBeVisible();
  await page.locator('#latest-news').evaluate((element) => element.setAttribute('data-color-scheme', 'dark'));
  await expect.poll(() => background(latest)).toBe(DARK_SURFACE);
  // The dark scheme's own custom properties override its colours; the light
  // scheme's (the host's brand colours) do not reach it.
  await page.locator('#latest-news').evaluate((element) => element.style.setProperty('--jn-color-surface', 'rgb(250, 250, 250)'));
  expect(await background(latest)).toBe(DARK_SURFACE);
  await page.locator('#latest-news').evaluate((element) => element.style.setProperty('--jn-dark-color-surface', 'rgb(1, 2, 3)'));
  await expect.poll(() => background(latest)).toBe('rgb(1, 2, 3)');
});

test.describe('printing an article', () => {
  test('prints title, date, body and source on white, with link addresses and nothing to click', async ({ page }) => {
    await page.goto('/news/export-documents-checklist/');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.jn-header', '.jn-share', '.jn-back', '.jn-more', '.jn-neighbours', '.jn-footer']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.jn-meta')).toBeVisible();
    await expect(page.locator('.jn-body')).toBeVisible();
    expect(await background(page.locator('.jn'))).toBe('rgb(255, 255, 255)');
    const link = page.locator('.jn-body a[href^="http"]').first();
    const href = await link.getAttribute('href');
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toBe(`" (${href})"`);
    const viewport = page.viewportSize();
    for (const picture of await page.locator('.jn-article img').all()) {
      const box = await picture.boundingBox();
      expect(box.height).toBeLessThanOrEqual(viewport.height / 2 + 1);
    }
    // On screen again, everything is back.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.jn-share')).toBeVisible();
  });
});
