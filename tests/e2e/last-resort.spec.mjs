// Should the app panic, every instance on the page shows a short message in
// its reader's language with a reload link, and the console has the panic.
// Uses the debug build with the test-only switch (`--features fault-injection`):
// a `jointlink-news-test-panic` event on window panics inside the wasm.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { firstPage, site } from './sample-data.mjs';

const panic = (page) => page.evaluate(() => window.dispatchEvent(new Event('jointlink-news-test-panic')));

test('the standalone site replaces its content and offers a reload', async ({ page, logged }) => {
  await page.goto(`${origin('faultStandalone')}/?page=1`);
  await expect(page.locator('.jn-item-title a')).toHaveText(firstPage().map((item) => item.title));
  await panic(page);
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(/The news stopped working because of an unexpected error\./);
  await expect(page.locator('.jn-item')).toHaveCount(0);
  const reload = alert.getByRole('link', { name: 'Reload the page' });
  await expect(reload).toHaveAttribute('href', `${origin('faultStandalone')}/?page=1`);
  expect(logged.errors.join('\n')).toContain('deliberate panic on jointlink-news-test-panic');
  await reload.click();
  await expect(page.locator('.jn-item-title a')).toHaveText(firstPage().map((item) => item.title));
});

test.describe('with a browser that prefers neither language', () => {
  test.use({ locale: 'fr-FR' });

  test('every instance on a host page shows the message in its language', async ({ page }) => {
    await page.route('**/bundle/data/site.json', (route) => route.fulfill({ json: { ...site(), language: 'zh-Hans' } }));
    await page.goto(`${origin('faultHost')}/about/company-news.html`);
    const full = page.locator('#full-news');
    const latest = page.locator('#latest-news');
    await expect(full.locator('.jn-item')).toHaveCount(10);
    await expect(latest.locator('.jn-latest-item, li')).not.toHaveCount(0);
    await panic(page);
    for (const instance of [full, latest]) {
      const alert = instance.getByRole('alert');
      await expect(alert).toContainText('新闻栏目因意外错误停止运行。');
      await expect(alert.getByRole('link', { name: '重新加载页面' })).toHaveAttribute('href', `${origin('faultHost')}/about/company-news.html`);
      await expect(instance.locator('[lang="zh-Hans"]').first()).toBeVisible();
    }
    // The host page itself is untouched.
    await expect(page.locator('#bottom')).toHaveText('End of the host page.');
  });
});
