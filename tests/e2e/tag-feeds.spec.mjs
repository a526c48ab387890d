// Each tag's own feeds: written by the build, named in the tag page's head,
// linked visibly from the tag page in both languages, with or without the app.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { everyArticle, ownPagePath, site } from './sample-data.mjs';

const TAG = 'Ocean freight';
const FOLDER = `/tag/${encodeURIComponent(TAG)}/`;
const tagged = () => everyArticle().filter((item) => (item.tags ?? []).includes(TAG));
const LINK = { en: 'Follow this tag (Atom feed)', 'zh-Hans': '订阅此标签（Atom）' };

async function expectFeedLinks(page, lang) {
  for (const [type, file] of [['application/atom+xml', 'feed.xml'], ['application/feed+json', 'feed.json']]) {
    await expect(page.locator(`head link[rel="alternate"][type="${type}"][href="${FOLDER}${file}"]`)).toHaveCount(1);
  }
  await expect(page.getByRole('link', { name: LINK[lang] })).toHaveAttribute('href', `${FOLDER}feed.xml`);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the tag page names its feeds in both languages', async ({ page }) => {
    await page.goto(FOLDER);
    await expectFeedLinks(page, 'en');
    await page.goto(`/zh-hans${FOLDER}`);
    await expectFeedLinks(page, 'zh-Hans');
    await page.goto('/');
    await expect(page.getByRole('link', { name: LINK.en })).toHaveCount(0);
  });
});

test('the app shows the link on a tag it opens, and the feeds list the tag\'s newest', async ({ page }) => {
  await page.goto('/');
  await page.locator('.jn-item .jn-tag', { hasText: TAG }).first().click();
  await expect(page).toHaveURL(FOLDER);
  await expect(page.getByRole('link', { name: LINK.en })).toHaveAttribute('href', `${FOLDER}feed.xml`);

  const atom = await (await page.request.get(`${FOLDER}feed.xml`)).text();
  const ids = [...atom.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1]);
  expect(ids).toEqual(tagged().slice(0, 20).map((item) => `${site().base_url}${ownPagePath(item)}`));
  expect(atom).toContain(`<link rel="self" type="application/atom+xml" href="${site().base_url}tag/${encodeURIComponent(TAG)}/feed.xml"/>`);
  const json = await (await page.request.get(`${FOLDER}feed.json`)).json();
  expect(json.items.map((item) => item.url)).toEqual(ids);
  expect(json.home_page_url).toBe(`${site().base_url}tag/${encodeURIComponent(TAG)}/`);
});

test('a site the build did not prerender links no feed', async ({ page }) => {
  await page.goto(`${origin('clientOnly')}${FOLDER}`);
  await expect(page.locator('.jn-active-tag')).toBeVisible();
  await expect(page.getByRole('link', { name: LINK.en })).toHaveCount(0);
});
