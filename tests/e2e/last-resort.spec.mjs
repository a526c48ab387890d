// Should the app panic, every instance on the page shows a short message in
// its reader's language with a reload link, and the console says the app
// stopped. Uses a release build with the test-only switch (`--features
// fault-injection`), so a panic stops the wasm as in readers' builds:
// `jointlink-news-test-panic` events on window panic inside the wasm.
import { test, expect, appStarted } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { firstPage } from './sample-data.mjs';

const panic = (page, event = 'jointlink-news-test-panic') => page.evaluate((name) => window.dispatchEvent(new Event(name)), event);

/** Makes a wasm module of the page's own (not the app) stop: `unreachable`, uncaught, as a host's script might. */
const otherWasmStops = (page) => page.evaluate(() => {
  // (module (func (export "f") unreachable))
  const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
  const { f } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
  setTimeout(f);
  Promise.resolve().then(f);
  return new Promise((resolve) => setTimeout(resolve, 100));
});

test('the standalone site replaces its content and offers a reload', async ({ page, logged }) => {
  await page.goto(`${origin('faultStandalone')}/?page=1`);
  await appStarted(page);
  await panic(page);
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(/The news stopped working because of an unexpected error\./);
  await expect(page.locator('.jn-item')).toHaveCount(0);
  const reload = alert.getByRole('link', { name: 'Reload the page' });
  await expect(reload).toHaveAttribute('href', `${origin('faultStandalone')}/?page=1`);
  expect(logged.errors.join('\n')).toContain('jointlink-news stopped: the app met an unexpected error');
  await reload.click();
  await appStarted(page);
  await expect(page.locator('.jn-item-title a')).toHaveText(firstPage().map((item) => item.title));
});

test('a panic in a task the app started stops it the same way', async ({ page, logged }) => {
  await page.goto(`${origin('faultStandalone')}/?page=1`);
  await appStarted(page);
  await panic(page, 'jointlink-news-test-panic-in-task');
  await expect(page.getByRole('alert')).toHaveText(/The news stopped working because of an unexpected error\./);
  await expect(page.locator('.jn-item')).toHaveCount(0);
  expect(logged.errors.join('\n')).toContain('jointlink-news stopped: the app met an unexpected error');
});

test("another script's wasm stopping leaves the news working", async ({ page, logged }) => {
  await page.goto(`${origin('faultStandalone')}/?page=1`);
  await appStarted(page);
  await otherWasmStops(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.jn-item-title a')).toHaveText(firstPage().map((item) => item.title));
  expect(logged.errors.join('\n')).not.toContain('jointlink-news stopped');
  // The app still answers, and its own stop is still seen.
  await page.getByRole('link', { name: firstPage()[0].title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstPage()[0].title);
  await panic(page);
  await expect(page.getByRole('alert')).toHaveText(/The news stopped working/);
});

test('every instance on a host page shows the message in its language', async ({ page }) => {
  const address = `${origin('faultHost')}/about/company-news.html?news-lang=zh-Hans`;
  await page.goto(address);
  await appStarted(page);
  const full = page.locator('#full-news');
  const latest = page.locator('#latest-news');
  await expect(full.locator('.jn-item')).toHaveCount(10);
  await expect(latest.locator('.jn-latest-item, li')).not.toHaveCount(0);
  await panic(page);
  for (const instance of [full, latest]) {
    const alert = instance.getByRole('alert');
    await expect(alert).toContainText('新闻栏目因意外错误停止运行。');
    await expect(alert.getByRole('link', { name: '重新加载页面' })).toHaveAttribute('href', address);
    await expect(instance.locator('[lang="zh-Hans"]').first()).toBeVisible();
  }
  // The host page itself is untouched.
  await expect(page.locator('#bottom')).toHaveText('End of the host page.');
});
