// Embedded instances show the view the build prerendered for them before the
// app arrives (embed.js puts it in their shadow roots), and the app takes it
// over without a visible change; where there is no such view, the app renders
// the instance as it always did.
import { test as plain } from '@playwright/test';
import { appStarted, test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { framesRendered, layoutShift, pageTime } from './layout-shift.mjs';
import { gaps, holdTheApp, markupOf, sampleFrames } from './takeover.mjs';
import { article, firstPage, newestFirst, PAGE_SIZE, SEED_ID } from './sample-data.mjs';

const HOST = origin('host');
const newest = newestFirst();
const chinese = newestFirst('zh-Hans');


const FULL = (host) => [host, 'h1'];
const LATEST = (host) => [host, '.jn-latest-item'];

for (const { name, path, instances } of [
  { name: 'a listing and a latest box', path: '/about/company-news.html', instances: [FULL('#full-news'), LATEST('#latest-news')] },
  { name: 'a listing page, with the host\'s own parameter', path: '/about/company-news.html?ref=mail&news-page=2', instances: [FULL('#full-news'), LATEST('#latest-news')] },
  { name: 'an article', path: `/about/company-news.html?news=${SEED_ID}&ref=mail`, instances: [FULL('#full-news'), LATEST('#latest-news')] },
  { name: 'a tag', path: '/about/company-news.html?news-tag=ASEAN', instances: [FULL('#full-news')] },
  { name: 'a year', path: '/about/company-news.html?news-year=2023', instances: [FULL('#full-news')] },
  {
    name: 'three sections with their own parameters, one fixed in Chinese',
    path: `/about/languages.html?again=${SEED_ID}&zh-page=2`,
    instances: [FULL('#first-news'), FULL('#second-news'), FULL('#fixed-news'), LATEST('#latest-news')],
  },
  { name: 'latest boxes with and without pictures, for another page', path: '/about/latest-pictures.html', instances: [LATEST('#plain'), LATEST('#pictures')] },
]) {
  test(`${name}: shown before the app, taken over without a visible change`, async ({ page, logged }) => {
    const hosts = instances.map(([host]) => host);
    const release = await holdTheApp(page);
    await page.goto(`${HOST}${path}`);
    for (const [host, inside] of instances) {
      await expect(page.locator(`${host} ${inside}`).first()).toBeVisible();
    }
    const before = await Promise.all(hosts.map((host) => markupOf(page.locator(`${host} .jn`))));
    await page.evaluate(() => (window.__samePage = true));
    await sampleFrames(page, instances);
    const since = await pageTime(page);
    release();
    await appStarted(page);
    await framesRendered(page);
    const after = await Promise.all(hosts.map((host) => markupOf(page.locator(`${host} .jn`))));
    expect(after).toEqual(before);
    expect(await gaps(page), 'a frame without the view, or with a loading state').toEqual([]);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await layoutShift(page, since)).toBeLessThanOrEqual(0.01);
    expect([...logged.errors, ...logged.warnings]).toEqual([]);
    expect(await page.evaluate(() => window.__samePage)).toBe(true);
  });
}

test('the prerendered links are the app\'s: host path, host parameters, the instance\'s own names', async ({ page }) => {
  await holdTheApp(page);
  await page.goto(`${HOST}/about/languages.html?ref=mail&again-page=2`);
  const second = page.locator('#second-news');
  await expect(second.locator('.jn-item-title a').first()).toBeVisible();
  const href = await second.locator('.jn-item-title a').first().getAttribute('href');
  const shownId = newest[PAGE_SIZE].id;
  expect(href).toBe(`/about/languages.html?ref=mail&again-page=2&again=${shownId}`);
  await expect(second.locator('.jn-languages').getByRole('link', { name: '中文' })).toHaveAttribute('href', '/about/languages.html?ref=mail&again-page=2&again-lang=zh-Hans');
  // The fixed instance has no switch, as the app renders it.
  await expect(page.locator('#fixed-news .jn-languages')).toHaveCount(0);
  await expect(page.locator('#fixed-news h1')).toHaveText('行业新闻');
  await expect(page.locator('#fixed-news .jn-item-title a').first()).toHaveText(chinese[0].title);
});

test('a reader\'s early click on a headline loads the host page with that article, still before the app', async ({ page }) => {
  await holdTheApp(page);
  await page.goto(`${HOST}/about/company-news.html`);
  const headline = page.locator('#latest-news .jn-latest-item a').first();
  await expect(headline).toHaveText(newest[0].title);
  await headline.click();
  await expect(page).toHaveURL(`${HOST}/about/company-news.html?news=${newest[0].id}`);
  await expect(page.locator('#full-news article h1')).toHaveText(newest[0].title);
});

test('letters typed into the search before the app starts are kept, and searched for', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto(`${HOST}/about/company-news.html`);
  const field = page.locator('#full-news .jn-search-input');
  await field.click();
  await field.pressSequentially('RCEP');
  release();
  await expect(page).toHaveURL(/news-q=RCEP/);
  await expect(page.locator('#full-news .jn-result-count')).toContainText('RCEP');
  await expect(field).toHaveValue('RCEP');
  await expect(field).toBeFocused();
  // The reader goes on typing in the app's field.
  await field.pressSequentially(' takes');
  await expect(page).toHaveURL(/news-q=RCEP%20takes/);
});

test('a headline focused before the app starts keeps the focus', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto(`${HOST}/about/company-news.html`);
  await page.locator('#full-news .jn-item-title a').nth(2).focus();
  release();
  await appStarted(page);
  await expect(page.locator('#full-news .jn-item-title a').nth(2)).toBeFocused();
});

test('the host\'s hostile CSS does not reach the view before the app starts either', async ({ page }) => {
  await holdTheApp(page);
  await page.goto(`${HOST}/about/company-news.html`);
  const heading = page.locator('#full-news h1');
  await expect(heading).toBeVisible();
  const style = (locator, property) => locator.evaluate((element, name) => getComputedStyle(element)[name], property);
  expect(await style(heading, 'fontSize')).toBe('28px');
  expect(await style(page.locator('#full-news .jn-item-title a').first(), 'textTransform')).toBe('none');
  expect(await style(page.locator('#full-news .jn-list'), 'listStyleType')).toBe('none');
});

test('a search has no prerendered view: the app shows the results as before', async ({ page }) => {
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(`${HOST}/about/company-news.html?news-q=RCEP`);
  await expect(page.locator('#full-news .jn-result-count')).toContainText('RCEP');
  // Only the latest box's view was asked for.
  expect(asked.filter((path) => path.startsWith('/bundle/embed/'))).toEqual(['/bundle/embed/en/latest-5.html']);
});

test('without its view (a failed request) an instance loads as before', async ({ page }) => {
  await page.route('**/bundle/embed/**', (route) => route.abort());
  await page.goto(`${HOST}/about/company-news.html?news=${SEED_ID}`);
  await expect(page.locator('#full-news article h1')).toHaveText(article(SEED_ID).title);
  await expect(page.locator('#latest-news .jn-latest-item')).toHaveCount(5);
});

test('a view that arrives after the app is left out: the app shows the instance as anywhere', async ({ page }) => {
  let releaseView;
  const viewHeld = new Promise((resolve) => (releaseView = resolve));
  await page.route('**/bundle/embed/en/index.html', async (route) => {
    await viewHeld;
    await route.continue();
  });
  await page.goto(`${HOST}/about/company-news.html`);
  await expect(page.locator('#full-news .jn-item-title a')).toHaveCount(PAGE_SIZE);
  const answered = page.waitForResponse('**/bundle/embed/en/index.html');
  releaseView();
  await answered;
  await framesRendered(page);
  await expect(page.locator('#full-news .jn')).toHaveCount(1);
  await expect(page.locator('#full-news .jn-item-title a')).toHaveCount(PAGE_SIZE);
});

test('an article that has no view (an unknown id) shows not-found from the app', async ({ page }) => {
  await page.goto(`${HOST}/about/company-news.html?news=no-such-article`);
  await expect(page.locator('#full-news h1')).toHaveText('Page not found');
});

test('other sources get no prerendered view', async ({ page }) => {
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(`${HOST}/sources.html?${new URLSearchParams({ source: 'api', url: `${origin('api')}/api` })}`);
  await expect(page.locator('#news h1')).toBeVisible();
  expect(asked.filter((path) => path.includes('/embed/'))).toEqual([]);
});

plain('a host whose CSP forbids WebAssembly keeps the view readable, with working links and one message', async ({ page }) => {
  const messages = [];
  page.on('console', (message) => message.type() === 'error' && message.text().startsWith('jointlink-news') && messages.push(message.text()));
  await page.route(`${HOST}/about/company-news.html*`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    headers['content-security-policy'] = headers['content-security-policy'].replace(" 'wasm-unsafe-eval'", '');
    await route.fulfill({ response, headers });
  });
  await page.goto(`${HOST}/about/company-news.html`);
  await expect(page.locator('#full-news .jn-item-title a')).toHaveCount(PAGE_SIZE);
  await expect.poll(() => messages.length).toBe(1);
  expect(messages[0]).toContain("'wasm-unsafe-eval'");
  await page.locator('#full-news .jn-item-title a').first().click();
  await expect(page).toHaveURL(`${HOST}/about/company-news.html?news=${firstPage()[0].id}`);
  await expect(page.locator('#full-news article h1')).toHaveText(firstPage()[0].title);
});
