// The release build ships the app twice: reading our static files only (what
// the standalone site and pages of our data load), and with every source (what
// embed.js loads for a page that names another). A bundle built with one set of
// sources (target/dist-static: `--no-default-features --features csr`) tells a
// page that names a source it leaves out why it gets no news.
import { readdirSync, statSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { article, newestFirst, SEED_ID } from './sample-data.mjs';

const built = readdirSync('dist');
const SMALL = built.find((name) => /^jointlink-news_bg-[0-9a-f]{20}\.wasm$/.test(name));
const EVERY = built.find((name) => /^jointlink-news-every-source_bg-[0-9a-f]{20}\.wasm$/.test(name));

/** The wasm files `page` asks for. */
function wasmRequests(page) {
  const asked = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) asked.push(name);
  });
  return asked;
}

test('the build ships both apps, the one with every source larger', () => {
  expect(SMALL).toBeTruthy();
  expect(EVERY).toBeTruthy();
  expect(statSync(`dist/${SMALL}`).size).toBeLessThan(statSync(`dist/${EVERY}`).size - 40_000);
});

test('the standalone site loads the smaller app and works in full', async ({ page, logged }) => {
  const asked = wasmRequests(page);
  await page.goto('/');
  await expect(page.locator('.jn-item-title a').first()).toHaveText(newestFirst()[0].title);
  await page.getByRole('searchbox', { name: 'Search the news' }).fill('Suez');
  await expect(page.locator('.jn-item-title a')).toHaveText(['Suez Canal blockage: expect delays on Asia–Europe sailings']);
  await page.goto(`/news/${SEED_ID}/`);
  await expect(page.locator('h1')).toHaveText(article(SEED_ID).title);
  await page.getByRole('link', { name: 'Back to all news' }).click();
  await page.getByRole('link', { name: 'Browse by year' }).click();
  await expect(page).toHaveURL(/\/archive\/\d{4}\/$/);
  await expect(page.locator('.jn-month').first()).toBeVisible();
  expect([...new Set(asked)]).toEqual([SMALL]);
  expect(logged.errors).toEqual([]);
});

test('a company page of our data loads the smaller app; one that names WordPress the other', async ({ page }) => {
  const asked = wasmRequests(page);
  await page.goto(`${origin('host')}/about/company-news.html`);
  await expect(page.locator('#full-news .jn-item-title a').first()).toHaveText(newestFirst()[0].title);
  expect([...new Set(asked)]).toEqual([SMALL]);
  asked.length = 0;
  await page.goto(`${origin('host')}/sources.html?${new URLSearchParams({ source: 'wordpress', url: `${origin('wordpress')}/?rest_route=` })}`);
  await expect(page.locator('#news .jn-item-title a').first()).toBeVisible();
  expect([...new Set(asked)]).toEqual([EVERY]);
});

test('a bundle without a source tells a page that names it why there is no news', async ({ page, logged }) => {
  await page.goto(`${origin('staticOnlyHost')}/sources.html?${new URLSearchParams({ source: 'wordpress', url: `${origin('wordpress')}/` })}`);
  await expect(page.locator('#news .jn-failure')).toBeVisible();
  expect(logged.errors.join('\n')).toContain('this bundle leaves out the WordPress source');
  await page.goto(`${origin('staticOnlyHost')}/about/company-news.html`);
  await expect(page.locator('#full-news .jn-item-title a').first()).toHaveText(newestFirst()[0].title);
});
