// Publishing without writing JSON: an article written in Markdown, published
// and built into the site; the preview that follows an editor's changes; and
// a WordPress archive imported and compared, item by item, with what the
// WordPress source shows of the same site.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { origin } from '../../playwright.config.mjs';
import { PAGE_SIZE } from './sample-data.mjs';

const TOOL = 'target/debug/news-archive';
/** Runs the tool; a failure fails the test with its output. */
const archive = (...args) => execFileSync(TOOL, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** The release bundle over `data`, in a fresh `site` folder (scripts/setup.sh). */
const bundle = (site, data) => execFileSync('bash', ['-c', `source scripts/setup.sh && copy_bundle ${site} ${data}`]);

function freshData(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('public/data', `${dir}/data`, { recursive: true });
}

const BODY = `
## Winter schedule

Berth 7 at **Beilun** reopens on 1 December; see [the port's notice](https://www.nbport.com.cn/).

| Terminal | Cut-off |
| --- | --- |
| Beilun | Thursday 12:00 |
| Meishan | Friday 09:00 |

<iframe src="https://example.com/map"></iframe>
`;

test('an article written in Markdown is published, built and read', async ({ page }) => {
  const dir = 'target/e2e-authoring';
  freshData(dir);
  const file = archive('new', '宁波港冬季作业安排', '--lang', 'zh-Hans', '--content', `${dir}/content`).trim();
  expect(file).toBe(`${dir}/content/ning-bo-gang-dong-ji-zuo-ye-an-pai.md`);
  appendFileSync(file, BODY);
  const published = archive('publish', `${dir}/content`, `${dir}/data`);
  // What readers will not see is reported with its line.
  expect(published).toMatch(/ning-bo-gang-dong-ji-zuo-ye-an-pai\.md:\d+: the HTML element <iframe> is not kept/);
  archive('check', `${dir}/data`);
  bundle(`${dir}/site`, `${dir}/data`);
  execFileSync('scripts/prerender', [`${dir}/site`]);

  const site = origin('authoring');
  await page.goto(`${site}/`);
  const newest = page.locator('.jn-item-title a').first();
  await expect(newest).toHaveText('宁波港冬季作业安排');
  await newest.click();
  await expect(page).toHaveURL(`${site}/news/ning-bo-gang-dong-ji-zuo-ye-an-pai/`);
  const article = page.locator('article');
  await expect(article).toHaveAttribute('lang', 'zh-Hans');
  await expect(article.locator('h2')).toHaveText('Winter schedule');
  await expect(article.locator('strong')).toHaveText('Beilun');
  await expect(article.getByRole('link', { name: "the port's notice" })).toHaveAttribute('href', 'https://www.nbport.com.cn/');
  await expect(article.locator('table tbody tr')).toHaveCount(2);
  await expect(article.locator('iframe')).toHaveCount(0);
  // The built pages carry it too, for readers before the wasm and for crawlers:
  // its own page is in Chinese.
  const html = await (await page.request.get(`${site}/zh-hans/news/ning-bo-gang-dong-ji-zuo-ye-an-pai/`)).text();
  expect(html).toContain('<h2>Winter schedule</h2>');
  expect(html).toContain('<html lang="zh-Hans"');
});

test('while an editor writes, a reload shows the change within two seconds', async ({ page }) => {
  const dir = 'target/e2e-preview';
  freshData(dir);
  mkdirSync(`${dir}/content`, { recursive: true });
  bundle(`${dir}/site`, `${dir}/data`);
  execFileSync('mv', [`${dir}/site/shell.html`, `${dir}/site/index.html`]);
  const watcher = spawn('scripts/watch-content', [`${dir}/content`, `${dir}/data`, `${dir}/site/data`], { stdio: 'ignore' });
  try {
    const site = origin('preview');
    await page.goto(`${site}/`);
    await expect(page.locator('.jn-item-title a')).toHaveCount(PAGE_SIZE);
    const file = archive('new', 'Berth 7 reopens', '--content', `${dir}/content`).trim();
    appendFileSync(file, 'Berth 7 at Beilun reopens on 1 December.\n');
    const shows = async (title) => {
      const saved = Date.now();
      await expect.poll(async () => {
        await page.reload();
        return page.locator('.jn-item-title a').first().textContent();
      }, { intervals: [250], timeout: 2_000 }).toBe(title);
      return Date.now() - saved;
    };
    console.log(`new article shown after ${await shows('Berth 7 reopens')} ms`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Berth 7 reopens', 'Berth 7 reopens early'));
    console.log(`edit shown after ${await shows('Berth 7 reopens early')} ms`);
    // A scheduled article is in the preview, marked, and not in the site's data.
    writeFileSync(`${dir}/content/new-year-schedule.md`, '---\ntitle: New Year schedule\ndate: 2099-01-01 09:00\n---\nThe schedule.\n');
    await shows('[Scheduled] New Year schedule');
    await expect(page.locator('.jn-item-title a').nth(1)).toHaveText('Berth 7 reopens early');
    expect(existsSync(`${dir}/data/articles/new-year-schedule.json`)).toBe(false);
  } finally {
    watcher.kill();
  }
});

/** Every entry of a listing, page after page: what a reader sees of each. */
async function everyEntry(page, url) {
  await page.goto(url);
  const news = page.locator('#news');
  await expect(news.locator('.jn-item').first()).toBeVisible();
  const entries = [];
  for (;;) {
    entries.push(...await news.locator('.jn-item').evaluateAll((items) => items.map((item) => ({
      title: item.querySelector('.jn-item-title')?.textContent.trim(),
      published: item.querySelector('time')?.getAttribute('datetime'),
      summary: item.querySelector('.jn-summary')?.textContent.trim(),
      tags: [...item.querySelectorAll('.jn-tag')].map((tag) => tag.textContent.trim()),
      picture: ['src', 'alt', 'width', 'height'].map((name) => item.querySelector('.jn-thumbnail img')?.getAttribute(name)),
    }))));
    const next = news.getByRole('link', { name: 'Next page' });
    if (await next.count() === 0) return entries;
    const first = await news.locator('.jn-item-title').first().textContent();
    await next.click();
    await expect(news.locator('.jn-item-title').first()).not.toHaveText(first);
  }
}

test('a WordPress archive comes across, item by item as the WordPress source shows it', async ({ page }) => {
  const dir = 'target/e2e-import';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/data`, { recursive: true });
  cpSync('public/data/site.json', `${dir}/data/site.json`);
  const wordpress = `${origin('wordpress')}/?rest_route=`;
  const report = archive('import-wordpress', wordpress, `${dir}/content`);
  expect(report).toMatch(/hostile-html: the HTML element <script> is not kept/);
  expect(report).toContain('宁波港口动态: its address, which becomes ning-bo-gang-kou-dong-tai');
  archive('publish', `${dir}/content`, `${dir}/data`);
  archive('check', `${dir}/data`);

  const sources = `${origin('host')}/sources.html`;
  for (const language of ['en', 'zh-Hans']) {
    const live = await everyEntry(page, `${sources}?${new URLSearchParams({ source: 'wordpress', url: wordpress })}&news-only=${language}`);
    const imported = await everyEntry(page, `${sources}?${new URLSearchParams({ source: 'static', url: `${origin('host')}/imported/` })}&news-only=${language}`);
    expect(imported.length, language).toBeGreaterThan(0);
    expect(imported.filter((entry) => entry.picture[0]).length, `${language}: featured images`).toBeGreaterThan(0);
    expect(imported, language).toEqual(live);
  }

  // A file the editor changed after the import is not overwritten by the next one.
  const edited = `${dir}/content/hostile-html.md`;
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('Safe paragraph.', 'Safe paragraph, checked.'));
  let refusal = '';
  try {
    archive('import-wordpress', wordpress, `${dir}/content`);
  } catch (error) {
    refusal = `${error.stderr}`;
  }
  expect(refusal).toContain('hostile-html.md: changed since it was imported');
  expect(readFileSync(edited, 'utf8')).toContain('Safe paragraph, checked.');
  archive('import-wordpress', wordpress, `${dir}/content`, '--force');
  expect(readFileSync(edited, 'utf8')).not.toContain('checked.');
});
