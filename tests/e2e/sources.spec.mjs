// The same build against our REST API and a JSON Feed, chosen by data-source,
// with real HTTP servers on another origin, and every kind of failure.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { article, everyArticle, newestFirst, PAGE_SIZE, SEED_ID, site } from './sample-data.mjs';
import { FEED_PAGE_SIZE } from './api-server.mjs';

const API = origin('api');
const widget = (query) => `${origin('host')}/sources.html?${new URLSearchParams(query)}`;
const news = (page) => page.locator('#news');
const titles = (page) => news(page).locator('.jn-item-title a');
const heading = (page) => news(page).getByRole('heading', { level: 1 });
const all = newestFirst();
const seed = article(SEED_ID);
/** The feed's pages: every sample (both versions of a pair) plus two broken items (see api-server.mjs). */
const feedPages = Array.from({ length: Math.ceil((everyArticle().length + 2) / FEED_PAGE_SIZE) }, (_, index) => index + 1);

test.describe('our REST API', () => {
  const api = (mode = '') => widget({ source: 'api', url: `${API}${mode}/api` });

  test('lists, pages, searches, filters by tag and opens articles', async ({ page }) => {
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(api());
    await expect(titles(page)).toHaveText(all.slice(0, PAGE_SIZE).map((item) => item.title));
    await expect(news(page).locator('.jn-footer')).toContainText(site().contact.email);
    expect(requested).toContain(`${API}/api/articles?page=1&per_page=10&lang=en`);
    expect(requested).toContain(`${API}/api/site`);

    await news(page).getByRole('link', { name: 'Next page' }).click();
    await expect(titles(page)).toHaveText(all.slice(PAGE_SIZE).map((item) => item.title));
    expect(requested).toContain(`${API}/api/articles?page=2&per_page=10&lang=en`);

    await news(page).getByRole('searchbox', { name: 'Search the news' }).fill('Suez');
    await expect(titles(page)).toHaveText(['Suez Canal blockage: expect delays on Asia–Europe sailings']);
    expect(requested).toContain(`${API}/api/articles?page=1&per_page=10&q=Suez&lang=en`);

    await page.goto(api());
    await news(page).locator('.jn-item').first().getByRole('link', { name: 'Guides' }).click();
    const guides = all.filter((item) => (item.tags ?? []).includes('Guides'));
    await expect(titles(page)).toHaveText(guides.map((item) => item.title));
    expect(requested).toContain(`${API}/api/articles?page=1&per_page=10&tag=Guides&lang=en`);

    await page.goto(`${api()}&news=${SEED_ID}`);
    await expect(heading(page)).toHaveText(seed.title);
    await expect(news(page).locator('.jn-body > p')).toHaveText(seed.content_text.split('\n\n'));
  });

  test('an unknown article is not found', async ({ page }) => {
    await page.goto(`${api()}&news=no-such-article`);
    await expect(heading(page)).toHaveText('Page not found');
  });

  const failures = [
    ['a server error', '/fail-500', 'server had a problem'],
    ['a refusal (HTTP 403)', '/fail-403', 'server had a problem'],
    ['invalid JSON', '/invalid-json', 'damaged'],
    ['a refusal by CORS', '/no-cors', 'could not be reached'],
  ];
  for (const [what, mode, message] of failures) {
    test(`${what} shows a clear message with Retry`, async ({ page, logged: { errors } }) => {
      await page.goto(api(mode));
      const alert = news(page).locator('.jn-listing [role="alert"]');
      await expect(alert).toContainText(message);
      await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
      expect(errors.join('\n')).toContain('jointlink-news:');
      if (mode.startsWith('/fail-')) expect(errors.join('\n')).toMatch(/answered HTTP \d{3}: (internal|forbidden): /);
    });
  }

  test('an unreachable host shows a clear message', async ({ page }) => {
    await page.goto(widget({ source: 'api', url: 'http://127.0.0.1:9/api' }));
    await expect(news(page).locator('.jn-listing [role="alert"]')).toContainText('could not be reached');
  });

  test('a slow server times out after the configured limit', async ({ page }) => {
    // The server answers after 8 s; with a 1 s limit the message comes long before.
    let asked;
    page.on('request', (request) => request.url().includes('/slow/api/articles') && (asked ??= Date.now()));
    await page.goto(`${api('/slow')}&timeout=1`);
    await expect(news(page).locator('.jn-listing [role="alert"]')).toContainText('taking too long');
    expect(Date.now() - asked).toBeLessThan(4000);
  });

  test('Retry recovers once the server answers', async ({ page }) => {
    await page.goto(widget({ source: 'api', url: `${API}/flaky-${Date.now()}/api` }));
    const alert = news(page).locator('.jn-listing [role="alert"]');
    await expect(alert).toContainText('server had a problem');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(titles(page)).toHaveCount(PAGE_SIZE);
  });

  test('bad items are skipped, the good ones shown, and the page says so', async ({ page }) => {
    await page.goto(api('/bad-items'));
    await expect(titles(page)).toHaveText(all.slice(2, PAGE_SIZE).map((item) => item.title));
    await expect(news(page).locator('.jn-skipped')).toHaveText('2 articles could not be shown because their data is damaged.');
  });
});

test.describe('a JSON Feed', () => {
  const feed = widget({ source: 'jsonfeed', url: `${API}/feed/page-1.json` });

  test('follows next_url, drops items without id, skips bad ones, and pages in the app', async ({ page }) => {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(feed);
    await expect(titles(page)).toHaveText(all.slice(0, PAGE_SIZE).map((item) => item.title));
    expect(requested.filter((path) => path.startsWith('/feed/'))).toEqual(feedPages.map((number) => `/feed/page-${number}.json`));
    await expect(news(page).locator('.jn-skipped')).toHaveText('1 article could not be shown because its data is damaged.');
    await news(page).getByRole('link', { name: 'Next page' }).click();
    await expect(titles(page)).toHaveText(all.slice(PAGE_SIZE).map((item) => item.title));
    await news(page).getByRole('searchbox', { name: 'Search the news' }).fill('ＳＵＥＺ');
    await expect(titles(page)).toHaveText(['Suez Canal blockage: expect delays on Asia–Europe sailings']);
  });

  test('follows relative next_urls when the feed address itself is relative', async ({ page }) => {
    // The feed served from the page's own origin, as `data-source-url="feed/page-1.json"`.
    await page.route(`${origin('host')}/feed/**`, async (route) => {
      const response = await route.fetch({ url: `${API}${new URL(route.request().url()).pathname}` });
      await route.fulfill({ response });
    });
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(widget({ source: 'jsonfeed', url: 'feed/page-1.json' }));
    await expect(titles(page)).toHaveText(all.slice(0, PAGE_SIZE).map((item) => item.title));
    await news(page).getByRole('link', { name: 'Next page' }).click();
    await expect(titles(page)).toHaveText(all.slice(PAGE_SIZE).map((item) => item.title));
    expect(requested.filter((url) => url.includes('/feed/'))).toEqual(
      feedPages.map((number) => `${origin('host')}/feed/page-${number}.json`),
    );
  });

  test('an item repeated on a later page is listed once', async ({ page }) => {
    await page.route(`${API}/feed/page-3.json`, async (route) => {
      const response = await route.fetch();
      const feed = await response.json();
      const first = (await (await route.fetch({ url: `${API}/feed/page-1.json` })).json()).items[0];
      await route.fulfill({ response, json: { ...feed, items: [...feed.items, { ...first, title: 'A stale copy', date_published: '2001-01-01T00:00:00Z' }] } });
    });
    await page.goto(feed);
    await expect(titles(page).first()).toHaveText(all[0].title);
    await news(page).getByRole('link', { name: 'Next page' }).click();
    await expect(titles(page)).toHaveText(all.slice(PAGE_SIZE).map((item) => item.title));
    await expect(news(page).getByText('A stale copy')).toHaveCount(0);
  });

  test('opens items with numeric ids and HTML bodies', async ({ page }) => {
    // The item api-server.mjs gives a numeric id.
    const numeric = everyArticle().find((item, position) => position > 0 && !item.translations);
    await page.goto(`${feed}&news=1001`);
    await expect(heading(page)).toHaveText(numeric.title);
    await expect(news(page).locator('.jn-body > p')).toHaveText(article(numeric.id).content_text.split('\n\n'));
    await page.goto(`${feed}&news=${SEED_ID}`);
    await expect(heading(page)).toHaveText(seed.title);
  });
});

test('without data-source-url, the API is the bundle\'s data folder, addressed without double slashes', async ({ page }) => {
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(widget({ source: 'api' }));
  await expect(news(page).locator('.jn-listing [role="alert"]')).toBeVisible();
  const data = requested.filter((path) => path.startsWith('/bundle/data'));
  expect(data).toEqual(expect.arrayContaining(['/bundle/data/site', '/bundle/data/articles']));
  expect(data.filter((path) => path.includes('//'))).toEqual([]);
});
