// The WordPress source against a real WordPress (tests/wordpress/serve.sh):
// the samples, a post of hostile HTML and a post with a Chinese slug.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
// WordPress lists every post: it does not list a translated pair once.
import { article, everyArticle, PAGE_SIZE, SEED_ID } from './sample-data.mjs';

const WORDPRESS = `${origin('wordpress')}/?rest_route=`;
const page1 = `${origin('host')}/sources.html?${new URLSearchParams({ source: 'wordpress', url: WORDPRESS })}`;
const news = (page) => page.locator('#news');
const titles = (page) => news(page).locator('.jn-item-title a');
const heading = (page) => news(page).getByRole('heading', { level: 1 });
const CHINESE = '宁波港口最新动态';
const HOSTILE = 'Hostile & markup test';
/** WordPress typesets straight quotes as curly ones when it renders a title. */
const typeset = (title) => title.replace(/"([^"]*)"/g, '“$1”');
/** The two posts the seed adds to the samples, as the listing has them. */
const EXTRA = [
  { title: CHINESE, language: 'zh-Hans', date_published: '2026-11-10T01:00:00Z' },
  { title: HOSTILE, date_published: '2026-11-01T02:00:00Z' },
];
/** WordPress's listing of the posts that `keep` (all of them), newest first. */
const postTitles = (keep = () => true) => [...EXTRA, ...everyArticle()]
  .filter(keep)
  .sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published))
  .map((item) => typeset(item.title));
const listed = postTitles();

test('lists and pages with WordPress totals, searching and filtering on the server', async ({ page }) => {
  const requested = [];
  page.on('request', (request) => requested.push(decodeURIComponent(request.url())));
  await page.goto(page1);
  await expect(titles(page)).toHaveText(listed.slice(0, PAGE_SIZE));
  await expect(news(page).getByRole('navigation', { name: 'Pages' })).toContainText(`Page 1 of ${Math.ceil(listed.length / PAGE_SIZE)}`);
  expect(requested.some((url) => url.includes('rest_route=/wp/v2/posts') && url.includes('page=1&per_page=10&_embed=1'))).toBe(true);

  await news(page).getByRole('link', { name: 'Next page' }).click();
  await expect(titles(page)).toHaveText(listed.slice(PAGE_SIZE, 2 * PAGE_SIZE));

  await news(page).getByRole('searchbox', { name: 'Search the news' }).fill('Suez');
  await expect(titles(page)).toHaveText(['Suez Canal blockage: expect delays on Asia–Europe sailings']);
  expect(requested.some((url) => url.includes('search=Suez'))).toBe(true);

  await page.goto(page1);
  const guides = everyArticle().filter((item) => (item.tags ?? []).includes('Guides'));
  await news(page).locator('.jn-item', { hasText: guides[0].title }).getByRole('link', { name: 'Guides' }).click();
  await expect(titles(page)).toHaveText(guides.map((item) => typeset(item.title)));
  expect(requested.some((url) => url.includes('rest_route=/wp/v2/tags'))).toBe(true);
});

test('opens a post by its slug, with author and paragraphs', async ({ page }) => {
  await page.goto(`${page1}&news=${SEED_ID}`);
  const seed = article(SEED_ID);
  await expect(heading(page)).toContainText('International Capacity Cooperation');
  await expect(news(page).locator('.jn-body > p')).toHaveCount(seed.content_text.split('\n\n').length);
  await expect(news(page).locator('.jn-body')).toContainText('Zhu Li, director of the Indian Ocean Research Center');
  await expect(news(page).locator('.jn-article .jn-meta')).toContainText('Source: editor');
  await expect(news(page).locator('article time').first()).toHaveText('14 May 2021');
});

test('a post with a Chinese slug opens, and survives a reload', async ({ page }) => {
  await page.goto(page1);
  await news(page).getByRole('link', { name: CHINESE }).click();
  await expect(heading(page)).toHaveText(CHINESE);
  await page.reload();
  await expect(heading(page)).toHaveText(CHINESE);
  await expect(news(page).locator('.jn-body')).toContainText('宁波舟山港本周各港区作业正常');
});

test('hostile HTML in a post is rendered harmless, its title as text', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`${page1}&news=hostile-html`);
  await expect(heading(page)).toHaveText(HOSTILE);
  const body = news(page).locator('.jn-body');
  await expect(body).toContainText('Safe paragraph.');
  // A click handler would run in the click's own dispatch, before click() returns.
  await body.getByText('Styled text').click();
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  await expect(body.locator('script, iframe, svg, img, [onclick], [onerror], [style]')).toHaveCount(0);
  await expect(body.getByRole('link', { name: 'good link' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(body.getByText('bad link')).not.toHaveAttribute('href', /./);
});

test('an unknown slug is not found', async ({ page }) => {
  await page.goto(`${page1}&news=no-such-post`);
  await expect(heading(page)).toHaveText('Page not found');
});

test('an unknown tag lists nothing on page 1 and has no page 2', async ({ page }) => {
  await page.goto(`${page1}&news-tag=No+such+tag`);
  await expect(news(page).getByText('No articles match your search.')).toBeVisible();
  await page.goto(`${page1}&news-tag=No+such+tag&news-page=2`);
  await expect(news(page).getByText('There is no such page in the news.')).toBeVisible();
});

test('a broken answer about tags is an error with Retry, not an empty listing', async ({ page }) => {
  await page.route(/rest_route=%2Fwp%2Fv2%2Ftags|rest_route=\/wp\/v2\/tags/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Database error</html>' }));
  await page.goto(`${page1}&news-tag=Ports`);
  const alert = news(page).locator('.jn-listing [role="alert"]');
  await expect(alert).toContainText('damaged');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a wrong WordPress address shows the error with Retry', async ({ page, logged: { errors } }) => {
  const wrong = `${origin('host')}/sources.html?${new URLSearchParams({ source: 'wordpress', url: `${origin('wordpress')}/?rest_route=/no-such-namespace` })}`;
  await page.goto(wrong);
  const alert = news(page).locator('.jn-listing [role="alert"]');
  await expect(alert).toContainText('server had a problem');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(errors.join('\n')).toContain('rest_no_route');
});

test('the standalone site reads WordPress too, with encoded slugs in clean paths', async ({ page }) => {
  const site = `${origin('host')}/wp-site/`;
  await page.goto(site);
  await expect(page.locator('.jn-item-title a')).toHaveText(listed.slice(0, PAGE_SIZE));
  await page.getByRole('link', { name: CHINESE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHINESE);
  expect(new URL(page.url()).pathname).toMatch(/^\/wp-site\/news\/%(25)?e5/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHINESE);
  await page.goBack();
  await expect(page.locator('.jn-item-title a')).toHaveCount(PAGE_SIZE);
});

test('translated posts link to each other through their shared tag, which is not shown', async ({ page }) => {
  const chinese = article('rcep-takes-effect');
  const english = article(chinese.translations[0].id);
  await page.goto(`${page1}&news=${chinese.id}`);
  await expect(heading(page)).toHaveText(chinese.title);
  await expect(news(page).locator('article')).toHaveAttribute('lang', 'zh-Hans');
  await expect(news(page).locator('.jn-tag')).toHaveText(chinese.tags);
  await news(page).getByRole('link', { name: 'Read in English' }).click();
  await expect(heading(page)).toHaveText(english.title);
  await expect(news(page).locator('article')).toHaveAttribute('lang', 'en');
  await news(page).getByRole('link', { name: '阅读中文版' }).click();
  await expect(heading(page)).toHaveText(chinese.title);
});

test('the language filter asks WordPress for the posts by their lang: tags', async ({ page }) => {
  const requested = [];
  page.on('request', (request) => requested.push(decodeURIComponent(request.url())));
  const inChinese = (item) => item.language === 'zh-Hans';
  const chinese = postTitles(inChinese);
  await page.goto(`${page1}&news-only=zh-Hans`);
  await expect(titles(page)).toHaveText(chinese.slice(0, PAGE_SIZE));
  expect(requested.some((url) => url.includes('rest_route=/wp/v2/tags') && url.includes('search=lang:'))).toBe(true);
  // Posts without a language tag are in the site's language, English.
  const english = postTitles((item) => !inChinese(item));
  await news(page).getByRole('navigation', { name: 'Articles in' }).getByRole('link', { name: 'English' }).click();
  await expect(titles(page)).toHaveText(english.slice(0, PAGE_SIZE));
  // With a tag, WordPress must match both.
  const tag = everyArticle().find(inChinese).tags[0];
  const tagged = everyArticle().filter((item) => inChinese(item) && (item.tags ?? []).includes(tag));
  await page.goto(`${page1}&news-only=zh-Hans&news-tag=${encodeURIComponent(tag)}`);
  await expect(titles(page)).toHaveText(tagged.map((item) => typeset(item.title)));
});
