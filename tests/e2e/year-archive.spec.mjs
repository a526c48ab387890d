// The archive by year: a page per year listing its articles by month, with
// links between the years, reached from the listing. Prerendered (without
// JavaScript), taken over by the app, in the app alone, embedded, and from a
// JSON Feed; the sources that page on their servers leave it out.
import { test, expect, accessibilityProblems, PAGE_MODES } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { everyArticle, newestFirst, site } from './sample-data.mjs';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];
const yearOf = (item) => item.date_published.slice(0, 4);
const YEARS = [...new Set(everyArticle().map(yearOf))];

/** A year's articles as a reader of `reader` sees them, by month, newest first. */
function months(year, reader) {
  const grouped = [];
  for (const item of newestFirst(reader).filter((item) => yearOf(item) === year)) {
    const month = Number(item.date_published.slice(5, 7));
    const heading = reader === 'en' ? `${ENGLISH_MONTHS[month - 1]} ${year}` : `${year}年${month}月`;
    if (grouped.at(-1)?.heading !== heading) grouped.push({ heading, titles: [] });
    grouped.at(-1).titles.push(item.title);
  }
  return grouped;
}

async function expectYear(root, year, reader) {
  const expected = months(year, reader);
  expect(expected.length, `${year} has articles`).toBeGreaterThan(1);
  await expect(root.locator('.jn-month-heading')).toHaveText(expected.map(({ heading }) => heading));
  for (const [position, { titles }] of expected.entries()) {
    await expect(root.locator('.jn-month').nth(position).locator('a')).toHaveText(titles);
  }
  const years = root.getByRole('navigation', { name: reader === 'en' ? 'News by year' : '按年份浏览新闻' });
  await expect(years.getByRole('link')).toHaveText(YEARS);
  await expect(years.locator('[aria-current="page"]')).toHaveText(year);
}


for (const [name, options] of PAGE_MODES) {
  test.describe(name, () => {
    test.use(options);

    test('a year lists its articles by month, in the reader\'s language, with links between years', async ({ page }) => {
      expect(YEARS.length).toBeGreaterThan(4);
      const response = await page.goto('/archive/2026/');
      expect(response.status()).toBe(200);
      await expectYear(page, '2026', 'en');
      await expect(page).toHaveTitle(/^2026 – Industry news – /);
      await page.goto('/zh-hans/archive/2026/');
      await expectYear(page, '2026', 'zh-Hans');
    });

    test('the listing leads to the year, and the years to each other', async ({ page }) => {
      await page.goto('/');
      const newest = newestFirst()[0];
      await page.getByRole('link', { name: 'Browse by year' }).click();
      await expect(page).toHaveURL(`${options.baseURL ?? origin('standalone')}/archive/${yearOf(newest)}/`);
      await expect(page.locator('.jn-month a').first()).toHaveText(newest.title);
      await page.getByRole('navigation', { name: 'News by year' }).getByRole('link', { name: '2021' }).click();
      await expect(page).toHaveURL(/\/archive\/2021\/$/);
      await expectYear(page, '2021', 'en');
      await page.locator('.jn-month a').first().click();
      await expect(page.locator('h1')).toHaveText(months('2021', 'en')[0].titles[0]);
    });

  });
}

// A query has no prerendered page: only the app answers it.
for (const baseURL of [origin('standalone'), origin('clientOnly')]) {
  test(`a year without articles says so and offers all the news (${baseURL})`, async ({ page }) => {
    await page.goto(`${baseURL}/?year=2001`);
    await expect(page.locator('.jn-empty')).toHaveText('No articles match your search.');
    await expect(page.locator('.jn-month')).toHaveCount(0);
    await page.getByRole('link', { name: 'Show all news' }).click();
    await expect(page.locator('.jn-item')).not.toHaveCount(0);
  });
}

test('each year is in the sitemap, in both languages', async ({ page }) => {
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  for (const year of YEARS) {
    expect(sitemap).toContain(`<loc>${site().base_url}archive/${year}/</loc>`);
    expect(sitemap).toContain(`href="${site().base_url}zh-hans/archive/${year}/"`);
  }
});

test('embedded, the year is in the host page\'s query and the host page stays', async ({ page }) => {
  const host = `${origin('host')}/about/company-news.html`;
  await page.goto(host);
  const full = page.locator('#full-news');
  await full.getByRole('link', { name: 'Browse by year' }).click();
  const newestYear = yearOf(newestFirst()[0]);
  await expect(page).toHaveURL(`${host}?news-year=${newestYear}`);
  await expectYear(full, newestYear, 'en');
  await page.goto(`${host}?news-year=2023`);
  await expectYear(full, '2023', 'en');
});

test('from a JSON Feed the app pages by year too; our REST API leaves it out', async ({ page }) => {
  const widget = (query) => `${origin('host')}/sources.html?${new URLSearchParams(query)}`;
  const news = page.locator('#news');
  await page.goto(`${widget({ source: 'jsonfeed', url: `${origin('api')}/feed/page-1.json` })}&news-year=2021`);
  await expect(news.locator('.jn-month-heading').first()).toHaveText(months('2021', 'en')[0].heading);
  await expect(news.locator('.jn-month a')).toHaveText(months('2021', 'en').flatMap(({ titles }) => titles));
  await page.goto(widget({ source: 'api', url: `${origin('api')}/api` }));
  await expect(news.locator('.jn-item').first()).toBeVisible();
  await expect(news.getByRole('link', { name: 'Browse by year' })).toHaveCount(0);
  await page.goto(`${widget({ source: 'api', url: `${origin('api')}/api` })}&news-year=2021`);
  await expect(news.locator('.jn-empty')).toBeVisible();
});

test('a year\'s page passes axe in both languages', async ({ page }) => {
  for (const path of ['/archive/2023/', '/zh-hans/archive/2023/']) {
    await page.goto(path);
    const { violations, passed } = await accessibilityProblems(page);
    expect(violations, path).toEqual([]);
    expect(passed, path).toContain('color-contrast');
  }
});
