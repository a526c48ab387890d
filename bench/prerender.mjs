// Measures what prerendering buys a reader on a phone: the listing's first
// headline and largest contentful paint, under Lighthouse's mobile profile
// (150 ms round trip, 1.6 Mbit/s down, CPU slowed 4x), every file served
// brotli-compressed (quality 11). Three sites, loaded in turn in one run so
// that machine noise falls on all of them alike:
//   prerendered  the release build as deployed;
//   app only     the same bundle without prerendered pages (shell.html as index.html);
//   plain HTML   the prerendered listing with every script removed: the same
//                markup and styles as a hand-written page would have.
//
//   node bench/prerender.mjs <prerendered-dir> <app-only-dir> <plain-dir> [runs]
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [prerendered, appOnly, plain, runsArgument = '5'] = process.argv.slice(2);
const RUNS = Number(runsArgument);
const MOBILE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuSlowdown: 4,
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Files by path (a directory's index.html), brotli-compressed once and kept. */
function serveCompressed(port, dir) {
  const root = resolve(dir);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    let file = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!compressed.has(file)) {
        const body = await readFile(file);
        compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-encoding': 'br',
        'cache-control': 'no-store',
      });
      response.end(compressed.get(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** Runs in the page before anything else: when the first headline is painted, and the LCP. */
function instrument() {
  window.__headlineAt = null;
  window.__appAt = null;
  window.__lcp = 0;
  // The app has taken over a prerendered page once the page's data is gone from it.
  new MutationObserver(() => {
    if (window.__appAt === null && document.readyState !== 'loading'
      && !document.querySelector('script[data-jointlink-news-prerendered]')) window.__appAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
  const sample = () => {
    if (document.querySelector('.jn-item-title')) window.__headlineAt = performance.now();
    else requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

const SITES = [
  { name: 'prerendered', dir: prerendered, port: 8391 },
  { name: 'app only', dir: appOnly, port: 8392 },
  { name: 'plain HTML', dir: plain, port: 8393 },
];
const servers = await Promise.all(SITES.map(({ port, dir }) => serveCompressed(port, dir)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function load(port) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__headlineAt !== null, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const { headline, lcp, app } = await page.evaluate(() => ({
    headline: window.__headlineAt,
    lcp: window.__lcp,
    app: window.__appAt ?? Number.NaN,
  }));
  await context.close();
  return { headline, lcp, app, bytes };
}

const results = Object.fromEntries(SITES.map(({ name }) => [name, []]));
for (let run = 0; run < RUNS; run += 1) {
  for (const { name, port } of SITES) results[name].push(await load(port));
}
await browser.close();
servers.forEach((server) => server.close());

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = Object.fromEntries(
  SITES.map(({ name }) => [name, Object.fromEntries(['headline', 'lcp', 'app', 'bytes'].map((key) => [key, median(results[name].map((r) => r[key]))]))]),
);
const reference = summary['plain HTML'];
console.log(`Listing, first load, mobile profile, brotli; median of ${RUNS} run(s) each, interleaved`);
console.log('site'.padEnd(14), 'first headline'.padStart(16), 'ratio'.padStart(7), 'LCP'.padStart(10), 'ratio'.padStart(7), 'transferred'.padStart(13));
for (const { name } of SITES) {
  const { headline, lcp, bytes } = summary[name];
  console.log(
    name.padEnd(14),
    `${headline.toFixed(0)} ms`.padStart(16),
    `${(headline / reference.headline).toFixed(2)}x`.padStart(7),
    `${lcp.toFixed(0)} ms`.padStart(10),
    `${(lcp / reference.lcp).toFixed(2)}x`.padStart(7),
    `${(bytes / 1024).toFixed(1)} KiB`.padStart(13),
  );
}
console.log(`prerendered: the app took over at ${summary.prerendered.app.toFixed(0)} ms (page data read, view mounted)`);
