// Pictures: a thumbnail on each listing entry and one at the top of each
// article, from every source, with their space kept while they load, their
// text where they cannot load, and nothing from an address that is not a picture.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { framesRendered, layoutShift, pageTime } from './layout-shift.mjs';
import { article, newestFirst, PAGE_SIZE, site } from './sample-data.mjs';

const firstPage = newestFirst().slice(0, PAGE_SIZE);
const pictured = firstPage.filter((item) => item.image);
const thumbnails = (scope) => scope.locator('.jn-item .jn-thumbnail img');
const API = origin('api');
/** A picture in the standalone site's data folder, as the page addresses it. */
const inDataFolder = (path) => `data/${path}`;
const sources = (source, url) => `${origin('host')}/sources.html?${new URLSearchParams({ source, url })}`;

/** Checks an <img> against a sample article's picture. */
async function expectPicture(img, item, address) {
  await expect(img).toHaveAttribute('src', address(item.image.url));
  await expect(img).toHaveAttribute('alt', item.image.alt);
  await expect(img).toHaveAttribute('width', String(item.image.width));
  await expect(img).toHaveAttribute('height', String(item.image.height));
  await expect(img).toHaveAttribute('decoding', 'async');
}

test('the listing shows thumbnails and the article its picture, the first ones at once', async ({ page }) => {
  await page.goto('/');
  const entries = page.locator('.jn-item');
  await expect(entries).toHaveCount(PAGE_SIZE);
  for (const [position, item] of firstPage.entries()) {
    const img = entries.nth(position).locator('.jn-thumbnail img');
    if (!item.image) {
      await expect(img).toHaveCount(0);
      continue;
    }
    await expectPicture(img, item, inDataFolder);
    // The top picture loads at once; the others as the reader scrolls near them.
    const top = item === pictured[0];
    await expect(img).toHaveAttribute('loading', top ? 'eager' : 'lazy');
    if (top) await expect(img).toHaveAttribute('fetchpriority', 'high');
    else await expect(img).not.toHaveAttribute('fetchpriority', /./);
  }
  await expect(thumbnails(page).first()).toHaveJSProperty('complete', true);

  const item = pictured[0];
  await page.goto(`/news/${item.id}/`);
  const lead = page.locator('article .jn-lead img');
  await expectPicture(lead, item, inDataFolder);
  await expect(lead).toHaveAttribute('loading', 'eager');
  await expect(lead).toHaveAttribute('fetchpriority', 'high');
  expect(await lead.evaluate((img) => img.naturalWidth > 0)).toBe(true);
});

test('prerendered pages carry the pictures, and previews name them', async ({ page }) => {
  const item = pictured[0];
  const absolute = `${site().base_url}data/${item.image.url}`;
  const html = await (await page.request.get(`/news/${item.id}/`)).text();
  expect(html).toContain(`<meta property="og:image" content="${absolute}" />`);
  expect(html).toContain(`<meta property="og:image:alt" content="${item.image.alt}" />`);
  expect(html).toMatch(/class="jn-picture jn-lead jn-picture-sized"><img src="data\/images\//);
  const data = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)[1]);
  expect(data.image).toEqual([absolute]);
  const listing = await (await page.request.get('/')).text();
  expect(listing.match(/class="jn-picture jn-thumbnail/g)?.length).toBe(pictured.length);
});

for (const [name, url, address] of [
  ['our REST API', `${API}/api`, (path) => `${API}/${path}`],
  ['a JSON Feed', `${API}/feed/page-1.json`, (path) => `${API}/${path}`],
  ['WordPress', `${origin('wordpress')}/?rest_route=`, (path) => `${API}/${path}`],
]) {
  test(`${name}: thumbnails and the article's picture, with size and alt text`, async ({ page }) => {
    await page.goto(sources(name === 'a JSON Feed' ? 'jsonfeed' : name === 'WordPress' ? 'wordpress' : 'api', url));
    const news = page.locator('#news');
    await expect(news.locator('.jn-item').first()).toBeVisible();
    const titled = news.locator('.jn-item', { has: page.locator('.jn-thumbnail') }).first();
    const title = (await titled.locator('.jn-item-title').textContent()).trim();
    const item = newestFirst().concat(newestFirst('zh-Hans')).find((entry) => entry.title === title.replace(/[“”]/g, '"'));
    await expectPicture(titled.locator('.jn-thumbnail img'), item, address);
    await titled.locator('.jn-item-title a').click();
    const lead = news.locator('article .jn-lead img');
    await expectPicture(lead, item, address);
    expect(await lead.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  });
}

test('nothing moves while pictures load', async ({ page }) => {
  await page.route('**/data/images/*.svg', async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  for (const [site, path] of [
    [origin('clientOnly'), '/'],
    [origin('clientOnly'), `/news/${pictured[0].id}/`],
    [origin('standalone'), '/'],
  ]) {
    await page.goto(`${site}${path}`);
    await expect(page.locator('.jn-picture img').first()).toBeVisible();
    // From here on only the pictures arrive: whatever moves, they moved it.
    const since = await pageTime(page);
    await expect.poll(() => page.locator('.jn-picture img').first().evaluate((img) => img.complete && img.naturalWidth > 0), { timeout: 5_000 }).toBe(true);
    await framesRendered(page);
    expect(await layoutShift(page, since), `${site}${path}`).toBeLessThan(0.01);
  }
});

test('a picture that cannot load keeps its box and shows its text', async ({ page }) => {
  const item = pictured[0];
  await page.route(`**/data/${item.image.url}`, (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(`${origin('clientOnly')}/news/${item.id}/`);
  const lead = page.locator('article .jn-lead');
  await expect(lead).toHaveAttribute('data-broken', '');
  // Its text shows in the box, and screen readers still get the picture's alt.
  expect(await lead.evaluate((box) => getComputedStyle(box, '::after').content)).toBe(JSON.stringify(item.image.alt));
  await expect(lead.locator('img')).toHaveCSS('opacity', '0');
  await expect(lead.getByRole('img', { name: item.image.alt })).toHaveCount(1);
  const box = await lead.boundingBox();
  expect(box.height).toBeGreaterThan(box.width / 2);
});

test('an address that is not a picture is dropped', async ({ page }) => {
  const item = pictured[0];
  const file = article(item.id);
  await page.route(`**/data/articles/${item.id}.json`, (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ...file, image: { ...file.image, url: 'javascript:alert(1)' } }),
  }));
  await page.goto(`${origin('clientOnly')}/news/${item.id}/`);
  await expect(page.locator('article h1')).toHaveText(item.title);
  await expect(page.locator('article .jn-picture')).toHaveCount(0);
  expect(await page.content()).not.toContain('javascript:');
});

test('the latest box is text unless the host asks for pictures', async ({ page }) => {
  await page.goto(`${origin('host')}/about/latest-pictures.html`);
  await expect(page.locator('#plain .jn-latest-item')).toHaveCount(3);
  await expect(page.locator('#pictures .jn-latest-item')).toHaveCount(3);
  await expect(page.locator('#plain .jn-picture')).toHaveCount(0);
  const withPictures = newestFirst().slice(0, 3).filter((item) => item.image).length;
  await expect(page.locator('#pictures .jn-picture img')).toHaveCount(withPictures);
  await expect(page.locator('#pictures .jn-picture img').first()).toHaveAttribute('loading', 'lazy');
});
