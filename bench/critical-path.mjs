// The reader's critical path, measured: how soon the first headline is on
// screen, when the app is ready (search works), and the bytes downloaded
// before that headline, on the standalone site and in a company page that
// embeds the news. Lighthouse's mobile profile (bench/first-headline.mjs),
// an empty cache, every variant served by the project's nginx
// (deploy/nginx), loads interleaved so that machine noise falls on all alike.
//
// Every variant is the release build in dist/, loaded a different way:
//   reference     the prerendered pages with their scripts removed, and host
//                 pages with the same headlines written into their HTML;
//   before        as the build loaded before: the app preloaded at high
//                 priority next to the stylesheets and started at once, and
//                 embedded instances rendered by the app alone;
//   low-preload   as built: the prerendered views, the app preloaded by the
//                 standalone pages at low priority and fetched by embed.js at
//                 low priority (it runs only after the stylesheets; the
//                 preload starts with the page);
//   low-fetch     the same without the preload;
//   paint         no preload, the wasm fetched once the page has painted;
//   load          the same, the wasm fetched on the window's load event;
//   idle          the same, the wasm fetched when the browser is idle;
//   hints         as built, the host pages hinting the view and stylesheet
//                 (`<link rel="preload">`, docs/embedding.md), embedded only;
//   ssi           as built, the host pages including the views by nginx SSI
//                 (deploy/nginx/jointlink-news-ssi.conf), embedded only.
//
//   node bench/critical-path.mjs <dist> <work-dir> <runs> [variant...]
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { mobilePage } from './first-headline.mjs';
import { launchChromium, serveByNginx } from './harness.mjs';

const [dist, work, runsArgument, ...chosen] = process.argv.slice(2);
const RUNS = Number(runsArgument);
const VARIANTS = ['reference', 'before', 'low-preload', 'low-fetch', 'paint', 'load', 'idle', 'hints', 'ssi'];
/** Variants of the embedded views only: their standalone pages are the same as `paint`. */
const EMBEDDED_ONLY = ['hints', 'ssi'];
const variants = chosen.length ? ['reference', ...chosen.filter((name) => name !== 'reference')] : VARIANTS;
const FIRST_PORT = 8501;
const ARTICLE = 'asean-international-capacity-cooperation';

const site = JSON.parse(readFileSync(join(dist, 'data/site.json'), 'utf8'));
const newest = JSON.parse(readFileSync(join(dist, 'data/news.json'), 'utf8')).items.slice(0, 10);

/** Replaces a file of a variant (a hard link to dist's) and its precompressed copies. */
function replace(root, path, text) {
  const file = join(root, path);
  for (const suffix of ['', '.br', '.gz']) rmSync(file + suffix, { force: true });
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${file}.gz`, gzipSync(text, { level: 9 }));
}

const read = (path) => readFileSync(join(dist, path), 'utf8');
const PAGES = ['index.html', `news/${ARTICLE}/index.html`];
/** The built (minified) loader's low-priority fetch of the wasm, which variants replace; $1 is its address (an expression, a name or a member of one). */
const WASM_FETCH = /fetch\((new URL\([^()]*\)|[A-Za-z_$][\w$.]*),\{priority:"low"\}\)/;
const NO_VIEWS = [/'\{"jointlink-news-embedded-views":[^']*'/, '\'{"jointlink-news-embedded-views":null}\''];
/** The built pages' low-priority preloads of the app. */
const LOW_PRELOADS = /<link rel="modulepreload"[^>]*><link rel="preload"[^>]*application\/wasm[^>]*>/;
const withoutPreloads = (html) => html.replace(LOW_PRELOADS, '');
const fetchLater = (wait) => ({
  page: withoutPreloads,
  loader: (js) => js.replace(WASM_FETCH, `new Promise(r=>${wait}).then(()=>fetch($1))`),
});

/** How each variant changes the pages and the loader. */
const CHANGES = {
  reference: { page: (html) => withoutPreloads(html).replace(/<script type="module" src="[^"]*embed\.js"><\/script>/, '') },
  before: {
    page: (html) => html.replace(LOW_PRELOADS, (preloads) => preloads.replaceAll(' fetchpriority="low"', '')),
    loader: (js) => js.replace(...NO_VIEWS).replace(WASM_FETCH, 'fetch($1)'),
  },
  'low-preload': {},
  'low-fetch': { page: withoutPreloads },
  paint: fetchLater('requestAnimationFrame(()=>setTimeout(r,0))'),
  load: fetchLater('document.readyState==="complete"?r():addEventListener("load",()=>r(),{once:!0})'),
  idle: fetchLater('requestIdleCallback(()=>r(),{timeout:3e3})'),
  hints: {},
  ssi: {},
};

const HOST_STYLE = 'body{font-family:sans-serif;margin:0}header,footer{background:#0b4f8a;color:#fff;padding:1rem}.layout{display:grid;grid-template-columns:1fr 20rem;gap:1rem;padding:1rem}';
/** A company page around `news`: a header, some text, the news, and `end` (its script). */
const hostPage = (title, { head = '', news, end = '' }) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Jointlink</title>
<link rel="stylesheet" href="/bench-host.css">${head}</head><body><header><strong>Ningbo Jointlink</strong></header>
<div class="layout"><main><h1>${title}</h1><p>International freight forwarding from Ningbo: sea, air and rail freight, customs clearance and warehousing.</p>${news}</main></div>
<footer>${site.company}</footer>${end}</body></html>`;
const date = (item) => new Date(item.date_published).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const LATEST = { attributes: 'data-view="latest" data-count="5" data-full-url="/bench-section.html"', view: 'latest-5.html' };
const SECTION = { attributes: '', view: 'index.html' };
/** The news of each host page, by how it arrives. */
const NEWS = {
  inline: {
    'bench-latest.html': `<section><h2>Latest news</h2><ul>${newest.slice(0, 5).map((item) => `<li class="jn-latest-item"><a href="/bench-section.html?news=${item.id}">${item.title}</a> <time>${date(item)}</time></li>`).join('')}</ul></section>`,
    'bench-section.html': `<section><h2>Industry news</h2><ul>${newest.map((item) => `<li><h3 class="jn-item-title"><a href="?news=${item.id}">${item.title}</a></h3><time>${date(item)}</time><p>${item.summary}</p></li>`).join('')}</ul></section>`,
  },
  embedded: (bundle, { attributes, view }, hints) => ({
    head: hints ? `<link rel="preload" href="${bundle}embed/en/${view}" as="fetch" crossorigin><link rel="preload" href="${bundle}news.css" as="style">` : '',
    news: `<div data-jointlink-news ${attributes}></div>`,
    end: `<script type="module" src="${bundle}embed.js"></script>`,
  }),
  ssi: ({ attributes, view }, here) => ({
    head: '<link rel="preload" href="/bundle/news.css" as="style">',
    news: `<div data-jointlink-news ${attributes}><template shadowrootmode="open"><link rel="stylesheet" href="/bundle/news.css"><div><!--# include virtual="/jointlink-news-views/en/${view}?here=${here}" --></div></template></div>`,
    end: '<script type="module" src="/bundle/embed.js"></script>',
  }),
};
const TITLES = { 'bench-latest.html': 'Home', 'bench-section.html': 'Company news' };

/** The host pages of `variant`, by file name. */
function hostPages(variant) {
  const views = { 'bench-latest.html': LATEST, 'bench-section.html': SECTION };
  return Object.fromEntries(Object.entries(views).map(([file, view]) => {
    const parts = variant === 'reference' ? { news: NEWS.inline[file] }
      : variant === 'ssi' ? NEWS.ssi(view, '/bench-section.html')
        : NEWS.embedded('/', view, variant === 'hints');
    return [file, hostPage(TITLES[file], parts)];
  }));
}

function prepare(name, index) {
  const root = join(work, name);
  cpSync(dist, root, { recursive: true });
  const change = CHANGES[name];
  for (const page of change.page ? PAGES : []) {
    const changed = change.page(read(page));
    if (changed === read(page)) throw new Error(`${name}: the built ${page} did not take the change; update bench/critical-path.mjs`);
    replace(root, page, changed);
  }
  if (change.loader) {
    const changed = change.loader(read('embed.js'));
    if (changed === read('embed.js')) throw new Error(`${name}: the built embed.js did not take the change; update bench/critical-path.mjs`);
    replace(root, 'embed.js', changed);
  }
  // SSI pages live in a folder of their own, with the bundle at /bundle/, and
  // without precompressed copies, which nginx would send without including.
  const ssi = name === 'ssi';
  const pages = ssi ? join(work, 'ssi-pages') : root;
  const write = ssi ? (dir, file, text) => writeFileSync(join(dir, file), text) : replace;
  write(pages, 'bench-host.css', HOST_STYLE);
  for (const [file, html] of Object.entries(hostPages(name))) write(pages, file, html);
  const port = FIRST_PORT + 2 * index;
  return { name, root, port, pages: name === 'ssi' ? { dir: pages, port: port + 1 } : null };
}

/** Runs in each page before anything else: the first visible headline, LCP, the app ready, bytes before the headline. */
function instrument() {
  window.__headlineAt = null;
  window.__appAt = null;
  window.__lcp = 0;
  const roots = () => [...document.querySelectorAll('[data-jointlink-news]')].map((element) => element.shadowRoot ?? element);
  const visible = (root) => [...root.querySelectorAll('.jn-item-title, .jn-latest-item, article h1')].some((element) => element.checkVisibility());
  // Not before the page is parsed: the app starts after that, and a frame
  // painted halfway through the page may not hold its data script yet.
  const ready = (root) => document.readyState !== 'loading'
    && root.querySelector('.jn') && !root.querySelector('script[data-jointlink-news-prerendered], .jn-loading');
  const sample = () => {
    const now = performance.now();
    if (window.__headlineAt === null && (visible(document) || roots().some(visible))) window.__headlineAt = now;
    const instances = roots();
    if (window.__appAt === null && instances.length && instances.every(ready)) window.__appAt = now;
    if (window.__headlineAt === null || window.__appAt === null) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

async function load(browser, url) {
  const { context, page } = await mobilePage(browser, instrument);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__headlineAt !== null, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const figures = await page.evaluate(() => {
    const before = (entry) => entry.responseEnd <= window.__headlineAt;
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return {
      headline: window.__headlineAt,
      lcp: window.__lcp,
      app: window.__appAt ?? Number.NaN,
      bytes: entries.filter(before).reduce((sum, entry) => sum + entry.transferSize, 0),
    };
  });
  await context.close();
  return figures;
}

const GROUPS = [
  { name: 'standalone listing', path: '/', embedded: false },
  { name: 'standalone article', path: `/news/${ARTICLE}/`, embedded: false },
  { name: 'embedded latest box', path: '/bench-latest.html', embedded: true },
  { name: 'embedded section', path: '/bench-section.html', embedded: true },
];
const measured = (group, variant) => group.embedded || !EMBEDDED_ONLY.includes(variant.name);
const address = (group, { port, pages }) => `http://127.0.0.1:${pages && group.embedded ? pages.port : port}${group.path}`;

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'ssi-pages'), { recursive: true });
const prepared = variants.map(prepare);
await serveByNginx(prepared.map(({ root, port, pages }) => ({
  port, args: [root, ...(pages ? ['', '', String(pages.port), pages.dir] : [])],
})));

const browser = await launchChromium();
const results = new Map();
for (let run = 0; run < RUNS; run += 1) {
  for (const group of GROUPS) {
    for (const variant of prepared.filter((variant) => measured(group, variant))) {
      const key = `${group.name}|${variant.name}`;
      results.set(key, [...(results.get(key) ?? []), await load(browser, address(group, variant))]);
    }
  }
}
await browser.close();

const median = (values) => {
  const known = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)] : Number.NaN;
};
const ms = (value) => (Number.isNaN(value) ? '–' : `${value.toFixed(0)} ms`);
console.log(`Critical path; mobile profile through nginx, median of ${RUNS} run(s) each, interleaved`);
console.log('view / variant'.padEnd(34), 'headline'.padStart(9), 'ratio'.padStart(6), 'LCP'.padStart(8), 'ratio'.padStart(6),
  'app ready'.padStart(10), 'before headline'.padStart(16));
for (const group of GROUPS) {
  const summary = (name) => {
    const runs = results.get(`${group.name}|${name}`);
    return Object.fromEntries(['headline', 'lcp', 'app', 'bytes'].map((key) => [key, median(runs.map((result) => result[key]))]));
  };
  const reference = summary('reference');
  for (const { name } of prepared.filter((variant) => measured(group, variant))) {
    const { headline, lcp, app, bytes } = summary(name);
    console.log(
      `${group.name} / ${name}`.padEnd(34),
      ms(headline).padStart(9),
      `${(headline / reference.headline).toFixed(2)}x`.padStart(6),
      ms(lcp).padStart(8),
      `${(lcp / reference.lcp).toFixed(2)}x`.padStart(6),
      ms(app).padStart(10),
      `${(bytes / 1024).toFixed(1)} KiB`.padStart(16),
    );
  }
}
process.exit(0);
