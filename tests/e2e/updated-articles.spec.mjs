// A corrected article says so next to its release date, in both languages,
// on the prerendered page and in the app, and tells crawlers and feed readers.
import { test, expect } from './fixtures.mjs';
import { article, site } from './sample-data.mjs';

const UPDATED = [
  ['/news/bill-of-lading-basics/', 'Released 20 November 2026 · updated 27 November 2026'],
  ['/zh-hans/news/bill-of-lading-basics-zh/', '更新于 2026年11月27日'],
];

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? 'in the app' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('the updated date shows next to the release date', async ({ page }) => {
      for (const [path, text] of UPDATED) {
        await page.goto(path);
        const meta = page.locator('.jn-article .jn-meta');
        await expect(meta).toContainText(text);
        await expect(meta.locator('time').nth(1)).toHaveAttribute('datetime', article('bill-of-lading-basics').date_modified);
      }
      // An article never corrected shows its release date only.
      await page.goto('/news/asean-international-capacity-cooperation/');
      await expect(page.locator('.jn-article .jn-meta time')).toHaveCount(1);
    });
  });
}

test('search engines and feed readers get the updated date', async ({ page }) => {
  const modified = article('bill-of-lading-basics').date_modified;
  expect(modified).toBe('2026-11-27T15:30:00+08:00');
  const html = await (await page.request.get('/news/bill-of-lading-basics/')).text();
  const data = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)[1]);
  expect(data.dateModified).toBe(modified);
  expect(html).toContain(`<meta property="article:modified_time" content="${modified}" />`);
  const own = `${site().base_url}news/bill-of-lading-basics/`;
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${own}</loc><lastmod>${modified}</lastmod>`);
  const atom = await (await page.request.get('/feed.xml')).text();
  expect(atom).toMatch(new RegExp(`<id>${own}</id>[^]*?<updated>${modified.replace(/\+/g, '\\+')}</updated>`));
  const feed = await (await page.request.get('/feed.json')).json();
  expect(feed.items.find((item) => item.url === own).date_modified).toBe(modified);
});
