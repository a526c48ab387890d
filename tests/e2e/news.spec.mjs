// The release build in Chromium: listing, article, navigation, not-found,
// footer, failures and recovery.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { article, firstPage, index, listingPathOf, newestFirst, PAGE_SIZE, site, SEED_ID } from './sample-data.mjs';

const seed = article(SEED_ID);
const listingTitles = (page) => page.locator('.jn-item-title a');

test.describe('news listing', () => {
  test('shows every sample article newest first with date and summary, ten a page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Industry news');
    await expect(page).toHaveTitle(`Industry news – ${site().company}`);
    const all = newestFirst();
    for (const [number, expected] of [[1, all.slice(0, PAGE_SIZE)], [2, all.slice(PAGE_SIZE)]]) {
      if (number > 1) await page.getByRole('link', { name: 'Next page' }).click();
      await expect(listingTitles(page)).toHaveText(expected.map((item) => item.title));
      const items = page.locator('.jn-item');
      for (const [position, item] of expected.entries()) {
        const entry = items.nth(position);
        await expect(entry.locator('time')).toHaveAttribute('datetime', item.date_published);
        await expect(entry.locator('.jn-summary')).toHaveText(item.summary);
        await expect(entry.locator('.jn-item-title a')).toHaveAttribute('href', `/news/${item.id}/`);
        await expect(entry.locator('.jn-tag')).toHaveText(item.tags ?? []);
        if (item.language) await expect(entry).toHaveAttribute('lang', item.language);
      }
    }
  });

  test('never downloads article bodies', async ({ page }) => {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/');
    await expect(listingTitles(page)).toHaveCount(PAGE_SIZE);
    expect(requested.filter((path) => path.startsWith('/data/articles/'))).toEqual([]);
  });
});

test.describe('article view', () => {
  test('opens from the listing with the seed article in full', async ({ page, logged: { errors } }) => {
    await page.goto(`/${listingPathOf(SEED_ID)}`);
    await page.getByRole('link', { name: seed.title }).click();
    await expect(page).toHaveURL(`/news/${SEED_ID}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    const paragraphs = seed.content_text.split('\n\n');
    await expect(page.locator('.jn-body > p')).toHaveText(paragraphs);
    await expect(page.locator('.jn-body')).toContainText(
      'Zhu Li, director of the Indian Ocean Research Center of Yunnan University of Finance and Economics',
    );
    await expect(page.locator('.jn-body')).toContainText(
      'international cooperation in production capacity will promote the long-term economic development of ASEAN countries.',
    );
    await expect(page.locator('article time')).toHaveAttribute('datetime', seed.date_published);
    await expect(page.locator('article time')).toHaveText('14 May 2021');
    await expect(page.locator('.jn-article .jn-meta')).toContainText('Source: China News Agency');
    await expect(page).toHaveTitle(`${seed.title} – ${site().company}`);
    expect(errors).toEqual([]);
  });

  test('a deep link survives reload, and back and forward work', async ({ page, logged: { errors } }) => {
    await page.goto(`/news/${SEED_ID}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);

    await page.getByRole('link', { name: 'Back to all news' }).click();
    await expect(page).toHaveURL('/');
    await expect(listingTitles(page)).toHaveCount(PAGE_SIZE);

    await page.goBack();
    await expect(page).toHaveURL(`/news/${SEED_ID}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await page.goForward();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Industry news');
    expect(errors).toEqual([]);
  });

  test('back from an article returns to the listing', async ({ page }) => {
    await page.goto('/');
    const newest = newestFirst()[0];
    await listingTitles(page).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest.title);
    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(listingTitles(page)).toHaveText(firstPage().map((item) => item.title));
  });

  test('following a link moves focus to the new view, a page load does not', async ({ page }) => {
    await page.goto(`/${listingPathOf(SEED_ID)}`);
    await expect(listingTitles(page)).not.toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.getByRole('link', { name: seed.title }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.getByRole('link', { name: 'Back to all news' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('a Chinese article is marked as Chinese', async ({ page }) => {
    const chinese = newestFirst().find((item) => item.language === 'zh-Hans');
    await page.goto(`/news/${chinese.id}/`);
    await expect(page.locator('article.jn-article')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chinese.title);
    await expect(page.locator('.jn-body > p')).toHaveText(article(chinese.id).content_text.split('\n\n'));
  });
});

test.describe('not found', () => {
  for (const path of ['/news/no-such-article', '/news/Not_A_Slug', '/about/company', '/news/']) {
    test(`${path} shows not-found with a way back`, async ({ page, logged: { errors } }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.locator('h1')).toHaveCount(1);
      await page.getByRole('link', { name: 'Back to all news' }).click();
      await expect(page).toHaveURL('/');
      await expect(listingTitles(page)).toHaveCount(PAGE_SIZE);
      expect(errors.filter((text) => text.includes('panicked'))).toEqual([]);
    });
  }

  test('an unknown article needs no request when the index is loaded', async ({ page }) => {
    // A prerendered listing needs no index, so this starts from one that loaded it.
    await page.goto(origin('clientOnly'));
    await expect(listingTitles(page)).toHaveCount(PAGE_SIZE);
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.evaluate(() => {
      history.pushState(null, '', '/news/no-such-article');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    // The listing's lazy pictures may still be arriving; no data file is asked for.
    expect(requested.filter((path) => path.startsWith('/data/') && path.endsWith('.json'))).toEqual([]);
  });
});

test.describe('contact footer', () => {
  for (const path of ['/', `/news/${SEED_ID}/`, '/news/no-such-article']) {
    test(`is on ${path} with tel: and mailto: links`, async ({ page }) => {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByText(site().company, { exact: true })).toBeVisible();
      await expect(footer.getByRole('link', { name: '0574-55229362' })).toHaveAttribute('href', 'tel:+86-574-55229362');
      await expect(footer.getByRole('link', { name: '0574-55229377' })).toHaveAttribute('href', 'tel:+86-574-55229377');
      await expect(footer.getByRole('link', { name: 'afra.yu@jointlink.cn' })).toHaveAttribute('href', 'mailto:afra.yu@jointlink.cn');
      await expect(footer.locator('.jn-copyright')).toHaveText(`Copyright © ${site().copyright}`);
    });
  }
});

// These load their data in the browser (prerendered pages carry theirs), so
// they run on the same bundle served without prerendered pages.
test.describe('failures and recovery', () => {
  test.use({ baseURL: origin('clientOnly') });
  const retry = (page) => page.getByRole('button', { name: 'Try again' });

  test('a broken index shows what failed, logs details, and Retry recovers', async ({ page, logged: { errors } }) => {
    await page.route('**/data/news.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [{"id": 5' }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The news could not be loaded');
    await expect(alert).toContainText('damaged');
    await expect(listingTitles(page)).toHaveCount(0);
    expect(errors.join('\n')).toContain('data/news.json: not valid JSON');

    await page.unroute('**/data/news.json');
    await retry(page).click();
    await expect(listingTitles(page)).toHaveCount(PAGE_SIZE);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('an index with a wrong field type names the field in the console', async ({ page, logged: { errors } }) => {
    const broken = structuredClone(index());
    broken.items[2].title = ['not', 'a', 'string'];
    await page.route('**/data/news.json', (route) => route.fulfill({ json: broken }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('damaged');
    expect(errors.join('\n')).toContain('field `items[2].title` must be a string');
  });

  test('a server error says to try again later', async ({ page }) => {
    await page.route('**/data/news.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('server had a problem');
  });

  test('an unreachable server says to check the connection, and Retry recovers', async ({ page }) => {
    await page.route('**/data/news.json', (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Check your internet connection');
    await page.unroute('**/data/news.json');
    await retry(page).click();
    await expect(listingTitles(page)).toHaveCount(PAGE_SIZE);
  });

  test('a broken article shows an error with Retry, and the footer stays', async ({ page }) => {
    await page.route(`**/data/articles/${SEED_ID}.json`, (route) =>
      route.fulfill({ json: { ...seed, date_published: '14 May 2021' } }),
    );
    await page.goto(`/news/${SEED_ID}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The article could not be loaded');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'afra.yu@jointlink.cn' })).toBeVisible();
    await page.unroute(`**/data/articles/${SEED_ID}.json`);
    await retry(page).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  });

  test('a missing site file breaks only the footer, which can retry', async ({ page }) => {
    await page.route('**/data/site.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('/');
    await expect(listingTitles(page)).toHaveCount(PAGE_SIZE);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('alert')).toContainText('contact details could not be loaded');
    await page.unroute('**/data/site.json');
    await footer.getByRole('button', { name: 'Try again' }).click();
    await expect(footer.getByRole('link', { name: 'afra.yu@jointlink.cn' })).toBeVisible();
  });
});

test.describe('interface language', () => {
  // A reader whose browser prefers neither language gets the site file's.
  test.use({ baseURL: origin('clientOnly'), locale: 'fr-FR' });
  test('follows the site file: Simplified Chinese', async ({ page }) => {
    await page.route('**/data/site.json', (route) =>
      route.fulfill({ json: { ...site(), language: 'zh-Hans' } }),
    );
    await page.goto(`/news/${SEED_ID}/`);
    await expect(page.locator('.jn')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('article time')).toHaveText('2021年5月14日');
    await expect(page.getByRole('link', { name: '返回新闻列表' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('版权所有');
    await page.getByRole('link', { name: '返回新闻列表' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('行业新闻');
    await expect(page).toHaveTitle(`行业新闻 – ${site().company}`);
  });
});
