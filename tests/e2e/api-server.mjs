// Test servers for the non-static sources, built from the sample articles:
//   /api/...                our REST contract (docs/api.openapi.yaml)
//   /<mode>/api/...         the same, misbehaving: fail-500, fail-403, slow (8 s), no-cors,
//                           invalid-json, bad-items, flaky-<key> (503 once, then fine),
//                           drip (one byte a second), endless (a body that never ends)
//   /feed/page-<n>.json     a JSON Feed of the samples, 5 items a page, with next_url,
//                           one item without id and one with a bad date
//   /images/<file>          the samples' pictures, which both name by absolute address
//
//   node tests/e2e/api-server.mjs <port>
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { onePerPair } from './sample-data.mjs';

const DATA = new URL('../../public/data/', import.meta.url).pathname;
const read = (path) => JSON.parse(readFileSync(join(DATA, path), 'utf8'));
const articles = readdirSync(join(DATA, 'articles'))
  .map((name) => read(`articles/${name}`))
  // An expired notice's file is how the static source keeps its address;
  // the other sources simply no longer have the article.
  .filter((article) => !article.expired)
  // Newest first, then by id: the order the index files have (a translation
  // shares its original's date).
  .sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const summary = ({ content_text, content_html, ...rest }) => rest;
/** A sample's picture as an API names it: an object with an absolute address. */
const withAbsoluteImage = (article, origin) => {
  if (!article.image) return article;
  const image = typeof article.image === 'string' ? { url: article.image } : article.image;
  return { ...article, image: { ...image, url: new URL(image.url, `${origin}/`).href } };
};
export const FEED_PAGE_SIZE = 5;

function send(response, status, body, { cors = true, type = 'application/json' } = {}) {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    ...(cors ? { 'access-control-allow-origin': '*' } : {}),
  });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const problem = (code, message) => ({ error: { code, message } });
const fold = (text) => text.normalize('NFKC').toLowerCase();

function positiveInteger(value, fallback) {
  if (value === null) return fallback;
  return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : NaN;
}

/** Our REST contract; returns [status, body]. */
function restApi(path, params, mode, origin) {
  if (path === '/site') return [200, read('site.json')];
  if (path === '/articles') {
    const page = positiveInteger(params.get('page'), 1);
    const perPage = positiveInteger(params.get('per_page'), 10);
    if (Number.isNaN(page) || Number.isNaN(perPage) || perPage > 100) {
      return [400, problem('invalid_parameter', 'page and per_page must be whole numbers from 1 (per_page at most 100)')];
    }
    const terms = fold(params.get('q') ?? '').split(/\s+/).filter(Boolean);
    const tag = params.get('tag');
    const language = params.get('language');
    const reader = params.get('lang');
    const siteLanguage = read('site.json').language;
    const found = articles.filter((article) =>
      (!tag || (article.tags ?? []).includes(tag)) &&
      (!language || (article.language ?? siteLanguage) === language) &&
      terms.every((term) => fold(`${article.title}\n${article.summary}`).includes(term)));
    // Without a language filter, a translated pair is listed once: in the reader's language.
    const matching = language || !reader ? found : onePerPair(found, reader, siteLanguage);
    let items = matching.slice((page - 1) * perPage, page * perPage).map((article) => summary(withAbsoluteImage(article, origin)));
    if (mode === 'bad-items' && items.length > 2) {
      items = [{ ...items[0], id: 42 }, { ...items[1], date_published: 'last Tuesday' }, ...items.slice(2)];
    }
    return [200, { items, page, per_page: perPage, total: matching.length }];
  }
  const article = path.match(/^\/articles\/([^/]+)$/);
  if (article) {
    const found = articles.find((candidate) => candidate.id === decodeURIComponent(article[1]));
    return found ? [200, withAbsoluteImage(found, origin)] : [404, problem('not_found', 'no article with this id')];
  }
  return [404, problem('not_found', 'no such endpoint')];
}

/** The samples as a paged JSON Feed, with the quirks real feeds have. */
function feedPage(number, origin) {
  // One item has a numeric id, as some feeds do: the second newest, or the
  // next one that is not part of a translated pair (whose links name ids).
  const numeric = articles.findIndex((article, position) => position > 0 && !article.translations);
  const items = articles.map((article, position) => {
    const { id, title, summary: text, date_published, tags, language, authors, translations } = article;
    const item = { id, title, summary: text, date_published, tags, language, authors };
    // JSON Feed's custom keys start with an underscore.
    if (translations) item._translations = translations;
    // JSON Feed's image is an address; our _image carries the rest.
    if (article.image) {
      const { url, ...details } = withAbsoluteImage(article, origin).image;
      item.image = url;
      if (Object.keys(details).length) item._image = details;
    }
    if (article.content_html) item.content_html = article.content_html;
    else if (position % 2) item.content_html = `<p>${article.content_text.split('\n\n').join('</p><p>')}</p>`;
    else item.content_text = article.content_text;
    if (position === numeric) item.id = 1001;
    return item;
  });
  items.splice(3, 0, { title: 'An item without an id', content_text: 'dropped', date_published: '2024-01-01T00:00:00Z' });
  items.splice(6, 0, { id: 'bad-date', title: 'An item with a bad date', content_text: 'skipped', date_published: 'soon' });
  const pages = Math.ceil(items.length / FEED_PAGE_SIZE);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Jointlink news (test feed)',
    home_page_url: origin,
    items: items.slice((number - 1) * FEED_PAGE_SIZE, number * FEED_PAGE_SIZE),
  };
  if (number < pages) feed.next_url = `page-${number + 1}.json`;
  return number >= 1 && number <= pages ? [200, feed] : [404, problem('not_found', 'no such page')];
}

const flakyFailures = new Set();

/** Answers with a body that keeps coming, `bytesPerTick` at a time, until the client gives up. */
function stream(response, { bytesPerTick, tickMs }) {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
  const item = `${JSON.stringify(summary(articles[0]))},`;
  const piece = item.repeat(Math.ceil(bytesPerTick / item.length)).slice(0, bytesPerTick);
  let stopped = false;
  response.on('close', () => { stopped = true; });
  const tick = () => {
    if (stopped) return;
    if (response.write(piece)) setTimeout(tick, tickMs);
    else response.once('drain', tick);
  };
  response.write('{"items": [');
  setTimeout(tick, tickMs);
}

export function startApiServer(port) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, `http://127.0.0.1:${port}`);
    const feed = url.pathname.match(/^\/feed\/page-(\d+)\.json$/);
    if (feed) {
      const [status, body] = feedPage(Number(feed[1]), url.origin);
      return send(response, status, body, { type: 'application/feed+json' });
    }
    const image = url.pathname.match(/^\/images\/([a-z0-9-]+\.svg)$/);
    if (image) {
      response.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Access-Control-Allow-Origin': '*' });
      return response.end(readFileSync(join(DATA, 'images', image[1])));
    }
    const api = url.pathname.match(/^(?:\/([a-z0-9-]+))?\/api(\/.*)$/);
    if (!api) return send(response, 404, problem('not_found', 'no such path'));
    const [, mode = 'normal', path] = api;
    if (mode === 'slow') await new Promise((done) => setTimeout(done, 8000));
    if (mode === 'drip') return stream(response, { bytesPerTick: 1, tickMs: 1000 });
    if (mode === 'endless') return stream(response, { bytesPerTick: 64 * 1024, tickMs: 0 });
    if (mode === 'fail-500') return send(response, 500, problem('internal', 'the database is down'));
    if (mode === 'fail-403') return send(response, 403, problem('forbidden', 'this API key may not read the news'));
    if (mode === 'invalid-json') return send(response, 200, '{"items": [ {"id": "unfinished"');
    if (mode.startsWith('flaky-') && !flakyFailures.has(`${mode}${path}`)) {
      flakyFailures.add(`${mode}${path}`);
      return send(response, 503, problem('unavailable', 'try again'));
    }
    const [status, body] = restApi(path, url.searchParams, mode, url.origin);
    send(response, status, body, { cors: mode !== 'no-cors' });
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1]?.endsWith('api-server.mjs')) {
  const port = Number(process.argv[2] ?? 8185);
  await startApiServer(port);
  console.log(`serving the test APIs on http://127.0.0.1:${port}`);
}
