// The reader's choice of interface language: where the first choice comes
// from, switching on every view, remembering it, and following it across
// every instance on a page.
import { accessibilityProblems, test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { article, everyArticle, newestFirst, PAGE_SIZE, SEED_ID } from './sample-data.mjs';

const HOST = origin('host');
const ENGLISH = { heading: 'Industry news', back: 'Back to all news', notFound: 'Page not found', section: 'News', contact: 'Contact us' };
const CHINESE = { heading: '行业新闻', back: '返回新闻列表', notFound: '页面不存在', section: '新闻', contact: '联系我们' };
const seed = article(SEED_ID);
const switchOf = (scope) => scope.getByRole('navigation', { name: /^(Language|语言)$/ });
const h1 = (page) => page.getByRole('heading', { level: 1 });

/** The standalone listing, ready in the language the test expects. */
async function openListing(page, path, texts) {
  await page.goto(path);
  await expect(h1(page)).toHaveText(texts.heading);
  await expect(page.locator('.jn-contact-heading')).toHaveText(texts.contact);
}

test.describe('the first choice', () => {
  test('comes from the address before anything else', async ({ page }) => {
    await openListing(page, '/?lang=zh-Hans', CHINESE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    // Dates follow: 14 May 2021 reads 2021年5月14日.
    await page.goto(`/news/${SEED_ID}/?lang=zh-Hans`);
    await expect(page.locator('article time').first()).toContainText('2021年5月14日');
    await expect(page.getByRole('link', { name: CHINESE.back })).toBeVisible();
  });

  test('then from the reader\'s earlier choice, on a new visit', async ({ page, context }) => {
    await openListing(page, '/', ENGLISH);
    await switchOf(page).getByRole('link', { name: '中文' }).click();
    await expect(h1(page)).toHaveText(CHINESE.heading);
    const later = await context.newPage();
    await openListing(later, `/news/${SEED_ID}/`, { ...CHINESE, heading: seed.title });
    // The address still wins over the remembered choice.
    await openListing(later, '/?lang=en', ENGLISH);
  });

  test.describe('with a browser that prefers Chinese', () => {
    test.use({ locale: 'zh-CN' });

    test('the browser\'s preference comes next, until the reader chooses', async ({ page }) => {
      await openListing(page, '/', CHINESE);
      await switchOf(page).getByRole('link', { name: 'English' }).click();
      await expect(h1(page)).toHaveText(ENGLISH.heading);
      await page.reload();
      await expect(h1(page)).toHaveText(ENGLISH.heading);
    });
  });

  test.describe('with a browser in a language we do not have', () => {
    test.use({ locale: 'fr-FR' });

    test('the site file decides last', async ({ page }) => {
      await page.goto(`${HOST}/about/site-in-chinese.html`);
      const news = page.locator('#news');
      await expect(news.locator('.jn-heading')).toHaveText(CHINESE.heading);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      await page.goto(`${HOST}/about/company-news.html`);
      await expect(page.locator('#full-news .jn-heading')).toHaveText(ENGLISH.heading);
    });
  });
});

test.describe('switching', () => {
  test('on the listing changes every string and the document language, and keeps focus', async ({ page }) => {
    await openListing(page, '/', ENGLISH);
    const chinese = switchOf(page).getByRole('link', { name: '中文' });
    await expect(chinese).toHaveAttribute('hreflang', 'zh-Hans');
    await expect(chinese).toHaveAttribute('lang', 'zh-Hans');
    await expect(switchOf(page).getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    await chinese.focus();
    await page.keyboard.press('Enter');
    await expect(h1(page)).toHaveText(CHINESE.heading);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('.jn')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('banner').getByRole('link', { name: CHINESE.section })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '搜索新闻' })).toBeVisible();
    await expect(switchOf(page)).toHaveAccessibleName('语言');
    await expect(switchOf(page).getByRole('link', { name: '中文' })).toHaveAttribute('aria-current', 'true');
    await expect(switchOf(page).getByRole('link', { name: '中文' })).toBeFocused();
    await expect(page).toHaveTitle(new RegExp(`^${CHINESE.heading} – `));
    // No reload: the page is the same document.
    await expect(page).toHaveURL(`${origin('standalone')}/`);
  });

  test('on an article and on not-found, and an address that names a language follows', async ({ page }) => {
    await page.goto(`/news/${SEED_ID}/?lang=en`);
    await expect(page.getByRole('link', { name: ENGLISH.back })).toBeVisible();
    await switchOf(page).getByRole('link', { name: '中文' }).click();
    await expect(page.getByRole('link', { name: CHINESE.back })).toBeVisible();
    await expect(h1(page)).toHaveText(seed.title);
    await expect(page).toHaveURL(`${origin('standalone')}/news/${SEED_ID}/?lang=zh-Hans`);
    await page.reload();
    await expect(page.getByRole('link', { name: CHINESE.back })).toBeVisible();

    await page.goto('/news/no-such-article/');
    await expect(h1(page)).toHaveText(CHINESE.notFound);
    await switchOf(page).getByRole('link', { name: 'English' }).click();
    await expect(h1(page)).toHaveText(ENGLISH.notFound);
  });

  test('a keyboard reader reaches the switch from the top of the page', async ({ page }) => {
    await openListing(page, '/', ENGLISH);
    const english = switchOf(page).getByRole('link', { name: 'English' });
    for (let presses = 0; presses < 6; presses += 1) {
      await page.keyboard.press('Tab');
      if (await english.evaluate((link) => link === document.activeElement)) break;
    }
    await expect(english).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(switchOf(page).getByRole('link', { name: '中文' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(h1(page)).toHaveText(CHINESE.heading);
  });

  test('the header names the company, links its home page, and shows its logo', async ({ page }) => {
    await openListing(page, '/', ENGLISH);
    const banner = page.getByRole('banner');
    const home = banner.getByRole('link', { name: 'Ningbo Jointlink International Freight Forwarding Co. Ltd.' });
    await expect(home).toHaveAttribute('href', 'https://www.jointlink.cn/');
    const logo = home.locator('img');
    await expect(logo).toHaveAttribute('alt', '');
    expect(await logo.evaluate((image) => image.complete && image.naturalWidth > 0)).toBe(true);
    await banner.getByRole('link', { name: ENGLISH.section }).click();
    await expect(page).toHaveURL(`${origin('standalone')}/`);
  });
});

test.describe('language folders', () => {
  test('name the language over the reader\'s choice, and keep every link inside', async ({ page }) => {
    await openListing(page, '/?lang=en', ENGLISH);
    await switchOf(page).getByRole('link', { name: 'English' }).click();
    await openListing(page, '/zh-hans/', CHINESE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const first = newestFirst('zh-Hans')[0];
    await page.locator('.jn-item-title a').first().click();
    await expect(page).toHaveURL(`${origin('standalone')}/zh-hans/news/${first.id}/`);
    await expect(page.getByRole('link', { name: CHINESE.back })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: CHINESE.section }).click();
    await expect(page).toHaveURL(`${origin('standalone')}/zh-hans/`);
  });

  test('switching leaves the folder for the same page, and the choice is remembered', async ({ page, context }) => {
    await page.goto(`/zh-hans/news/${SEED_ID}/`);
    await expect(page.getByRole('link', { name: CHINESE.back })).toBeVisible();
    await switchOf(page).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${origin('standalone')}/news/${SEED_ID}/`);
    await expect(page.getByRole('link', { name: ENGLISH.back })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const later = await context.newPage();
    await openListing(later, '/', ENGLISH);
  });

  test('work on a site without prerendered pages, and below /news/', async ({ page }) => {
    await page.goto(`${origin('clientOnly')}/zh-hans/tag/ASEAN/`);
    await expect(page.locator('.jn-result-count')).toContainText('ASEAN');
    await expect(page.locator('.jn-contact-heading')).toHaveText(CHINESE.contact);
    await openListing(page, `${origin('subPath')}/news/zh-hans/`, CHINESE);
    await expect(page.locator('.jn-item-title a').first()).toHaveAttribute('href', `/news/zh-hans/news/${newestFirst('zh-Hans')[0].id}/`);
  });
});

test.describe('embedded', () => {
  test('every instance follows the switch, except one the host fixed, and the host keeps its lang', async ({ page }) => {
    await page.goto(`${HOST}/about/languages.html`);
    const [first, second, fixed, latest] = ['#first-news', '#second-news', '#fixed-news', '#latest-news'].map((id) => page.locator(id));
    await expect(first.locator('.jn-heading')).toHaveText(ENGLISH.heading);
    await expect(second.locator('.jn-heading')).toHaveText(ENGLISH.heading);
    await expect(fixed.locator('.jn-heading')).toHaveText(CHINESE.heading);
    await expect(fixed.locator('.jn-languages')).toHaveCount(0);
    await expect(latest.locator('.jn-latest-heading')).toHaveText('Latest news');
    await expect(latest.locator('.jn-languages')).toHaveCount(0);

    await switchOf(first).getByRole('link', { name: '中文' }).click();
    await expect(first.locator('.jn-heading')).toHaveText(CHINESE.heading);
    await expect(second.locator('.jn-heading')).toHaveText(CHINESE.heading);
    await expect(latest.locator('.jn-latest-heading')).toHaveText('最新动态');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page).toHaveURL(`${HOST}/about/languages.html`);

    await switchOf(second).getByRole('link', { name: 'English' }).click();
    await expect(first.locator('.jn-heading')).toHaveText(ENGLISH.heading);
    await expect(fixed.locator('.jn-heading')).toHaveText(CHINESE.heading);
    await expect(latest.locator('.jn-latest-heading')).toHaveText('Latest news');
  });

  test('the address names one instance\'s language by its own parameter', async ({ page }) => {
    await page.goto(`${HOST}/about/languages.html?again-lang=zh-Hans`);
    await expect(page.locator('#second-news .jn-heading')).toHaveText(CHINESE.heading);
    await expect(page.locator('#first-news .jn-heading')).toHaveText(ENGLISH.heading);
    const link = switchOf(page.locator('#second-news')).getByRole('link', { name: 'English' });
    await expect(link).toHaveAttribute('href', '/about/languages.html?again-lang=en');
  });
});

test.describe('accessibility in Chinese', () => {
  for (const [name, path, ready] of [
    ['the listing', '/?lang=zh-Hans', '.jn-item'],
    ['an article', `/news/${SEED_ID}/?lang=zh-Hans`, '.jn-body p'],
    ['not found', '/news/no-such-article/?lang=zh-Hans', '.jn-not-found'],
    ['a search', '/?lang=zh-Hans&q=RCEP', '.jn-result-count'],
    ['the English-only listing', '/?lang=zh-Hans&only=en', '.jn-item'],
  ]) {
    test(`${name} has no WCAG A/AA violations`, async ({ page }) => {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await expect(page.locator('.jn-contact-heading')).toHaveText(CHINESE.contact);
      expect((await accessibilityProblems(page)).violations).toEqual([]);
    });
  }

  test('the embedded instances have no WCAG A/AA violations', async ({ page }) => {
    await page.goto(`${HOST}/about/languages.html?news-lang=zh-Hans`);
    await expect(page.locator('#first-news .jn-heading')).toHaveText(CHINESE.heading);
    await page.locator('#latest-news .jn-latest-item').first().waitFor();
    expect((await accessibilityProblems(page, ['#first-news', '#latest-news'])).violations).toEqual([]);
  });
});

test('each headline keeps its own language whatever the interface', async ({ page }) => {
  await openListing(page, '/?lang=zh-Hans', CHINESE);
  const listed = newestFirst('zh-Hans').slice(0, PAGE_SIZE);
  const items = page.locator('.jn-item');
  await expect(items.locator('.jn-item-title a')).toHaveText(listed.map((item) => item.title));
  for (const [position, item] of listed.entries()) {
    await expect(items.nth(position)).toHaveAttribute('lang', item.language);
  }
});

test.describe('translations', () => {
  const pairs = everyArticle()
    .filter((item) => item.translations?.length)
    .map((item) => [item, article(item.translations[0].id)])
    .filter(([item]) => item.language === 'zh-Hans');
  const linkTo = (lang) => (lang === 'en' ? 'Read in English' : '阅读中文版');

  test('an article links to its translation and back, each link in its own language', async ({ page }) => {
    for (const [chinese, english] of pairs) {
      await page.goto(`/news/${chinese.id}/`);
      const toEnglish = page.locator('article').getByRole('link', { name: linkTo('en') });
      await expect(toEnglish).toHaveAttribute('hreflang', 'en');
      await expect(toEnglish).toHaveAttribute('lang', 'en');
      await toEnglish.click();
      await expect(page).toHaveURL(`${origin('standalone')}/news/${english.id}/`);
      await expect(h1(page)).toHaveText(english.title);
      await expect(page.locator('article')).toHaveAttribute('lang', 'en');
      await page.locator('article').getByRole('link', { name: linkTo('zh-Hans') }).click();
      await expect(h1(page)).toHaveText(chinese.title);
    }
  });

  test('the listing shows each pair once, in the reader\'s language, with the other a link away', async ({ page }) => {
    const shown = async () => page.locator('.jn-item-title a').allTextContents();
    const every = [];
    for (let number = 1; number <= 2; number += 1) {
      await page.goto(number === 1 ? '/' : `/page/${number}/`);
      await expect(page.locator('.jn-item').first()).toBeVisible();
      every.push(...(await shown()));
    }
    for (const [chinese, english] of pairs) {
      expect(every).toContain(english.title);
      expect(every).not.toContain(chinese.title);
    }
    const [chinese, english] = pairs.find(([item]) => item.id === 'rcep-takes-effect');
    await page.goto('/?q=RCEP');
    const entry = page.locator('.jn-item', { has: page.getByRole('link', { name: english.title, exact: true }) });
    await entry.getByRole('link', { name: linkTo('zh-Hans') }).click();
    await expect(h1(page)).toHaveText(chinese.title);
  });

  test('a Chinese reader gets the Chinese version of each pair, switching in place', async ({ page }) => {
    await openListing(page, '/?lang=zh-Hans&q=RCEP', CHINESE);
    const [chinese, english] = pairs.find(([item]) => item.id === 'rcep-takes-effect');
    const titles = page.locator('.jn-item-title a');
    await expect(titles.filter({ hasText: chinese.title })).toHaveCount(1);
    await expect(titles.filter({ hasText: english.title })).toHaveCount(0);
    await switchOf(page).getByRole('link', { name: 'English' }).click();
    await expect(titles.filter({ hasText: english.title })).toHaveCount(1);
    await expect(titles.filter({ hasText: chinese.title })).toHaveCount(0);
  });

  for (const [name, query] of [
    ['our REST API', { source: 'api', url: `${origin('api')}/api` }],
    ['a JSON Feed', { source: 'jsonfeed', url: `${origin('api')}/feed/page-1.json` }],
  ]) {
    test(`from ${name}, the translation links work in the embedded section`, async ({ page }) => {
      const [chinese, english] = pairs[0];
      await page.goto(`${HOST}/sources.html?${new URLSearchParams({ ...query, news: chinese.id })}`);
      const news = page.locator('#news');
      await expect(news.getByRole('heading', { level: 1 })).toHaveText(chinese.title);
      await news.getByRole('link', { name: linkTo('en') }).click();
      await expect(news.getByRole('heading', { level: 1 })).toHaveText(english.title);
      await news.getByRole('link', { name: linkTo('zh-Hans') }).click();
      await expect(news.getByRole('heading', { level: 1 })).toHaveText(chinese.title);
    });
  }
});

test.describe('the language filter', () => {
  const inLanguage = (lang) => everyArticle().filter((item) => item.language === lang);
  const titles = (scope) => scope.locator('.jn-item-title a');
  const filter = (scope) => scope.getByRole('navigation', { name: /^(Articles in|文章语言)$/ });

  test('shows only one language, kept in the URL, with paging and search', async ({ page }) => {
    const english = inLanguage('en');
    expect(english.length).toBeGreaterThan(PAGE_SIZE);
    await openListing(page, '/', ENGLISH);
    await expect(filter(page).getByRole('link', { name: 'All languages' })).toHaveAttribute('aria-current', 'true');
    await filter(page).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${origin('standalone')}/?only=en`);
    await expect(titles(page)).toHaveText(english.slice(0, PAGE_SIZE).map((item) => item.title));
    await expect(filter(page).getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(`${origin('standalone')}/?page=2&only=en`);
    await expect(titles(page)).toHaveText(english.slice(PAGE_SIZE).map((item) => item.title));

    await page.getByRole('searchbox', { name: 'Search the news' }).fill('RCEP');
    const englishRcep = english.filter((item) => /RCEP/i.test(`${item.title}\n${item.summary}`));
    await expect(titles(page)).toHaveText(englishRcep.map((item) => item.title));
    await expect(page).toHaveURL(/only=en/);

    await filter(page).getByRole('link', { name: '中文' }).click();
    const chineseRcep = inLanguage('zh-Hans').filter((item) => /RCEP/i.test(`${item.title}\n${item.summary}`));
    await expect(titles(page)).toHaveText(chineseRcep.map((item) => item.title));
    await expect(page).toHaveURL(/q=RCEP/);
    await filter(page).getByRole('link', { name: 'All languages' }).click();
    await expect(page).not.toHaveURL(/only=/);
    // All languages again: a pair that matches shows once, in the reader's language.
    const rcep = newestFirst().filter((item) => /RCEP/i.test(`${item.title}\n${item.summary}`));
    await expect(titles(page)).toHaveText(rcep.map((item) => item.title));
  });

  test('combines with a tag, and an unknown language shows everything', async ({ page }) => {
    const chinese = inLanguage('zh-Hans');
    const tag = chinese[0].tags[0];
    await page.goto(`/tag/${encodeURIComponent(tag)}/?only=zh-Hans`);
    await expect(titles(page)).toHaveText(chinese.filter((item) => item.tags.includes(tag)).map((item) => item.title));
    await page.goto('/?only=fr');
    await expect(titles(page)).toHaveText(newestFirst().slice(0, PAGE_SIZE).map((item) => item.title));
  });

  test('works embedded and against our REST API', async ({ page }) => {
    const chinese = inLanguage('zh-Hans');
    await page.goto(`${HOST}/sources.html?${new URLSearchParams({ source: 'api', url: `${origin('api')}/api`, 'news-only': 'zh-Hans' })}`);
    const news = page.locator('#news');
    await expect(titles(news)).toHaveText(chinese.slice(0, PAGE_SIZE).map((item) => item.title));
    await filter(news).getByRole('link', { name: 'English' }).click();
    await expect(titles(news)).toHaveText(inLanguage('en').slice(0, PAGE_SIZE).map((item) => item.title));
    await expect(page).toHaveURL(/news-only=en/);
  });
});
