// Large and slow data: a 5 MB article body, an index of 100,000 summaries, a
// server that sends one byte a second and a response that never ends. Each
// ends in the content or a clear message within the time limit, no task blocks
// the page for more than half a second, and memory stays bounded. The figures
// are printed for the record (see docs/development.md).
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { article, index, SEED_ID } from './sample-data.mjs';

test.describe.configure({ mode: 'serial' });
// Large data replaces files in the browser, so the bundle runs without prerendered pages.
test.use({ baseURL: origin('clientOnly') });

const LONGEST_TASK_MS = 500;
const widget = (query) => `${origin('host')}/sources.html?${new URLSearchParams(query)}`;

/** Records every long task (over 50 ms) from the first script on. */
async function watchLongTasks(page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task, the JS heap and the wasm memory, as the browser reports them. */
async function figures(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.reduce((sum, memory) => sum + memory.buffer.byteLength, 0); }',
    returnByValue: true,
  });
  const longTasks = await page.evaluate(() => window.__longTasks);
  return { longestTaskMs: Math.round(Math.max(0, ...longTasks)), heapMiB: heap / 2 ** 20, wasmMiB: result.value / 2 ** 20 };
}

async function report(page, what) {
  const measured = await figures(page);
  console.log(`${what}: longest task ${measured.longestTaskMs} ms, JS heap ${measured.heapMiB.toFixed(1)} MiB, wasm memory ${measured.wasmMiB.toFixed(1)} MiB`);
  expect(measured.longestTaskMs, 'longest task (ms)').toBeLessThan(LONGEST_TASK_MS);
  return measured;
}

const MB = 1_000_000;

test('a 5 MB HTML article body is shown in full', async ({ page }) => {
  await watchLongTasks(page);
  const { content_text, ...seed } = article(SEED_ID);
  const paragraphs = [];
  for (let size = 0, number = 1; size < 5 * MB; number += 1) {
    const paragraph = `<p>Paragraph ${number}: ${content_text.slice(0, 200)} <em>Ningbo</em> 宁波舟山港</p>`;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  const content_html = paragraphs.join('\n');
  expect(Buffer.byteLength(content_html)).toBeGreaterThan(5 * MB);
  await page.route(`**/data/articles/${SEED_ID}.json`, (route) => route.fulfill({ json: { ...seed, content_html } }));
  await page.goto(`/news/${SEED_ID}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title, { timeout: 10_000 });
  await expect(page.locator('.jn-body > p').last()).toContainText(`Paragraph ${paragraphs.length}:`, { timeout: 10_000 });
  await expect(page.locator('.jn-body > p')).toHaveCount(paragraphs.length);
  await report(page, `5 MB HTML body (${paragraphs.length} paragraphs)`);
});

test('a 5 MB plain-text article body is shown in full', async ({ page }) => {
  await watchLongTasks(page);
  const { content_text, ...seed } = article(SEED_ID);
  const text = Array.from({ length: Math.ceil((5 * MB) / content_text.length) }, () => content_text).join('\n\n');
  await page.route(`**/data/articles/${SEED_ID}.json`, (route) => route.fulfill({ json: { ...seed, content_text: text } }));
  await page.goto(`/news/${SEED_ID}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title, { timeout: 10_000 });
  const count = text.split('\n\n').length;
  await expect(page.locator('.jn-body > p')).toHaveCount(count, { timeout: 10_000 });
  await report(page, `5 MB text body (${count} paragraphs)`);
});

test('an index of 100,000 summaries gives a clear message, not a frozen page', async ({ page }) => {
  await watchLongTasks(page);
  const sample = index().items;
  const items = Array.from({ length: 100_000 }, (_, position) => ({
    ...sample[position % sample.length],
    id: `article-${position}`,
  }));
  const body = JSON.stringify({ items });
  console.log(`index of 100,000 summaries: ${(body.length / MB).toFixed(1)} MB`);
  await page.route('**/data/news.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('/');
  const alert = page.locator('.jn-listing [role="alert"]');
  await expect(alert).toContainText('too large to show');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await report(page, 'index of 100,000 summaries');
});

test('a server that sends one byte a second times out at the configured limit', async ({ page }) => {
  await watchLongTasks(page);
  const started = Date.now();
  await page.goto(widget({ source: 'api', url: `${origin('api')}/drip/api`, timeout: 3 }));
  const alert = page.locator('#news .jn-listing [role="alert"]');
  await expect(alert).toContainText('taking too long', { timeout: 8_000 });
  const seconds = (Date.now() - started) / 1000;
  console.log(`one byte a second, 3 s limit: message after ${seconds.toFixed(1)} s`);
  expect(seconds).toBeLessThan(7);
  await report(page, 'one byte a second');
});

test('a response that never ends stops at the size limit with a clear message', async ({ page }) => {
  await watchLongTasks(page);
  const started = Date.now();
  await page.goto(widget({ source: 'api', url: `${origin('api')}/endless/api`, timeout: 30 }));
  const alert = page.locator('#news .jn-listing [role="alert"]');
  await expect(alert).toContainText('too large to show', { timeout: 20_000 });
  console.log(`endless response: message after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const measured = await report(page, 'endless response');
  expect(measured.wasmMiB, 'wasm memory (MiB)').toBeLessThan(64);
  expect(measured.heapMiB, 'JS heap (MiB)').toBeLessThan(64);
});
