// The prerendered release build: every page readable without JavaScript, the
// app taking over without a visible change, and the discovery files.
import { appStarted, test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { framesRendered, layoutShift } from './layout-shift.mjs';
import { holdTheApp, markupOf } from './takeover.mjs';
import { article, everyArticle, firstPage, languageFolder, listingPathOf, newestFirst, ownPagePath, PAGE_SIZE, SEED_ID, site } from './sample-data.mjs';

const SITE = origin('standalone');
const all = newestFirst();
/** Every article has a page, both versions of a pair included. */
const every = everyArticle();
const company = site().company;
const titles = (page) => page.locator('.jn-item-title a');
const chinese = all.find((item) => item.language === 'zh-Hans');
/** The sample article written in HTML (`content_html`). */
const HTML_ID = 'export-documents-checklist';
/** An address of the published site (base_url) on the test server. */
const local = (url) => url.replace(site().base_url, `${SITE}/`);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the listing shows its first page, with dates, tags, pager and footer', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Industry news');
    await expect(page).toHaveTitle(`Industry news – ${company}`);
    await expect(titles(page)).toHaveText(firstPage().map((item) => item.title));
    const first = page.locator('.jn-item').first();
    await expect(first.locator('time')).toHaveAttribute('datetime', all[0].date_published);
    await expect(first.locator('.jn-summary')).toHaveText(all[0].summary);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: '0574-55229362' })).toHaveAttribute('href', 'tel:+86-574-55229362');
    await expect(footer.getByRole('link', { name: '0574-55229377' })).toHaveAttribute('href', 'tel:+86-574-55229377');
    await expect(footer.getByRole('link', { name: 'afra.yu@jointlink.cn' })).toHaveAttribute('href', 'mailto:afra.yu@jointlink.cn');
    await expect(footer.locator('.jn-copyright')).toHaveText(`Copyright © ${site().copyright}`);
  });

  test('pager links lead through the listing pages and back', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(`${SITE}/page/2/`);
    await expect(page).toHaveTitle(`Industry news – Page 2 – ${company}`);
    await expect(titles(page)).toHaveText(all.slice(PAGE_SIZE).map((item) => item.title));
    await expect(page.locator('[aria-current="page"]')).toHaveText('2');
    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(page).toHaveURL(`${SITE}/`);
    await expect(titles(page)).toHaveText(firstPage().map((item) => item.title));
  });

  test('an English article reads in full, with links to its tags and neighbours', async ({ page }) => {
    const seed = article(SEED_ID);
    const position = every.findIndex((item) => item.id === SEED_ID);
    await page.goto(`/${listingPathOf(SEED_ID)}`);
    await page.getByRole('link', { name: seed.title }).click();
    await expect(page).toHaveURL(`${SITE}/news/${SEED_ID}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page.locator('.jn-body > p')).toHaveText(seed.content_text.split('\n\n'));
    await expect(page.locator('article time')).toHaveAttribute('datetime', seed.date_published);
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
    const neighbours = page.getByRole('navigation', { name: 'Newer and older articles' });
    await expect(neighbours.getByRole('link', { name: every[position - 1].title })).toHaveAttribute('rel', 'prev');
    await expect(page.locator('.jn-more-list a')).toHaveText(seed.related.map((item) => item.title));

    await page.locator('article').getByRole('link', { name: 'ASEAN', exact: true }).click();
    await expect(page).toHaveURL(`${SITE}/tag/ASEAN/`);
    const tagged = all.filter((item) => item.tags?.includes('ASEAN'));
    await expect(titles(page)).toHaveText(tagged.map((item) => item.title));
    await expect(page.locator('.jn-result-count')).toHaveText(`${tagged.length} article${tagged.length === 1 ? '' : 's'} tagged “ASEAN”`);
  });

  test('a Chinese article is marked as Chinese and reads in full', async ({ page }) => {
    const full = article(chinese.id);
    await page.goto(`/news/${chinese.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(full.title);
    await expect(page.locator('article')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('.jn-body > p')).toHaveText(full.content_text.split('\n\n'));
    await page.getByRole('link', { name: 'Back to all news' }).click();
    await expect(page).toHaveURL(`${SITE}/`);
  });

  test('an HTML body is there, through the same allowlist', async ({ page }) => {
    await page.goto(`/news/${HTML_ID}/`);
    const body = page.locator('.jn-body');
    await expect(body.locator('table tbody tr')).toHaveCount(6);
    await expect(body.locator('h2')).toHaveText(['The documents for a typical export', 'Three checks that save a week']);
    await expect(body.locator('ol > li')).toHaveCount(3);
    const link = body.getByRole('link', { name: 'China Customs' });
    await expect(link).toHaveAttribute('href', 'https://www.customs.gov.cn/');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('a Chinese tag has a page of its own', async ({ page }) => {
    const tag = chinese.tags[0];
    await page.goto(`/news/${chinese.id}/`);
    await page.locator('article').getByRole('link', { name: tag, exact: true }).click();
    await expect(page).toHaveURL(`${SITE}/tag/${encodeURIComponent(tag)}/`);
    await expect(titles(page)).toHaveText(all.filter((item) => item.tags?.includes(tag)).map((item) => item.title));
  });

  test('each page is also in Chinese, in the zh-hans folder, with links that stay there', async ({ page }) => {
    const chineseFirst = newestFirst('zh-Hans');
    await page.goto('/zh-hans/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('行业新闻');
    await expect(titles(page)).toHaveText(chineseFirst.slice(0, PAGE_SIZE).map((item) => item.title));
    await expect(titles(page).first()).toHaveAttribute('href', `/zh-hans/news/${chineseFirst[0].id}/`);
    await expect(page.locator('.jn-contact-heading')).toHaveText('联系我们');
    // The other language is the same page outside the folder.
    const languages = page.getByRole('navigation', { name: '语言', exact: true });
    await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/');
    await expect(languages.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh-hans/');
    for (const [language, path] of [['en', ''], ['zh-Hans', 'zh-hans/'], ['x-default', '']]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${language}"]`)).toHaveAttribute('href', `${site().base_url}${path}`);
    }
    await page.getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(`${SITE}/zh-hans/page/2/`);
    await expect(titles(page)).toHaveText(chineseFirst.slice(PAGE_SIZE).map((item) => item.title));
    await page.goto('/page/2/');
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', `${site().base_url}zh-hans/page/2/`);
  });

  test('an article\'s own page is the one in its language; the other points there', async ({ page }) => {
    const own = `${site().base_url}zh-hans/news/${chinese.id}/`;
    await page.goto(`/zh-hans/news/${chinese.id}/`);
    await expect(page.getByRole('link', { name: '返回新闻列表' })).toHaveAttribute('href', '/zh-hans/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', own);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('meta[http-equiv="content-language"]')).toHaveAttribute('content', 'zh-Hans');
    await page.goto(`/news/${chinese.id}/`);
    await expect(page.getByRole('link', { name: 'Back to all news' })).toHaveAttribute('href', '/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', own);
    await page.goto(`/zh-hans/news/${SEED_ID}/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site().base_url}news/${SEED_ID}/`);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  });

  test('an unknown address answers 404 with the not-found view', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await page.getByRole('link', { name: 'Back to all news' }).click();
    await expect(titles(page)).toHaveCount(PAGE_SIZE);
  });

  test('the standalone site below /news/ is prerendered too', async ({ page }) => {
    await page.goto(`${origin('subPath')}/news/page/2/`);
    await expect(titles(page)).toHaveText(all.slice(PAGE_SIZE).map((item) => item.title));
    await expect(titles(page).first()).toHaveAttribute('href', `/news/news/${all[PAGE_SIZE].id}/`);
  });

  test('heads carry description, canonical address, cards and feeds', async ({ page }) => {
    const seed = article(SEED_ID);
    await page.goto(`/news/${SEED_ID}/`);
    const content = (selector) => page.locator(selector).getAttribute('content');
    const canonical = `${site().base_url}news/${SEED_ID}/`;
    expect(await content('meta[name="description"]')).toBe(seed.summary);
    expect(await content('meta[name="format-detection"]')).toBe('telephone=no');
    expect(await content('meta[name="applicable-device"]')).toBe('pc,mobile');
    expect(await content('meta[http-equiv="content-language"]')).toBe('en');
    // The samples name no Baidu verification code (the company has none yet).
    await expect(page.locator('meta[name="baidu-site-verification"]')).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    expect(await content('meta[property="og:type"]')).toBe('article');
    expect(await content('meta[property="og:title"]')).toBe(seed.title);
    expect(await content('meta[property="og:url"]')).toBe(canonical);
    expect(await content('meta[property="article:published_time"]')).toBe(seed.date_published);
    expect(await content('meta[name="twitter:card"]')).toBe(seed.image ? 'summary_large_image' : 'summary');
    await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', '/feed.json');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feed.xml');
    const data = JSON.parse(await page.locator('script[type="application/ld+json"]').first().textContent());
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(seed.title);
    expect(data.datePublished).toBe(seed.date_published);
    expect(data.publisher).toMatchObject({ '@type': 'Organization', name: company });
    expect(data.mainEntityOfPage).toBe(canonical);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  });

  test('a translated article names each language version in its head', async ({ page }) => {
    const translated = all.find((item) => item.translations?.length);
    await page.goto(`/news/${translated.id}/`);
    const versions = [[translated.language, translated.id], ...translated.translations.map(({ language, id }) => [language, id])];
    const links = page.locator('link[rel="alternate"][hreflang]');
    await expect(links).toHaveCount(versions.length);
    for (const [language, id] of versions) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${language}"]`)).toHaveAttribute('href', `${site().base_url}${ownPagePath({ id, language })}`);
    }
  });
});

/** The news region's elements, attributes and text. */
const newsMarkup = (page) => markupOf(page.locator('[data-jointlink-news] > .jn'));

test.describe('with JavaScript', () => {
  for (const [name, path] of [
    ['the listing', '/'],
    ['a listing page', '/page/2/'],
    ['a tag', '/tag/ASEAN/'],
    ['an article', `/news/${SEED_ID}/`],
    ['a Chinese article', `/news/${chinese.id}/`],
    ['an article with an HTML body', `/news/${HTML_ID}/`],
    ['the Chinese listing', '/zh-hans/'],
    ['a Chinese article in Chinese', `/zh-hans/news/${chinese.id}/`],
  ]) {
    test(`${name}: the app takes over without a visible change`, async ({ page, logged }) => {
      const release = await holdTheApp(page);
      await page.goto(path);
      const before = await newsMarkup(page);
      const title = await page.title();
      await page.evaluate(() => {
        window.__samePage = true;
        // Before every frame the reader sees: does the view lack its heading or show a loading state?
        window.__gaps = [];
        const news = document.querySelector('[data-jointlink-news]');
        const sample = () => {
          if (!news.querySelector('h1') || news.querySelector('.jn-loading')) window.__gaps.push(news.textContent.slice(0, 80));
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      release();
      await appStarted(page);
      // The takeover renders its first view in the task that mounts it; two frames later the reader has seen it.
      await framesRendered(page);
      expect(await newsMarkup(page)).toBe(before);
      expect(await page.evaluate(() => window.__gaps), 'a loading or empty state').toEqual([]);
      expect(await page.title()).toBe(title);
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
      expect([...logged.errors, ...logged.warnings]).toEqual([]);

      const link = page.locator('main a[href*="/news/"]').first();
      const target = await link.getAttribute('href');
      await link.click();
      await expect(page).toHaveURL(`${SITE}${target}`);
      await expect(page.locator('article h1')).toBeVisible();
      await page.goBack();
      await expect(page).toHaveURL(`${SITE}${path}`);
      expect(await newsMarkup(page)).toBe(before);
      await page.goForward();
      await expect(page).toHaveURL(`${SITE}${target}`);
      expect(await page.evaluate(() => window.__samePage), 'navigation stayed in the page').toBe(true);
    });
  }

  test('letters typed into the search before the app starts are kept, and searched for', async ({ page }) => {
    const release = await holdTheApp(page);
    await page.goto('/');
    const field = page.locator('#jn-search-input');
    await field.click();
    await field.pressSequentially('RCEP');
    release();
    await expect(page).toHaveURL(`${SITE}/?q=RCEP`);
    await expect(page.locator('.jn-result-count')).toContainText('RCEP');
    await expect(field).toHaveValue('RCEP');
    await expect(field).toBeFocused();
  });

  test('a link focused before the app starts keeps the focus', async ({ page }) => {
    const release = await holdTheApp(page);
    await page.goto('/');
    const second = titles(page).nth(1);
    await second.focus();
    release();
    await appStarted(page);
    await expect(titles(page).nth(1)).toBeFocused();
  });

  test('the app starts on the prerendered data without fetching it again', async ({ page }) => {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`/news/${SEED_ID}/`);
    // The first data the app asks for after it started, by the reader's click:
    // anything it fetched on starting was asked for before that.
    const next = page.locator('.jn-neighbours a').first();
    const nextId = (await next.getAttribute('href')).match(/news\/([^/]+)\//)[1];
    const asked = page.waitForRequest(`**/data/articles/${nextId}.json`);
    await next.click();
    await asked;
    const before = requested.slice(0, requested.indexOf(`/data/articles/${nextId}.json`));
    // Its picture loads, as on any page; its data is not fetched again.
    expect(before.filter((path) => path.startsWith('/data/') && path.endsWith('.json'))).toEqual([]);
  });

  test('damaged page data costs only the head start: the view loads as usual', async ({ page, logged: { errors } }) => {
    await page.route(`**/news/${SEED_ID}/`, async (route) => {
      const response = await route.fetch();
      // Cut short, as by a failed upload or a proxy that truncates.
      const body = (await response.text()).replace(/(data-jointlink-news-prerendered>)([^<]{100})[^<]*/, '$1$2');
      await route.fulfill({ response, body });
    });
    await page.goto(`/news/${SEED_ID}/`);
    await expect(page.locator('.jn-body > p').first()).toHaveText(article(SEED_ID).content_text.split('\n\n')[0]);
    expect(errors.join('\n')).toContain('prerendered data');
  });

  test('a search address is not prerendered: the app shows the results', async ({ page }) => {
    await page.goto('/?q=RCEP');
    await expect(page.locator('.jn-result-count')).toContainText('RCEP');
    await expect(page.locator('#jn-search-input')).toHaveValue('RCEP');
  });
});

test.describe('discovery files', () => {
  /** Parses XML with the browser's XML parser; fails on any well-formedness error. */
  async function parseXml(page, url) {
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    const text = await response.text();
    await page.goto('/404.html');
    return page.evaluate((xml) => {
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      const error = parsed.querySelector('parsererror');
      if (error) return { error: error.textContent };
      const root = parsed.documentElement;
      return {
        root: root.localName,
        namespace: root.namespaceURI,
        urls: [...parsed.getElementsByTagName('url')].map((url) => ({
          loc: url.getElementsByTagName('loc')[0]?.textContent,
          lastmod: url.getElementsByTagName('lastmod')[0]?.textContent,
          alternates: [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((link) => [
            link.getAttribute('hreflang'),
            link.getAttribute('href'),
          ]),
        })),
        entries: [...parsed.getElementsByTagName('entry')].map((entry) => ({
          id: entry.getElementsByTagName('id')[0]?.textContent,
          title: entry.getElementsByTagName('title')[0]?.textContent,
          published: entry.getElementsByTagName('published')[0]?.textContent,
          content: entry.getElementsByTagName('content')[0]?.textContent,
        })),
        self: parsed.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
      };
    }, text);
  }

  test('sitemap.xml lists every page with lastmod, and each answers 200', async ({ page }) => {
    const sitemap = await parseXml(page, '/sitemap.xml');
    expect(sitemap.error).toBeUndefined();
    expect(sitemap.root).toBe('urlset');
    expect(sitemap.namespace).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const tags = new Set(every.flatMap((item) => item.tags ?? []));
    const languages = ['en', 'zh-Hans'];
    // Each tag's two feeds; then the listing's pages (its two, each tag's and
    // each year's) in each interface language, and each article once, on its
    // own page.
    const years = new Set(every.map((item) => item.date_published.slice(0, 4)));
    const isFeed = ({ loc }) => /\/feed\.(xml|json)$/.test(loc);
    const feeds = sitemap.urls.filter(isFeed).map(({ loc }) => loc);
    expect(feeds.sort()).toEqual([...tags].flatMap((tag) => ['xml', 'json'].map((kind) => `${site().base_url}tag/${encodeURIComponent(tag)}/feed.${kind}`)).sort());
    sitemap.urls = sitemap.urls.filter((url) => !isFeed(url));
    expect(sitemap.urls).toHaveLength(languages.length * (2 + tags.size + years.size) + every.length);
    for (const item of every) {
      const url = sitemap.urls.find((entry) => entry.loc === `${site().base_url}${ownPagePath(item)}`);
      expect(url?.lastmod, item.id).toBe(item.date_modified ?? item.date_published);
      // A translated article names every version, itself included, by language.
      const versions = item.translations
        ? [[item.language, url.loc], ...item.translations.map((version) => [version.language, `${site().base_url}${ownPagePath(version)}`])]
        : [];
      expect(url.alternates, item.id).toEqual(versions);
    }
    for (const path of ['', 'page/2/', 'tag/ASEAN/']) {
      const versions = [...languages.map((language) => [language, `${site().base_url}${languageFolder(language)}${path}`]), ['x-default', `${site().base_url}${path}`]];
      for (const [language, loc] of versions.slice(0, languages.length)) {
        const url = sitemap.urls.find((entry) => entry.loc === loc);
        expect(url?.alternates, `${language} ${path}`).toEqual(versions);
      }
    }
    for (const { loc, lastmod } of sitemap.urls) {
      expect(Number.isNaN(Date.parse(lastmod)), loc).toBe(false);
      const response = await page.request.get(local(loc), { maxRedirects: 0 });
      expect(response.status(), loc).toBe(200);
      expect(await response.text(), loc).toContain('data-jointlink-news-prerendered');
    }
    const robots = await (await page.request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${site().base_url}sitemap.xml`);
  });

  test('feed.xml is Atom with the newest articles', async ({ page }) => {
    const feed = await parseXml(page, '/feed.xml');
    expect(feed.error).toBeUndefined();
    expect(feed.root).toBe('feed');
    expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(feed.self).toBe(`${site().base_url}feed.xml`);
    const newest = every.slice(0, 20);
    expect(feed.entries.map((entry) => entry.title)).toEqual(newest.map((item) => item.title));
    expect(feed.entries.map((entry) => entry.id)).toEqual(newest.map((item) => `${site().base_url}${ownPagePath(item)}`));
    expect(feed.entries[0].published).toBe(newest[0].date_published);
    const first = article(newest[0].id);
    expect(feed.entries[0].content).toBe(first.content_text ?? first.content_html);
  });

  test('feed.json is JSON Feed 1.1 with the newest articles', async ({ page }) => {
    const response = await page.request.get('/feed.json');
    expect(response.status()).toBe(200);
    const feed = await response.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.home_page_url).toBe(site().base_url);
    expect(feed.feed_url).toBe(`${site().base_url}feed.json`);
    const newest = every.slice(0, 20);
    expect(feed.items.map((item) => item.title)).toEqual(newest.map((item) => item.title));
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.content_text ?? item.content_html).toBeTruthy();
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
      const pageResponse = await page.request.get(local(item.url));
      expect(pageResponse.status(), item.url).toBe(200);
    }
  });
});
