// The release build served by Debian's nginx with the shipped configuration
// (deploy/nginx/): precompressed files with the right encoding and type,
// caching, security headers, 404s, deep links, the /news/ build, and the
// bundle embedded by a page on another origin.
import { test, expect } from './fixtures.mjs';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { contentSecurityPolicy } from './static-server.mjs';
import { origin } from '../../playwright.config.mjs';
import { firstPage, newestFirst, PAGE_SIZE, SEED_ID } from './sample-data.mjs';

const NGINX = origin('nginx');
const dist = (path) => readFileSync(new URL(`../../dist/${path}`, import.meta.url));
const titles = (page) => page.locator('.jn-item-title a');

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
    ['/jointlink-news_bg.wasm', 'application/wasm'],
    ['/jointlink-news.js', 'application/javascript'],
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

  test('every answer revalidates by ETag and carries the security headers', async () => {
    for (const path of ['/', '/jointlink-news_bg.wasm', `/news/${SEED_ID}/`, '/no/such/page']) {
      const { headers } = await get(path, 'br');
      expect(headers.get('cache-control'), path).toBe('no-cache');
      expect(headers.get('content-security-policy'), path).toBe(`${contentSecurityPolicy()}; frame-ancestors 'self'`);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy'), path).toContain('camera=()');
    }
    const first = await get('/jointlink-news_bg.wasm', 'br');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get('/jointlink-news_bg.wasm', 'br', NGINX, { 'if-none-match': etag });
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
    for (const path of ['/embed.js', '/jointlink-news.js', '/jointlink-news_bg.wasm', '/news.css', '/data/news.json']) {
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
    await page.waitForFunction(() => !document.querySelector('script[data-jointlink-news-prerendered]'));
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(`${NGINX}/page/2/`);
    await page.locator('.jn-item-title a').first().click();
    await expect(page.locator('article h1')).toBeVisible();
    await page.reload();
    await expect(page.locator('article h1')).toBeVisible();
    expect(errors).toEqual([]);
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
