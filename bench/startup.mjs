// Where the time until the app is ready goes, on the standalone site under
// the mobile profile (bench/first-headline.mjs) through the project's nginx:
// when the page arrived, when the wasm's download started and ended, when the
// browser had compiled and instantiated it, when the app began replacing the
// prerendered view, and when it was ready. Prints the median of each mark and
// of the gaps between them, per view; given more than one build (a change's
// before and after), loads them interleaved and prints each. Figures, not
// pass/fail.
//
//   node bench/startup.mjs <runs> <name>=<dist>...
import { mobilePage } from './first-headline.mjs';
import { launchChromium, serveByNginx } from './harness.mjs';

const [runsArgument, ...named] = process.argv.slice(2);
const RUNS = Number(runsArgument);
const FIRST_PORT = 8591;
const BUILDS = named.map((pair, index) => {
  const [name, ...dist] = pair.split('=');
  return { name, dist: dist.join('='), port: FIRST_PORT + index };
});
const VIEWS = [
  { name: 'listing', path: '/' },
  { name: 'article', path: '/news/asean-international-capacity-cooperation/' },
];

/** Runs in the page before anything else: times each step of the start. */
function instrument() {
  const marks = {};
  window.__startup = marks;
  const note = (name) => {
    marks[name] ??= performance.now();
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => {
      note('instantiate called');
      return original.apply(WebAssembly, args).then((result) => {
        note('instantiated');
        return result;
      });
    };
  }
  const ready = () => document.querySelector('.jn')
    && !document.querySelector('script[data-jointlink-news-prerendered], .jn-loading');
  new MutationObserver(() => {
    if (marks['instantiated'] === undefined) return;
    if (!document.querySelector('script[data-jointlink-news-prerendered]')) note('view replaced');
    if (ready()) note('ready');
  }).observe(document, { childList: true, subtree: true });
  let longTasks = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime >= (marks['instantiated'] ?? Infinity) - 1) longTasks += entry.duration;
    }
    marks['long tasks after instantiation'] = longTasks;
  }).observe({ type: 'longtask', buffered: true });
}

async function load(browser, url) {
  const { context, page } = await mobilePage(browser, instrument);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__startup.ready !== undefined, null, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const marks = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'));
    const glue = performance.getEntriesByType('resource').find((entry) => /jointlink-news[^/]*\.js$/.test(entry.name));
    return {
      'page arrived': navigation.responseEnd,
      'glue arrived': glue?.responseEnd ?? Number.NaN,
      'wasm requested': wasm?.requestStart ?? Number.NaN,
      'wasm first byte': wasm?.responseStart ?? Number.NaN,
      'wasm arrived': wasm?.responseEnd ?? Number.NaN,
      ...window.__startup,
      wasmBytes: wasm?.transferSize ?? Number.NaN,
    };
  });
  await context.close();
  return marks;
}

await serveByNginx(BUILDS.map(({ dist, port }) => ({ port, args: [dist] })));
const browser = await launchChromium();
const results = new Map();
for (let run = 0; run < RUNS; run += 1) {
  for (const { name, path } of VIEWS) {
    for (const build of BUILDS) {
      const key = `${name}, ${build.name}`;
      results.set(key, [...(results.get(key) ?? []), await load(browser, `http://127.0.0.1:${build.port}${path}`)]);
    }
  }
}
await browser.close();

const median = (values) => {
  const known = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)] : Number.NaN;
};
const ms = (value) => (Number.isNaN(value) ? '–' : `${value.toFixed(0)} ms`);
const GAPS = [
  ['wasm download', 'wasm requested', 'wasm arrived'],
  ['compile after arrival', 'wasm arrived', 'instantiated'],
  ['start until view replaced', 'instantiated', 'view replaced'],
  ['view replaced until ready', 'view replaced', 'ready'],
];
console.log(`Start-up of the standalone site; mobile profile through nginx, median of ${RUNS} run(s), interleaved`);
for (const [name, runs] of results) {
  const keys = Object.keys(runs[0]).filter((key) => !['long tasks after instantiation', 'wasmBytes'].includes(key));
  console.log(`\n${name}: since navigation start`);
  for (const key of keys.sort((a, b) => median(runs.map((run) => run[a])) - median(runs.map((run) => run[b])))) {
    console.log(`  ${key.padEnd(34)} ${ms(median(runs.map((run) => run[key]))).padStart(9)}`);
  }
  console.log(`${name}: steps`);
  for (const [label, from, to] of GAPS) {
    console.log(`  ${label.padEnd(34)} ${ms(median(runs.map((run) => run[to] - run[from]))).padStart(9)}`);
  }
  console.log(`  ${'long tasks after instantiation'.padEnd(34)} ${ms(median(runs.map((run) => run['long tasks after instantiation'] ?? 0))).padStart(9)}`);
  // What one more or one less KiB of wasm costs a reader here: its download time per KiB transferred.
  const perKib = median(runs.map((run) => (run['wasm arrived'] - run['wasm requested']) / (run.wasmBytes / 1024)));
  console.log(`  wasm transferred ${(median(runs.map((run) => run.wasmBytes)) / 1024).toFixed(1)} KiB, ${perKib.toFixed(2)} ms per KiB`);
}
process.exit(0);
