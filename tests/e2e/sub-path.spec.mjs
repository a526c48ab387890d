// The standalone site deployed below /news/ (trunk build --public-url /news/):
// assets, data and every link stay below that path.
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { article, listingPathOf, PAGE_SIZE, SEED_ID } from './sample-data.mjs';

const SITE = `${origin('subPath')}/news/`;
const seed = article(SEED_ID);

test('navigation works below /news/', async ({ page, logged: { errors } }) => {
  await page.goto(SITE);
  await expect(page.locator('.jn-item-title a')).toHaveCount(PAGE_SIZE);
  await page.goto(`${SITE}${listingPathOf(SEED_ID)}`);

  await page.getByRole('link', { name: seed.title }).click();
  await expect(page).toHaveURL(`${SITE}news/${SEED_ID}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);

  await page.getByRole('link', { name: 'Back to all news' }).click();
  await expect(page).toHaveURL(SITE);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  expect(errors).toEqual([]);
});

test('unknown addresses below /news/ show not-found with a way back', async ({ page }) => {
  await page.goto(`${SITE}news/no-such-article`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Back to all news' }).click();
  await expect(page).toHaveURL(SITE);
  await expect(page.locator('.jn-item-title a')).toHaveCount(PAGE_SIZE);
});
