// The release build served by Debian's nginx with the shipped configuration
// (deploy/nginx/): precompressed files with the right encoding and type,
// caching, security headers, 404s, deep links, the /news/ build, and the
// bundle embedded by a page on another origin.
import { test, expect } from './fixtures.mjs';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { contentSecurityPolicy } from './static-server.mjs';
import { origin } from '../../playwright.config.mjs';
import { firstPage, newestFirst, PAGE_SIZE, SEED_ID } from './sample-data.mjs';

const NGINX = origin('nginx');
const dist = (path) => readFileSync(new URL(`../../dist/${path}`, import.meta.url));
const titles = (page) => page.locator('.jn-item-title a');
/** The app's content-hashed files in the build. */
const built = readdirSync(new URL('../../dist/', import.meta.url));
const APP = {
  js: built.find((name) => /^jointlink-news-[0-9a-f]+\.js$/.test(name)),
  wasm: built.find((name) => /^jointlink-news_bg-[0-9a-f]+\.wasm$/.test(name)),
};
const LATEST_VIEW = '/embed/en/latest-5.html';

/** A raw GET: no decoding and no redirects, so the test sees what nginx sent. */
function get(path, encoding, base = NGINX, extraHeaders = {}) {
  return new Promise((resolve, reject) => {
    const headers = { ...(encoding ? { 'accept-encoding': encoding } : {}), ...extraHeaders };
    request(`${base}${path}`, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({
        status: response.statusCode,
        headers: { get: (name) => response.headers[name.toLowerCase()] ?? null },
        body: Buffer.concat(chunks),
      }));
    }).on('error', reject).end();
  });
}

test.describe('nginx over HTTP', () => {
  // Each encoding is decoded by hand and compared with the file in dist/.
  for (const [path, type] of [
    ['/', 'text/html; charset=utf-8'],
    [`/${APP.wasm}`, 'application/wasm'],
    [`/${APP.js}`, 'application/javascript'],
    [LATEST_VIEW, 'text/html; charset=utf-8'],
    ['/news.css', 'text/css'],
    ['/data/news.json', 'application/json'],
    ['/sitemap.xml', 'text/xml'],
    ['/favicon.svg', 'image/svg+xml'],
  ]) {
    test(`${path} is sent precompressed with its type`, async () => {
      const file = path === '/' ? 'index.html' : path.slice(1);
      const brotli = await get(path, 'br, gzip');
      expect(brotli.status).toBe(200);
      expect(brotli.headers.get('content-type')).toContain(type);
      expect(brotli.headers.get('content-encoding')).toBe('br');
      expect(brotli.headers.get('vary')).toContain('Accept-Encoding');
      expect(brotli.body.length).toBe(dist(`${file}.br`).length);
      const gzip = await get(path, 'gzip');
      expect(gzip.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(gzip.body)).toEqual(dist(file));
      const plain = await get(path, 'identity');
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.body).toEqual(dist(file));
      expect(brotliDecompressSync(brotli.body)).toEqual(dist(file));
    });
  }

  test('the app\'s hashed files are kept a year; everything else revalidates by ETag, untransformed; all carry the security headers', async () => {
    expect(APP.js).toMatch(/^jointlink-news-[0-9a-f]{20}\.js$/);
    expect(APP.wasm).toMatch(/^jointlink-news_bg-[0-9a-f]{20}\.wasm$/);
    expect(dist('embed.js').toString(), 'the loader names them').toContain(APP.wasm);
    // The stable names are gone: nothing can load a stale app under them.
    expect((await get('/jointlink-news_bg.wasm', 'br')).status).toBe(404);
    for (const path of [`/${APP.js}`, `/${APP.wasm}`]) {
      const { headers } = await get(path, 'br');
      expect(headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
      expect(headers.get('content-security-policy'), path).toBe(`${contentSecurityPolicy()}; frame-ancestors 'self'`);
    }
    for (const path of ['/', '/embed.js', '/news.css', LATEST_VIEW, `/news/${SEED_ID}/`, '/no/such/page']) {
      const { headers } = await get(path, 'br');
      expect(headers.get('cache-control'), path).toBe('no-cache, no-transform');
      expect(headers.get('content-security-policy'), path).toBe(`${contentSecurityPolicy()}; frame-ancestors 'self'`);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy'), path).toContain('camera=()');
    }
    const first = await get('/embed.js', 'br');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get('/embed.js', 'br', NGINX, { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  test('deep links: a directory without its slash is redirected, a missing page is a 404 page', async () => {
    const redirect = await get(`/news/${SEED_ID}`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`/news/${SEED_ID}/`);
    const found = await get(`/news/${SEED_ID}/`, 'identity');
    expect(found.status).toBe(200);
    expect(found.body).toEqual(dist(`news/${SEED_ID}/index.html`));
    const missing = await get('/news/no-such-article/', 'identity');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(dist('404.html'));
    const missingFile = await get('/no-such-file.js', 'identity');
    expect(missingFile.status).toBe(404);
    expect(missingFile.body.toString()).not.toContain('data-jointlink-news');
  });

  test('hidden files are not served, even where they exist', async () => {
    const hidden = 'data/.nginx-test-hidden.json';
    const inDist = (path) => new URL(`../../dist/${path}`, import.meta.url);
    writeFileSync(inDist(hidden), '{"private": true}');
    try {
      expect((await get(`/${hidden}`, 'identity')).status).toBe(404);
      expect((await get('/data/news.json', 'identity')).status).toBe(200);
    } finally {
      rmSync(inDist(hidden));
    }
    // The build leaves the tools' bookkeeping out.
    expect(existsSync(inDist('data/.news-archive-written.json'))).toBe(false);
  });

  test('the bundle and the data may be fetched from other origins', async () => {
    for (const path of ['/embed.js', `/${APP.js}`, `/${APP.wasm}`, '/news.css', '/data/news.json', LATEST_VIEW]) {
      const { headers } = await get(path, 'br');
      expect(headers.get('access-control-allow-origin'), path).toBe('*');
    }
    expect((await get('/', 'br')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

test.describe('nginx in the browser', () => {
  test('the site reads, takes over and navigates', async ({ page, logged: { errors } }) => {
    await page.goto(NGINX);
    await expect(titles(page)).toHaveText(firstPage().map((item) => item.title));
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(`${NGINX}/page/2/`);
    await page.locator('.jn-item-title a').first().click();
    await expect(page.locator('article h1')).toBeVisible();
    await page.reload();
    await expect(page.locator('article h1')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a second page view takes the app from the browser\'s cache, without asking the server', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const received = [];
    // Chromium says "served from cache" in an event of its own for the memory cache.
    const fromMemory = new Set();
    cdp.on('Network.requestServedFromCache', ({ requestId }) => fromMemory.add(requestId));
    cdp.on('Network.responseReceived', ({ requestId, response }) => received.push({
      file: new URL(response.url).pathname.slice(1),
      cached: Boolean(response.fromDiskCache || fromMemory.has(requestId)),
    }));
    // Each goto resolves once the app has started (the `page` fixture).
    await page.goto(NGINX);
    expect(received.filter(({ file }) => file === APP.wasm).map(({ cached }) => cached)).toEqual([false]);
    received.length = 0;
    await page.goto(`${NGINX}/page/2/`);
    const app = received.filter(({ file }) => file === APP.js || file === APP.wasm);
    expect(app.map(({ file }) => file).sort()).toEqual([APP.js, APP.wasm].sort());
    expect(app.filter(({ cached }) => !cached), 'asked the server again').toEqual([]);
  });

  test('the /news/ build serves its pages below /news/', async ({ page }) => {
    const site = `${origin('nginxSubPath')}/news/`;
    await page.goto(`${site}page/2/`);
    await expect(titles(page)).toHaveText(newestFirst().slice(PAGE_SIZE).map((item) => item.title));
    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(page).toHaveURL(site);
    await expect(titles(page)).toHaveText(firstPage().map((item) => item.title));
  });

  test('a page on another origin embeds the bundle from nginx', async ({ page }) => {
    await page.goto(`${origin('host')}/partner.html`);
    const news = page.locator('#news');
    await expect(news.locator('.jn-item-title a')).toHaveText(firstPage().map((item) => item.title));
    await expect(news.locator('.jn-contact')).toContainText('afra.yu@jointlink.cn');
  });
});

test.describe('nginx including the embedded views in host pages (SSI)', () => {
  const SSI = origin('nginxSsi');
  const headlines = (page) => page.locator('#latest-news .jn-latest-item a');

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the news arrives with the page, and its links lead through it', async ({ page }) => {
      await page.goto(`${SSI}/`);
      const newest = newestFirst().slice(0, 3);
      await expect(headlines(page)).toHaveText(newest.map((item) => item.title));
      await expect(headlines(page).first()).toHaveAttribute('href', `/about/company-news.html?news=${newest[0].id}`);
      await expect(page.locator('#latest-news img').first()).toHaveAttribute('src', /^\/bundle\/data\/images\//);
      await expect(page.locator('#latest-news .jn-latest-heading')).toHaveCSS('font-size', /px$/);
      await headlines(page).first().click();
      await expect(page).toHaveURL(`${SSI}/about/company-news.html?news=${newest[0].id}`);
      await expect(page.locator('#full-news article h1')).toHaveText(newest[0].title);
      await page.locator('#full-news').getByRole('link', { name: 'Back to all news' }).click();
      await expect(page).toHaveURL(`${SSI}/about/company-news.html?`);
      await expect(page.locator('#full-news .jn-item-title a')).toHaveText(firstPage().map((item) => item.title));
      await page.getByRole('link', { name: 'Next page' }).click();
      await expect(page).toHaveURL(`${SSI}/about/company-news.html?news-page=2`);
      await expect(page.locator('#full-news .jn-item-title a').first()).toHaveText(newestFirst()[PAGE_SIZE].title);
    });

    test('an address that is no article id shows the listing', async ({ page }) => {
      await page.goto(`${SSI}/about/company-news.html?news=../../data/site.json`);
      await expect(page.locator('#full-news .jn-item-title a')).toHaveCount(PAGE_SIZE);
    });
  });

  test('with JavaScript the app adopts the included view', async ({ page, logged }) => {
    const asked = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${SSI}/about/company-news.html?news=${SEED_ID}`);
    // goto has waited for the app in both instances (the `page` fixture).
    await expect(page.locator('#full-news article h1')).toBeVisible();
    // One shadow root each, and no view fetched again.
    expect(await page.evaluate(() => document.querySelectorAll('#full-news .jn').length)).toBe(0);
    expect(await page.locator('#full-news .jn').count()).toBe(1);
    expect(asked.filter((path) => path.includes('/embed/') || (path.startsWith('/bundle/data/') && path.endsWith('.json')))).toEqual([]);
    await page.locator('#latest-news .jn-latest-item a').first().click();
    await expect(page.locator('#full-news article h1')).toHaveText(newestFirst()[0].title);
    expect([...logged.errors, ...logged.warnings]).toEqual([]);
  });
});
