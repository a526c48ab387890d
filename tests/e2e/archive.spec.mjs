// The archive against a generated 250-article archive (5 shards of 50):
// pages, search, tags, neighbours and history, all through the URL.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { newestFirst, readArchive } from './sample-data.mjs';

const SITE = origin('archive');
const archive = readArchive('news.json');
const search = readArchive('search.json');
/** Every article newest first, as the search index lists them. */
const all = search.items.map(([id, title, summary, date, tags, language]) => ({
  id, title, summary, date, tags: tags.map((position) => search.tags[position]), language,
}));
const titles = (page) => page.locator('.jn-item-title a');
const heading = (page) => page.getByRole('heading', { level: 1 });
const pager = (page) => page.getByRole('navigation', { name: 'Pages' });

/** The archive's own notion of matching, to compare the page with. */
const fold = (text) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l').replace(/đ/g, 'd');
const matching = (query, tag) =>
  all.filter((item) =>
    (!tag || item.tags.includes(tag)) &&
    fold(query).split(/\s+/).filter(Boolean).every((term) => fold(`${item.title}\n${item.summary}`).includes(term)));

test.describe('pages', () => {
  test('the first page shows the ten newest and downloads no other shard', async ({ page }) => {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(SITE);
    await expect(titles(page)).toHaveText(all.slice(0, 10).map((item) => item.title));
    await expect(pager(page).locator('[aria-current="page"]')).toHaveText('1');
    await expect(pager(page)).toContainText('Page 1 of 25');
    expect(requested.filter((path) => path.startsWith('/data/news/') || path === '/data/search.json')).toEqual([]);
  });

  test('numbered, previous and next links move through the archive', async ({ page }) => {
    await page.goto(SITE);
    await pager(page).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(`${SITE}/page/2/`);
    await expect(titles(page)).toHaveText(all.slice(10, 20).map((item) => item.title));
    await pager(page).getByRole('link', { name: '25' }).click();
    await expect(page).toHaveURL(`${SITE}/page/25/`);
    await expect(titles(page)).toHaveText(all.slice(240, 250).map((item) => item.title));
    await expect(pager(page).getByRole('link', { name: 'Next page' })).toHaveCount(0);
    await pager(page).getByRole('link', { name: 'Previous page' }).click();
    await expect(titles(page)).toHaveText(all.slice(230, 240).map((item) => item.title));
    await expect(pager(page).locator('[aria-current="page"]')).toHaveText('24');
  });

  test('a page that spans two shards is complete', async ({ page }) => {
    await page.goto(`${SITE}/?page=5`);
    await expect(titles(page)).toHaveText(all.slice(40, 50).map((item) => item.title));
    await page.goto(`${SITE}/?page=6`);
    await expect(titles(page)).toHaveText(all.slice(50, 60).map((item) => item.title));
    expect(archive.shards[0].count).toBe(50);
  });

  for (const [value, message] of [['26', 'There is no such page'], ['0', 'not valid'], ['two', 'not valid'], ['-3', 'not valid']]) {
    test(`?page=${value} explains itself and links to page 1`, async ({ page }) => {
      await page.goto(`${SITE}/?page=${value}`);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(titles(page)).toHaveCount(0);
      await page.getByRole('link', { name: 'Go to the first page' }).click();
      await expect(titles(page)).toHaveText(all.slice(0, 10).map((item) => item.title));
    });
  }
});

test.describe('a shard that disagrees with the index', () => {
  const shard = readArchive('news/2.json');
  const pageTitles = (number) => all.slice((number - 1) * 10, number * 10).map((item) => item.title);

  test('a half-uploaded shard gives a message with Retry; pages elsewhere still work', async ({ page, logged }) => {
    let damaged = true;
    await page.route('**/data/news/2.json', (route) =>
      damaged ? route.fulfill({ json: { items: shard.items.slice(0, 20) } }) : route.continue());
    await page.goto(`${SITE}/?page=7`);
    const alert = page.locator('.jn-listing [role="alert"]');
    await expect(alert).toContainText('damaged');
    expect(logged.errors.join('\n')).toMatch(/news\/2\.json: field `items` disagrees .* counts 50 articles here; the file holds 20/);
    damaged = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(titles(page)).toHaveText(pageTitles(7));

    damaged = true;
    for (const number of [1, 5, 12]) {
      await page.goto(`${SITE}/?page=${number}`);
      await expect(titles(page)).toHaveText(pageTitles(number));
    }
  });

  test('a shard with an article outside the dates the index gives it is refused', async ({ page, logged }) => {
    const [first, ...rest] = shard.items;
    await page.route('**/data/news/2.json', (route) =>
      route.fulfill({ json: { items: [{ ...first, date_published: '2099-01-01T00:00:00Z' }, ...rest] } }));
    await page.goto(`${SITE}/?page=6`);
    await expect(page.locator('.jn-listing [role="alert"]')).toContainText('damaged');
    expect(logged.errors.join('\n')).toContain(`items["${first.id}"].date_published`);
  });
});

test.describe('search', () => {
  test('the field keeps the spaces a reader types between words', async ({ page }) => {
    await page.goto(SITE);
    const box = page.getByRole('searchbox', { name: 'Search the news' });
    await box.pressSequentially('port rail', { delay: 60 });
    await expect(box).toHaveValue('port rail');
    await expect(page).toHaveURL(/[?&]q=port%20rail$/);
  });

  test('finds Latin words ignoring case, width and accents, and keeps the query in the URL', async ({ page }) => {
    await page.goto(SITE);
    const box = page.getByRole('searchbox', { name: 'Search the news' });
    await box.fill('ＬＯＤＺ');
    const expected = matching('lodz');
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.locator('.jn-result-count')).toHaveText(`${expected.length} articles match “ＬＯＤＺ”`);
    await expect(titles(page)).toHaveText(expected.slice(0, 10).map((item) => item.title));
    await expect(page).toHaveURL(/\?q=%EF%BC%AC/);
    for (const title of await titles(page).allTextContents()) expect(title).toContain('Łódź');

    await page.reload();
    await expect(box).toHaveValue('ＬＯＤＺ');
    await expect(titles(page)).toHaveText(expected.slice(0, 10).map((item) => item.title));
  });

  test('finds Chinese text by substring', async ({ page }) => {
    // Two pieces of a Chinese title in the archive, e.g. "宁波 集装箱运价".
    const chinese = all.find((item) => item.language === 'zh-Hans');
    const query = `${chinese.title.slice(-6, -4)} ${chinese.title.slice(-4)}`;
    const expected = matching(query);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(SITE);
    await page.getByRole('searchbox', { name: 'Search the news' }).fill(query);
    await expect(page.locator('.jn-result-count')).toHaveText(`${expected.length} articles match “${query}”`);
    await expect(titles(page)).toHaveText(expected.slice(0, 10).map((item) => item.title));
  });

  test('a search with no match says so and offers a way back', async ({ page }) => {
    await page.goto(SITE);
    await page.getByRole('searchbox', { name: 'Search the news' }).fill('zanzibar');
    await expect(page.getByText('No articles match your search.')).toBeVisible();
    await expect(pager(page)).toHaveCount(0);
    await page.getByRole('link', { name: 'Show all news' }).click();
    await expect(titles(page)).toHaveCount(10);
    await expect(page.getByRole('searchbox', { name: 'Search the news' })).toHaveValue('');
  });

  test('markup in a query stays text', async ({ page }) => {
    await page.goto(`${SITE}/?q=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`);
    await expect(page.locator('.jn-empty')).toBeVisible();
    await expect(page.locator('.jn-main img')).toHaveCount(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  test('search results are paged', async ({ page }) => {
    const expected = matching('rise');
    expect(expected.length).toBeGreaterThan(10);
    await page.goto(`${SITE}/?q=rise`);
    await pager(page).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(`${SITE}/?page=2&q=rise`);
    await expect(titles(page)).toHaveText(expected.slice(10, 20).map((item) => item.title));
  });
});

test.describe('tags', () => {
  test('a tag link filters the listing, combines with search and paging, and can be cleared', async ({ page }) => {
    await page.goto(SITE);
    const firstTag = all[0].tags[0];
    await page.locator('.jn-item').first().getByRole('link', { name: firstTag }).click();
    const tagged = matching('', firstTag);
    await expect(page.locator('.jn-active-tag')).toContainText(firstTag);
    await expect(page.locator('.jn-result-count')).toHaveText(`${tagged.length} articles tagged “${firstTag}”`);
    await expect(titles(page)).toHaveText(tagged.slice(0, 10).map((item) => item.title));

    const box = page.getByRole('searchbox', { name: 'Search the news' });
    await box.fill('rise');
    const both = matching('rise', firstTag);
    await expect(page.locator('.jn-result-count')).toHaveText(`${both.length} articles match “rise”`);
    await expect(titles(page)).toHaveText(both.slice(0, 10).map((item) => item.title));
    if (both.length > 10) {
      await pager(page).getByRole('link', { name: 'Next page' }).click();
      await expect(titles(page)).toHaveText(both.slice(10, 20).map((item) => item.title));
      await expect(page).toHaveURL(/page=2/);
    }

    await page.getByRole('link', { name: 'Show all tags' }).click();
    await expect(page.locator('.jn-active-tag')).toHaveCount(0);
    await expect(box).toHaveValue('rise');
    await expect(titles(page)).toHaveText(matching('rise').slice(0, 10).map((item) => item.title));
  });
});

test.describe('article view', () => {
  test('links to newer and older articles and its related articles, across shards', async ({ page }) => {
    const position = 50; // the first article of the second shard
    await page.goto(`${SITE}/news/${all[position].id}/`);
    await expect(heading(page)).toHaveText(all[position].title);
    const steps = page.getByRole('navigation', { name: 'Newer and older articles' });
    await expect(steps.getByRole('link')).toHaveText([all[position - 1].title, all[position + 1].title]);
    const related = readArchive(`articles/${all[position].id}.json`).related;
    expect(related).toHaveLength(3);
    await expect(page.locator('.jn-more h2')).toHaveText('Related articles');
    await expect(page.locator('.jn-more-list a')).toHaveText(related.map((item) => item.title));

    await steps.getByRole('link', { name: all[position - 1].title }).click();
    await expect(heading(page)).toHaveText(all[position - 1].title);
    await expect(page).toHaveURL(`${SITE}/news/${all[position - 1].id}/`);
  });

  test('the newest article has no newer link; its related articles leave it out', async ({ page }) => {
    await page.goto(`${SITE}/news/${all[0].id}/`);
    const steps = page.getByRole('navigation', { name: 'Newer and older articles' });
    await expect(steps.getByRole('link')).toHaveText([all[1].title]);
    const related = readArchive(`articles/${all[0].id}.json`).related;
    expect(related.map((item) => item.id)).not.toContain(all[0].id);
    await expect(page.locator('.jn-more-list a')).toHaveText(related.map((item) => item.title));
  });
});

test('back and forward restore page, query and tag', async ({ page }) => {
  await page.goto(`${SITE}/?page=3`);
  await expect(titles(page)).toHaveText(all.slice(20, 30).map((item) => item.title));
  await titles(page).first().click();
  await expect(heading(page)).toHaveText(all[20].title);
  await page.goBack();
  await expect(page).toHaveURL(`${SITE}/?page=3`);
  await expect(titles(page)).toHaveText(all.slice(20, 30).map((item) => item.title));

  await page.goto(`${SITE}/?q=gdansk&tag=Ports`);
  const expected = matching('gdansk', 'Ports');
  await expect(titles(page)).toHaveText(expected.slice(0, 10).map((item) => item.title));
  await titles(page).first().click();
  await expect(heading(page)).toHaveText(expected[0].title);
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search the news' })).toHaveValue('gdansk');
  await expect(page.locator('.jn-active-tag')).toContainText('Ports');
  await expect(titles(page)).toHaveText(expected.slice(0, 10).map((item) => item.title));
  await page.goForward();
  await expect(heading(page)).toHaveText(expected[0].title);
});

test('the sample articles make two pages of ten', async ({ page }) => {
  await page.goto(origin('standalone'));
  await expect(titles(page)).toHaveCount(10);
  await page.getByRole('link', { name: 'Next page' }).click();
  // A translated pair is one entry.
  await expect(titles(page)).toHaveCount(newestFirst().length - 10);
});

test.describe('sitemaps', () => {
  // scripts/test built this site with at most 100 addresses per sitemap file.
  const LIMIT = 100;
  const BASE = 'https://www.jointlink.cn/news/';
  const locs = (xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

  test('split at the limit into flat files, each named in robots.txt', async ({ page }) => {
    const get = async (path) => {
      const response = await page.request.get(`${SITE}/${path}`);
      expect(response.status(), path).toBe(200);
      return response.text();
    };
    const robots = await get('robots.txt');
    const files = [...robots.matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1]);
    expect(files.length).toBeGreaterThan(2);
    expect(files).toEqual(files.map((_, position) => `${BASE}${position === 0 ? 'sitemap.xml' : `sitemap-${position + 1}.xml`}`));
    const listed = [];
    for (const [position, file] of files.entries()) {
      const xml = await get(file.slice(BASE.length));
      expect(xml, file).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
      expect(xml, file).not.toContain('<sitemapindex');
      const urls = locs(xml);
      // Full files but the last.
      if (position < files.length - 1) expect(urls, file).toHaveLength(LIMIT);
      else expect(urls.length, file).toBeLessThanOrEqual(LIMIT);
      listed.push(...urls);
    }
    expect(new Set(listed).size, 'each address once').toBe(listed.length);
    for (const item of all) {
      const own = item.language === 'zh-Hans' ? `zh-hans/news/${item.id}/` : `news/${item.id}/`;
      expect(listed, item.id).toContain(`${BASE}${own}`);
    }
    // The index, for engines that take one address, names the same files.
    expect(locs(await get('sitemap-index.xml'))).toEqual(files);
  });
});
