// Reads the shipped sample data, so tests compare the page with the files
// rather than with copies of their contents.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = new URL('../../public/data/', import.meta.url).pathname;

export function readJson(path) {
  return JSON.parse(readFileSync(join(DATA_DIR, path), 'utf8'));
}

export const site = () => readJson('site.json');
export const index = () => readJson('news.json');

export function articleFiles() {
  return readdirSync(join(DATA_DIR, 'articles')).filter((name) => name.endsWith('.json'));
}

export const article = (id) => readJson(`articles/${id}.json`);

/** Every article, newest first: both versions of a translated pair. */
export function everyArticle() {
  return [...index().items].sort(
    (a, b) => Date.parse(b.date_published) - Date.parse(a.date_published),
  );
}

/**
 * What the listing shows a reader of `reader` (the site's language unless
 * named), newest first: a translated pair once, in the reader's language.
 */
export function newestFirst(reader = site().language) {
  return onePerPair(everyArticle(), reader, site().language);
}

/**
 * `items` without an article whose translation in `reader` is among them too:
 * the app's rule for listing a translated pair once. An article without a
 * language is in `siteLanguage`.
 */
export function onePerPair(items, reader, siteLanguage) {
  const listed = new Set(items.map(({ id }) => id));
  return items.filter((item) =>
    (item.language ?? siteLanguage) === reader ||
    !(item.translations ?? []).some(({ language, id }) => language === reader && listed.has(id)));
}

/** The generated archive the archive tests run against (see scripts/test). */
export const ARCHIVE_DIR = new URL('../../target/e2e-archive/', import.meta.url).pathname;
export const readArchive = (path) => JSON.parse(readFileSync(join(ARCHIVE_DIR, path), 'utf8'));

/** The listing's default page size. */
export const PAGE_SIZE = 10;
export const firstPage = () => newestFirst().slice(0, PAGE_SIZE);

/** The standalone listing page that shows `id` (`/`, `/page/2/`, ...), without the leading slash. */
export function listingPathOf(id) {
  const page = Math.floor(newestFirst().findIndex((item) => item.id === id) / PAGE_SIZE) + 1;
  return page === 1 ? '' : `page/${page}/`;
}

/** The folder of the standalone site's pages in `language`: none for the site's own. */
export const languageFolder = (language) => (language === site().language ? '' : `${language.toLowerCase()}/`);

/** An article's own page, below the site's base: in the folder of its language. */
export const ownPagePath = ({ id, language }) => `${languageFolder(language ?? site().language)}news/${id}/`;

export const SEED_ID = 'asean-international-capacity-cooperation';
