// What publish counts and decides for each article, as readers see it: an
// expired notice's page, the related articles, and the reading time. Each on
// the prerendered page (without JavaScript), in the app that takes it over,
// and in the app alone (the site without prerendered pages), in both languages.
import { test, expect, accessibilityProblems, PAGE_MODES } from './fixtures.mjs';
import { article, everyArticle, index, site } from './sample-data.mjs';
import { origin } from '../../playwright.config.mjs';

const EXPIRED = [
  {
    path: '/news/typhoon-port-suspension-2024/',
    id: 'typhoon-port-suspension-2024',
    title: 'Typhoon warning: container operations at Ningbo-Zhoushan port suspended',
    meta: 'Released 14 September 2024 · expired 18 September 2024',
    notice: 'This notice has expired and is no longer in effect.',
    latest: 'See the latest news',
    listing: '/',
  },
  {
    path: '/zh-hans/news/typhoon-port-suspension-2024-zh/',
    id: 'typhoon-port-suspension-2024-zh',
    title: '台风预警：宁波舟山港暂停集装箱作业',
    meta: '失效日期 2024年9月18日',
    notice: '本通知已过期，不再有效。',
    latest: '查看最新资讯',
    listing: '/zh-hans/',
  },
];

// The first article of each pair has related articles in the sample; the
// Chinese one is shown the Chinese version of a translated pair.
const RELATED = [
  { path: '/news/bill-of-lading-basics/', id: 'bill-of-lading-basics', heading: 'Related articles' },
  { path: '/zh-hans/news/bill-of-lading-basics-zh/', id: 'bill-of-lading-basics-zh', heading: '相关文章' },
];


for (const [name, options] of PAGE_MODES) {
  test.describe(name, () => {
    test.use(options);

    test('an expired notice answers with a page that says so, and links to the listing', async ({ page }) => {
      for (const notice of EXPIRED) {
        const response = await page.goto(notice.path);
        expect(response.status(), notice.path).toBe(200);
        await expect(page.locator('h1')).toHaveText(notice.title);
        await expect(page.locator('.jn-article .jn-meta')).toContainText(notice.meta);
        const withdrawn = page.locator('.jn-expired');
        await expect(withdrawn).toContainText(notice.notice);
        await expect(withdrawn.getByRole('link', { name: notice.latest })).toHaveAttribute('href', notice.listing);
        // Its text is withdrawn, and it is not shared any more.
        await expect(page.locator('.jn-article')).not.toContainText('18:00');
        await expect(page.locator('.jn-share')).toHaveCount(0);
        await expect(page.locator('.jn-article')).toHaveAttribute('lang', article(notice.id).language);
      }
    });

    test('a notice still in effect says until when, and articles show their reading time', async ({ page }) => {
      await page.goto('/news/asean-international-capacity-cooperation/');
      const minutes = article('asean-international-capacity-cooperation').reading_minutes;
      expect(minutes).toBeGreaterThan(1);
      await expect(page.locator('.jn-article .jn-meta')).toContainText(`Released 14 May 2021 · ${minutes} min read`);
      await page.goto('/zh-hans/news/ningbo-zhoushan-port-cargo-throughput/');
      await expect(page.locator('.jn-article .jn-meta')).toContainText('阅读约 1 分钟');
      await expect(page.locator('.jn-expired')).toHaveCount(0);
    });

    test('an article ends with its related articles, in the reader\'s language', async ({ page }) => {
      for (const { path, id, heading } of RELATED) {
        const related = article(id).related;
        expect(related.length, id).toBeGreaterThan(0);
        await page.goto(path);
        const section = page.locator('.jn-more');
        await expect(section.getByRole('heading', { level: 2 })).toHaveText(heading);
        const links = section.getByRole('link');
        await expect(links).toHaveText(related.map(({ title }) => title));
        for (const [position, { id: other, language }] of related.entries()) {
          await expect(links.nth(position)).toHaveAttribute('href', new RegExp(`/news/${other}/$`));
          await expect(section.locator('li').nth(position)).toHaveAttribute('lang', language);
        }
        expect(related.some(({ id: other }) => other === id || article(id).translations?.some((t) => t.id === other))).toBe(false);
      }
    });

    test('an article that shares nothing ends with the latest news instead', async ({ page }) => {
      expect(article('rcep-takes-effect').related ?? []).toEqual([]);
      await page.goto('/zh-hans/news/rcep-takes-effect/');
      await expect(page.locator('.jn-more h2')).toHaveText('更多新闻');
      const latest = everyArticle().filter(({ id }) => id !== 'rcep-takes-effect').slice(0, 3);
      await expect(page.locator('.jn-more-list a')).toHaveText(latest.map(({ title }) => title));
    });
  });
}

test('the app follows a related article and reaches an expired notice from its translation', async ({ page }) => {
  await page.goto('/news/bill-of-lading-basics/');
  const first = article('bill-of-lading-basics').related[0];
  await page.locator('.jn-more').getByRole('link', { name: first.title }).click();
  await expect(page.locator('h1')).toHaveText(first.title);
  await expect(page).toHaveURL(new RegExp(`/news/${first.id}/$`));
  // Switching the interface language in place changes the notice's words.
  await page.goto('/news/typhoon-port-suspension-2024/');
  await page.getByRole('link', { name: '阅读中文版' }).click();
  await expect(page.locator('h1')).toHaveText(EXPIRED[1].title);
  await expect(page.locator('.jn-expired')).toBeVisible();
});

test('expired notices are kept from the listing, search, feeds, sitemap and search engines', async ({ page }) => {
  expect([...index().expired].sort()).toEqual(['typhoon-port-suspension-2024', 'typhoon-port-suspension-2024-zh']);
  await page.goto('/');
  await expect(page.locator('.jn-item')).not.toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('Typhoon warning');
  await page.getByRole('searchbox', { name: 'Search the news' }).fill('typhoon');
  await expect(page.locator('main')).toContainText('No articles match your search.');
  const html = await (await page.request.get(EXPIRED[0].path)).text();
  expect(html).toContain('<meta name="robots" content="noindex" />');
  expect(html).not.toContain('rel="canonical"');
  expect(html).not.toContain('"@type":"NewsArticle"');
  for (const file of ['/sitemap.xml', '/feed.xml', '/feed.json', '/tag/Ningbo/feed.xml']) {
    const text = await (await page.request.get(file)).text();
    expect(text, file).not.toContain('typhoon-port-suspension');
  }
  expect(site().base_url).toBeTruthy();
});

test('the expired notice, the reading time and the related articles pass axe', async ({ page }) => {
  for (const path of [EXPIRED[0].path, EXPIRED[1].path, RELATED[0].path]) {
    await page.goto(path);
    const { violations, passed } = await accessibilityProblems(page);
    expect(violations, path).toEqual([]);
    expect(passed, path).toContain('color-contrast');
  }
});
