// Loads sites in headless Chromium under Lighthouse's mobile profile (150 ms
// round trip, 1.6 Mbit/s down, CPU slowed 4x) with an empty cache, in turn and
// repeatedly so that machine noise falls on all of them alike, and prints the
// median time to the listing's first painted headline, LCP and bytes
// transferred, as ratios to the first site named.
//
//   node bench/first-headline.mjs <runs> <name>=<url>...
import { launchChromium } from './harness.mjs';

const MOBILE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

/** Runs in the page before anything else: the first headline's frame, LCP, and the app's takeover. */
function instrument() {
  window.__headlineAt = null;
  window.__appAt = null;
  window.__lcp = 0;
  const sample = () => {
    if (document.querySelector('.jn-item-title')) window.__headlineAt = performance.now();
    else requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // A prerendered page has been taken over once the data it arrived with is gone.
  new MutationObserver(() => {
    if (document.querySelector('script[data-jointlink-news-prerendered]')) window.__hadData = true;
    else if (window.__hadData && window.__appAt === null) window.__appAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** A new reader on a phone: a fresh context, empty cache, the mobile profile, and `instrument` run first. */
export async function mobilePage(browser, instrument) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
  return { context, page, cdp };
}

async function load(browser, url) {
  const { context, page, cdp } = await mobilePage(browser, instrument);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__headlineAt !== null, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const figures = await page.evaluate(() => ({
    headline: window.__headlineAt,
    lcp: window.__lcp,
    app: window.__appAt ?? Number.NaN,
  }));
  await context.close();
  return { ...figures, bytes };
}

/** Measures `sites` ([{ name, url }]) `runs` times each, interleaved; prints and returns the medians. */
export async function measure(sites, runs, title) {
  const browser = await launchChromium();
  const results = Object.fromEntries(sites.map(({ name }) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const { name, url } of sites) results[name].push(await load(browser, url));
  }
  await browser.close();
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const summary = Object.fromEntries(sites.map(({ name }) => [name, Object.fromEntries(
    ['headline', 'lcp', 'app', 'bytes'].map((key) => [key, median(results[name].map((result) => result[key]))]),
  )]));
  const reference = summary[sites[0].name];
  console.log(`${title}; mobile profile, median of ${runs} run(s) each, interleaved`);
  console.log('site'.padEnd(16), 'first headline'.padStart(16), 'ratio'.padStart(7), 'LCP'.padStart(10), 'ratio'.padStart(7),
    'app ready'.padStart(11), 'transferred'.padStart(13));
  for (const { name } of sites) {
    const { headline, lcp, app, bytes } = summary[name];
    console.log(
      name.padEnd(16),
      `${headline.toFixed(0)} ms`.padStart(16),
      `${(headline / reference.headline).toFixed(2)}x`.padStart(7),
      `${lcp.toFixed(0)} ms`.padStart(10),
      `${(lcp / reference.lcp).toFixed(2)}x`.padStart(7),
      (Number.isNaN(app) ? '–' : `${app.toFixed(0)} ms`).padStart(11),
      `${(bytes / 1024).toFixed(1)} KiB`.padStart(13),
    );
  }
  return summary;
}

if (process.argv[1]?.endsWith('first-headline.mjs')) {
  const [runs, ...pairs] = process.argv.slice(2);
  const sites = pairs.map((pair) => {
    const [name, ...url] = pair.split('=');
    return { name, url: url.join('=') };
  });
  await measure(sites, Number(runs), 'Listing, first load');
}
