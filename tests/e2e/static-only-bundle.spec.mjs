// The bundle built with our static files as its only source (target/dist-static,
// `--no-default-features --features csr`): the standalone site works in full
// with less wasm, and a page that names another source is told why it gets
// no news.
import { statSync, readdirSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { article, newestFirst, SEED_ID } from './sample-data.mjs';

const SITE = origin('staticOnly');
const wasmSize = (dir) => statSync(`${dir}/${readdirSync(dir).find((name) => name.endsWith('.wasm'))}`).size;

test('it carries less wasm than the bundle with every source', () => {
  expect(wasmSize('target/dist-static')).toBeLessThan(wasmSize('dist') - 40_000);
});

test('the standalone site lists, searches, opens articles and pages by year', async ({ page, logged }) => {
  await page.goto(`${SITE}/`);
  await expect(page.locator('.jn-item-title a').first()).toHaveText(newestFirst()[0].title);
  await page.getByRole('searchbox', { name: 'Search the news' }).fill('Suez');
  await expect(page.locator('.jn-item-title a')).toHaveText(['Suez Canal blockage: expect delays on Asia–Europe sailings']);
  await page.goto(`${SITE}/news/${SEED_ID}/`);
  await expect(page.locator('h1')).toHaveText(article(SEED_ID).title);
  await page.getByRole('link', { name: 'Back to all news' }).click();
  await page.getByRole('link', { name: 'Browse by year' }).click();
  await expect(page).toHaveURL(/\/archive\/\d{4}\/$/);
  await expect(page.locator('.jn-month').first()).toBeVisible();
  expect(logged.errors).toEqual([]);
});

test('a company page that names a source the bundle leaves out is told why', async ({ page, logged }) => {
  await page.goto(`${origin('staticOnlyHost')}/sources.html?${new URLSearchParams({ source: 'wordpress', url: `${origin('wordpress')}/` })}`);
  const news = page.locator('#news');
  await expect(news.locator('.jn-failure')).toBeVisible();
  expect(logged.errors.join('\n')).toContain('this bundle leaves out the WordPress source');
  // The same page with our static files works from the same bundle.
  await page.goto(`${origin('staticOnlyHost')}/about/company-news.html`);
  await expect(page.locator('#full-news .jn-item-title a').first()).toHaveText(newestFirst()[0].title);
});
