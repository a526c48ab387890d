// axe-core's WCAG 2.1 A and AA rules on every view, standalone and embedded.
import { accessibilityProblems, test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { SEED_ID } from './sample-data.mjs';

const views = [
  ['the listing', '/', '.jn-item'],
  ['the second page', '/?page=2', '.jn-item'],
  ['a search', '/?q=freight', '.jn-result-count'],
  ['an article', `/news/${SEED_ID}/`, '.jn-body p'],
  ['not found', '/news/no-such-article', '.jn-not-found'],
  ['an out-of-range page', '/?page=99', '.jn-failure'],
];

for (const [name, path, ready] of views) {
  test(`${name} has no WCAG A/AA violations`, async ({ page }) => {
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await page.locator('.jn-contact').waitFor();
    const { violations, passed } = await accessibilityProblems(page);
    expect(violations).toEqual([]);
    expect(passed).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'link-name']));
  });
}

test('the embedded news has no WCAG A/AA violations of its own', async ({ page }) => {
  await page.goto(`${origin('host')}/about/company-news.html?news=${SEED_ID}`);
  await page.locator('#full-news .jn-body p').first().waitFor();
  await page.locator('#latest-news .jn-latest-item').first().waitFor();
  const { violations, passed } = await accessibilityProblems(page, ['#full-news', '#latest-news']);
  expect(violations).toEqual([]);
  expect(passed).toEqual(expect.arrayContaining(['color-contrast', 'link-name']));
});
