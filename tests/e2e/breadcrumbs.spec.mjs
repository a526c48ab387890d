// The breadcrumb trail of articles and tag pages: a named nav, the same with
// and without the app, in both languages, and as BreadcrumbList for search engines.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { article, site } from './sample-data.mjs';

const trail = (page, name) => page.getByRole('navigation', { name });
const crumbs = (nav) => nav.locator('li').evaluateAll((items) => items.map((item) => {
  const link = item.querySelector('a');
  return [item.textContent, link?.getAttribute('href') ?? item.getAttribute('aria-current')];
}));

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? 'in the app' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('an article and a tag page show where the reader is', async ({ page }) => {
      const { title, tags } = article('bill-of-lading-basics');
      await page.goto('/news/bill-of-lading-basics/');
      expect(await crumbs(trail(page, 'You are here'))).toEqual([
        ['Industry news', '/'],
        [tags[0], `/tag/${tags[0]}/`],
        [title, 'page'],
      ]);
      const chinese = article('bill-of-lading-basics-zh');
      await page.goto('/zh-hans/news/bill-of-lading-basics-zh/');
      expect(await crumbs(trail(page, '当前位置'))).toEqual([
        ['行业新闻', '/zh-hans/'],
        [chinese.tags[0], `/zh-hans/tag/${encodeURIComponent(chinese.tags[0])}/`],
        [chinese.title, 'page'],
      ]);
      await page.goto('/tag/Guides/');
      expect(await crumbs(trail(page, 'You are here'))).toEqual([['Industry news', '/'], ['Guides', 'page']]);
      await page.goto('/');
      await expect(trail(page, 'You are here')).toHaveCount(0);
    });
  });
}

test('embedded, the trail links within the host page', async ({ page }) => {
  await page.goto(`${origin('host')}/about/company-news.html?news=bill-of-lading-basics`);
  const nav = page.locator('#full-news').getByRole('navigation', { name: 'You are here' });
  await expect(nav.locator('li')).toHaveCount(3);
  const [news, tag] = (await crumbs(nav)).map(([, href]) => href);
  expect(news).toBe('/about/company-news.html');
  expect(tag).toBe('/about/company-news.html?news-tag=Guides');
});

test('search engines get the trail as BreadcrumbList', async ({ page }) => {
  const html = await (await page.request.get('/zh-hans/news/bill-of-lading-basics-zh/')).text();
  const data = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]));
  const list = data.find((item) => item['@type'] === 'BreadcrumbList');
  const { title, tags } = article('bill-of-lading-basics-zh');
  expect(list.itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: '行业新闻', item: `${site().base_url}zh-hans/` },
    { '@type': 'ListItem', position: 2, name: tags[0], item: `${site().base_url}zh-hans/tag/${encodeURIComponent(tags[0])}/` },
    { '@type': 'ListItem', position: 3, name: title, item: `${site().base_url}zh-hans/news/bill-of-lading-basics-zh/` },
  ]);
  const tagPage = await (await page.request.get('/tag/Guides/')).text();
  expect(tagPage).toContain('"@type":"BreadcrumbList"');
});
