// Measures the archive at scale in headless Chromium against the release build:
// the 13-article sample site and a generated archive, served side by side.
//
//   node bench/archive.mjs <dist> <archive-data-dir>
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { launchChromium } from './harness.mjs';

const [dist = 'dist', archiveDir = 'target/bench/archive'] = process.argv.slice(2);
const RUNS = 5;
const SAMPLE_PORT = 8291;
const ARCHIVE_PORT = 8292;
const LATIN = ['rotterdam', 'lodz', 'sao paulo', 'congestion', 'REEFER', 'ｒａｉｌ ｆｒｅｉｇｈｔ', 'da nang', 'peak season', 'surcharges tighten', 'gdansk'];
const CHINESE = ['宁波', '集装箱运价', '港口拥堵', '中欧班列', '上海 空运', '冷藏箱', '趋于平稳', '通关时效', '义乌', '旺季前夕'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const servers = [
  await startStaticServer(SAMPLE_PORT, [{ prefix: '/', dir: dist }], ['/']),
  await startStaticServer(ARCHIVE_PORT, [{ prefix: '/', dir: dist }, { prefix: '/data/', dir: archiveDir }], ['/']),
];
const browser = await launchChromium();

/** Notes when the listing first shows, and keeps the wasm memory to measure it. */
function instrument() {
  window.__firstShownAt = null;
  const keep = (result) => {
    window.__wasmMemory = (result.instance ?? result).exports.memory;
    return result;
  };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiateStreaming = (...args) => instantiateStreaming(...args).then(keep);
  WebAssembly.instantiate = (...args) => instantiate(...args).then(keep);
  new MutationObserver(() => {
    if (window.__firstShownAt === null && document.querySelectorAll('.jn-item').length > 0) {
      window.__firstShownAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** A fresh page (empty cache); returns bytes received and time until the first listing shows. */
async function firstListing(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  let counting = true;
  cdp.on('Network.loadingFinished', (event) => { if (counting) bytes += event.encodedDataLength; });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstShownAt !== null);
  counting = false;
  const shownAt = await page.evaluate(() => window.__firstShownAt);
  return { page, context, cdp, bytes, shownAt };
}

async function measureFirstPage(label, url) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { context, bytes, shownAt } = await firstListing(url);
    runs.push({ bytes, shownAt });
    await context.close();
  }
  const time = median(runs.map((run) => run.shownAt));
  console.log(`${label}: first listing page shown after ${ms(time)} (median of ${RUNS}), ${kib(runs[0].bytes)} transferred`);
  return time;
}

console.log(`Archive: ${JSON.parse(readFileSync(`${archiveDir}/news.json`, 'utf8')).total} articles`);
const searchBytes = statSync(`${archiveDir}/search.json`).size;
const articles = JSON.parse(readFileSync(`${archiveDir}/news.json`, 'utf8')).total;
const searchGzip = gzipSync(readFileSync(`${archiveDir}/search.json`), { level: 9 }).length;
console.log(`Search index: ${kib(searchBytes)} raw, ${kib(searchGzip)} gzip; per 1,000 articles ${kib(searchBytes / articles * 1000)} raw, ${kib(searchGzip / articles * 1000)} gzip`);

const sampleTime = await measureFirstPage('Sample site (13 articles)', `http://127.0.0.1:${SAMPLE_PORT}/`);
const archiveTime = await measureFirstPage(`Archive (${articles} articles)`, `http://127.0.0.1:${ARCHIVE_PORT}/`);
console.log(`  ratio archive / sample: ${(archiveTime / sampleTime).toFixed(2)} (target: at most 2)`);

// Search: type each query for real and time the last keystroke (its `input`
// event, which characters typed through an input method also fire) to the
// updated results.
const { page, context, cdp } = await firstListing(`http://127.0.0.1:${ARCHIVE_PORT}/`);
await page.evaluate(() => {
  const box = document.querySelector('.jn-search-input');
  box.addEventListener('input', (event) => { window.__lastKeyAt = event.timeStamp; }, true);
  window.__resultsAt = null;
  new MutationObserver(() => { window.__resultsAt = performance.now(); })
    .observe(document.querySelector('.jn-listing'), { childList: true, subtree: true, characterData: true });
});
const box = page.locator('.jn-search-input');
const indexStart = Date.now();
await box.pressSequentially('x');
await page.waitForSelector('.jn-result-count, .jn-empty');
console.log(`Search index fetched and parsed on the first keystroke: ${ms(Date.now() - indexStart)} (wall clock)`);

const latencies = [];
for (const query of [...LATIN, ...CHINESE]) {
  await box.fill('');
  await page.waitForFunction(() => !document.querySelector('.jn-result-count'));
  await page.evaluate(() => { window.__resultsAt = null; });
  await box.pressSequentially(query, { delay: 20 });
  await page.waitForFunction((typed) => {
    const status = document.querySelector('.jn-result-count, .jn-empty');
    return status && (status.textContent.includes(typed) || status.classList.contains('jn-empty'));
  }, query);
  await page.waitForTimeout(50);
  const { lastKeyAt, resultsAt, status } = await page.evaluate(() => ({
    lastKeyAt: window.__lastKeyAt,
    resultsAt: window.__resultsAt,
    status: document.querySelector('.jn-result-count, .jn-empty').textContent,
  }));
  latencies.push(resultsAt - lastKeyAt);
  console.log(`  ${query.padEnd(22)} ${ms(resultsAt - lastKeyAt).padStart(9)}  ${status}`);
}
console.log(`Search, last keystroke to updated results over ${latencies.length} queries: median ${ms(median(latencies))}, worst ${ms(Math.max(...latencies))} (target: median under 50 ms)`);

const heap = await cdp.send('Runtime.getHeapUsage');
const wasmMemory = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
console.log(`JS heap in use after the search session: ${kib(heap.usedSize)} (of ${kib(heap.totalSize)} allocated); wasm linear memory: ${kib(wasmMemory)}`);
await context.close();

const deep = [];
for (let run = 0; run < RUNS; run += 1) {
  const { context: pageContext, shownAt } = await firstListing(`http://127.0.0.1:${ARCHIVE_PORT}/?page=500`);
  deep.push(shownAt);
  await pageContext.close();
}
console.log(`Page 500 opened by URL: shown after ${ms(median(deep))} (median of ${RUNS})`);

await browser.close();
for (const server of servers) server.close();
