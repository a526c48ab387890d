// The bundle embedded in a company page (tests/e2e/host/about/company-news.html)
// with hostile global CSS, its own links, form, hash link and title, and two
// instances: the full news section and a "latest 5" box.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { article, firstPage, newestFirst, PAGE_SIZE, SEED_ID } from './sample-data.mjs';

const HOST_PAGE = `${origin('host')}/about/company-news.html`;
const seed = article(SEED_ID);
const full = (page) => page.locator('#full-news');
const latest = (page) => page.locator('#latest-news');
const fullTitles = (page) => full(page).locator('.jn-item-title a');

/** A flag that survives only as long as the document does: gone after a reload. */
const markDocument = (page) => page.evaluate(() => (window.__sameDocument = true));
const isSameDocument = (page) => page.evaluate(() => window.__sameDocument === true);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__hostHead = document.head.innerHTML;
    });
  });
});

test('both instances render on the host page', async ({ page }) => {
  await page.goto(HOST_PAGE);
  await expect(fullTitles(page)).toHaveText(firstPage().map((item) => item.title));
  await expect(full(page).getByRole('heading', { level: 1 })).toHaveText('Industry news');
  const headlines = latest(page).locator('.jn-latest-item a');
  await expect(headlines).toHaveText(newestFirst().slice(0, 5).map((item) => item.title));
  await expect(full(page).locator('.jn-footer')).toContainText('afra.yu@jointlink.cn');
});

test('the host keeps its title, lang and head', async ({ page }) => {
  await page.goto(`${HOST_PAGE}?news=${SEED_ID}`);
  await expect(full(page).getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page).toHaveTitle('About us – Jointlink');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  const head = await page.evaluate(() => ({ before: window.__hostHead, after: document.head.innerHTML }));
  expect(head.after).toBe(head.before);
});

test('host links, hash links and forms work as without the news', async ({ page }) => {
  await page.goto(HOST_PAGE);
  await expect(fullTitles(page)).toHaveCount(PAGE_SIZE);

  await page.getByRole('link', { name: 'Write to us' }).click();
  await expect(page).toHaveURL(`${HOST_PAGE}#contact-form`);
  await expect(fullTitles(page)).toHaveCount(PAGE_SIZE);

  await page.getByLabel('Your name').fill('Li Wei');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page).toHaveURL(`${origin('host')}/about/thanks.html?name=Li+Wei`);
  await expect(page).toHaveTitle('Thank you – Jointlink');

  await page.goBack();
  await page.getByRole('link', { name: 'Our services' }).click();
  await expect(page).toHaveURL(`${origin('host')}/about/services.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our services');
});

test('an article link changes only the query, without reloading', async ({ page }) => {
  // The newest article written as plain text, whose paragraphs the test can name.
  const newest = newestFirst().map((item) => article(item.id)).find((item) => item.content_text);
  await page.goto(`${HOST_PAGE}?ref=newsletter`);
  await markDocument(page);
  await full(page).getByRole('link', { name: newest.title }).click();
  await expect(full(page).getByRole('heading', { level: 1 })).toHaveText(newest.title);
  await expect(page).toHaveURL(`${HOST_PAGE}?ref=newsletter&news=${newest.id}`);
  expect(await isSameDocument(page)).toBe(true);
  await expect(full(page).locator('.jn-body > p')).toHaveText(newest.content_text.split('\n\n'));

  await full(page).getByRole('link', { name: 'Back to all news' }).click();
  await expect(page).toHaveURL(`${HOST_PAGE}?ref=newsletter`);
  await expect(fullTitles(page)).toHaveCount(PAGE_SIZE);
  expect(await isSameDocument(page)).toBe(true);
});

test('deep links, reload, back and forward restore the view', async ({ page }) => {
  await page.goto(`${HOST_PAGE}?news=${SEED_ID}`);
  await expect(full(page).getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await page.reload();
  await expect(full(page).getByRole('heading', { level: 1 })).toHaveText(seed.title);

  await full(page).getByRole('link', { name: 'Back to all news' }).click();
  await expect(fullTitles(page)).toHaveCount(PAGE_SIZE);
  await page.goBack();
  await expect(page).toHaveURL(`${HOST_PAGE}?news=${SEED_ID}`);
  await expect(full(page).getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await page.goForward();
  await expect(page).toHaveURL(HOST_PAGE);
  await expect(fullTitles(page)).toHaveCount(PAGE_SIZE);
});

test('a headline in the latest box opens the article in the full section', async ({ page }) => {
  await page.goto(HOST_PAGE);
  await markDocument(page);
  const newest = newestFirst()[0];
  await latest(page).getByRole('link', { name: newest.title }).click();
  await expect(page).toHaveURL(`${HOST_PAGE}?news=${newest.id}`);
  await expect(full(page).getByRole('heading', { level: 1 })).toHaveText(newest.title);
  expect(await isSameDocument(page)).toBe(true);
  await expect(latest(page).locator('.jn-latest-item')).toHaveCount(5);
});

test('an unknown article in the query shows not-found inside the section', async ({ page }) => {
  await page.goto(`${HOST_PAGE}?news=no-such-article`);
  await expect(full(page).getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await full(page).getByRole('link', { name: 'Back to all news' }).click();
  await expect(page).toHaveURL(HOST_PAGE);
  await expect(fullTitles(page)).toHaveCount(PAGE_SIZE);
});

test('the news keeps its styles under hostile host CSS, and leaves the host its own', async ({ page }) => {
  await page.goto(HOST_PAGE);
  await expect(fullTitles(page)).toHaveCount(PAGE_SIZE);
  const style = (locator, property) =>
    locator.evaluate((element, name) => getComputedStyle(element)[name], property);

  const heading = full(page).getByRole('heading', { level: 1 });
  expect(await style(heading, 'fontSize')).toBe('28px');
  expect(await style(heading, 'lineHeight')).not.toBe('3');
  expect(await style(full(page).locator('.jn-list'), 'listStyleType')).toBe('none');
  const link = fullTitles(page).first();
  expect(await style(link, 'textTransform')).toBe('none');
  expect(await style(full(page).locator('.jn-item').first(), 'boxSizing')).toBe('border-box');
  expect(await style(full(page).locator('.jn-item').first(), 'borderTopStyle')).toBe('solid');

  // Theming flows in: the host's accent colour and its font.
  expect(await style(link, 'color')).toBe('rgb(170, 0, 85)');
  expect(await style(heading, 'fontFamily')).toContain('Georgia');

  // The host's own elements keep the host's rules.
  const hostHeading = page.locator('.site-header h1');
  expect(await style(hostHeading, 'fontSize')).toBe('60px');
  expect(await style(page.getByRole('link', { name: 'Our services' }), 'textTransform')).toBe('uppercase');
  expect(await style(page.locator('.site-header ul'), 'listStyleType')).toBe('square');
  expect(await style(page.locator('#bottom'), 'letterSpacing')).toBe('2px');
});
