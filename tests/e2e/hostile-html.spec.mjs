// Every vector of the XSS corpus, served as an article's content_html, rendered
// by the release build: no dialog, no script, no forbidden element or attribute.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { readFileSync } from 'node:fs';
import { article, SEED_ID } from './sample-data.mjs';

const vectors = JSON.parse(readFileSync(new URL('../xss-vectors.json', import.meta.url), 'utf8'));
const ALLOWED = new Set(['p', 'br', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'b', 'i',
  'code', 'pre', 'a', 'img', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);

// The article is replaced in the browser, so the bundle runs without prerendered pages.
test.use({ baseURL: origin('clientOnly') });

test('the XSS corpus renders as harmless content', async ({ page }) => {
  expect(vectors.length).toBeGreaterThanOrEqual(40);
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const { content_text, ...seed } = article(SEED_ID);
  const content_html = vectors.map((vector) => `<section>${vector}</section>`).join('\n');
  await page.route(`**/data/articles/${SEED_ID}.json`, (route) => route.fulfill({ json: { ...seed, content_html } }));
  // Counts the body's pictures whose load or error event has been dispatched: a
  // capturing listener runs in the same dispatch as any handler on the picture.
  // (Pictures outside it, such as the share control's lazy QR code, may never load.)
  await page.addInitScript(() => {
    window.__settledPictures = 0;
    for (const type of ['load', 'error']) {
      document.addEventListener(type, (event) => { if (event.target.localName === 'img' && event.target.closest('.jn-body')) window.__settledPictures += 1; }, true);
    }
  });

  await page.goto(`/news/${SEED_ID}/`);
  const body = page.locator('.jn-body');
  await expect(body).toContainText('safe link, bad handler');
  await page.mouse.move(200, 400);
  await body.getByText('hover').first().hover().catch(() => {});
  // Whatever a picture could run on load or error has run once every picture has settled.
  await page.waitForFunction(() => window.__settledPictures >= document.querySelectorAll('.jn-body img').length);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  const found = await body.evaluate((root) =>
    [...root.querySelectorAll('*')].map((element) => ({
      name: element.localName,
      attributes: [...element.attributes].map((attribute) => [attribute.name, attribute.value]),
    })),
  );
  for (const { name, attributes } of found) {
    expect(ALLOWED.has(name), `<${name}>`).toBe(true);
    for (const [attribute, value] of attributes) {
      expect(attribute.startsWith('on'), `${attribute} on <${name}>`).toBe(false);
      expect(attribute, `on <${name}>`).not.toBe('style');
      if (attribute === 'href') expect(value).toMatch(/^(https?|mailto):/);
      if (attribute === 'src') expect(value).toMatch(/^https?:/);
    }
  }
  expect(await body.locator('iframe, object, embed, svg, math, script, style, form, input, button').count()).toBe(0);
  // The host document kept its single app root: a clobbering id in the feed is gone.
  expect(await page.locator('[data-jointlink-news]').count()).toBe(1);
});
