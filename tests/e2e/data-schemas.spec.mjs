// Every shipped data file against its JSON Schema in docs/schemas, and the
// index against the article files it points to.
import { test, expect } from './fixtures.mjs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { articleFiles, article, index, readArchive, readJson, site, SEED_ID } from './sample-data.mjs';

const SCHEMA_DIR = new URL('../../docs/schemas/', import.meta.url).pathname;

function validators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTuples: false, allowUnionTypes: true });
  addFormats(ajv);
  for (const name of readdirSync(SCHEMA_DIR)) {
    ajv.addSchema(JSON.parse(readFileSync(SCHEMA_DIR + name, 'utf8')), name);
  }
  return {
    site: ajv.getSchema('site.schema.json'),
    index: ajv.getSchema('news-index.schema.json'),
    article: ajv.getSchema('article.schema.json'),
    shard: ajv.getSchema('news-shard.schema.json'),
    search: ajv.getSchema('search-index.schema.json'),
  };
}

const check = (validate, data) => {
  const valid = validate(data);
  return valid ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
};

test.describe('sample data files', () => {
  const schemas = validators();

  test('the site file matches its schema and the original contact details', () => {
    expect(check(schemas.site, site())).toEqual([]);
    expect(site().contact.tel.display).toBe('0574-55229362');
    expect(site().contact.fax.display).toBe('0574-55229377');
    expect(site().contact.email).toBe('afra.yu@jointlink.cn');
  });

  test('the news index matches its schema', () => {
    expect(check(schemas.index, index())).toEqual([]);
  });

  test('the search index matches its schema and lists every article', () => {
    const search = readJson('search.json');
    expect(check(schemas.search, search)).toEqual([]);
    expect(search.items.map((row) => row[0]).sort()).toEqual(index().items.map((item) => item.id).sort());
    for (const row of search.items) {
      for (const position of row[4]) expect(search.tags[position], row[0]).toBeDefined();
    }
  });

  test('a generated archive with shards matches the schemas', () => {
    const archive = readArchive('news.json');
    expect(archive.shards.length).toBeGreaterThan(1);
    expect(check(schemas.index, archive)).toEqual([]);
    for (const shard of archive.shards) {
      expect(check(schemas.shard, readArchive(shard.url)), shard.url).toEqual([]);
    }
    expect(check(schemas.search, readArchive('search.json'))).toEqual([]);
  });

  for (const file of articleFiles()) {
    test(`articles/${file} matches its schema`, () => {
      expect(check(schemas.article, article(file.replace(/\.json$/, '')))).toEqual([]);
    });
  }

  test('index and article files describe the same articles', () => {
    const listed = index().items;
    const files = articleFiles().map((file) => file.replace(/\.json$/, ''));
    const expired = index().expired ?? [];
    expect(expired.length, 'the sample has an expired notice').toBeGreaterThan(0);
    expect([...listed.map((item) => item.id), ...expired].sort()).toEqual([...files].sort());
    for (const id of expired) expect(article(id).expired, id).toBe(true);
    for (const item of listed) {
      const full = article(item.id);
      expect(full.id, `${item.id}: id`).toBe(item.id);
      expect(full.title, `${item.id}: title`).toBe(item.title);
      expect(full.date_published, `${item.id}: date`).toBe(item.date_published);
      expect(full.summary, `${item.id}: summary`).toBe(item.summary);
    }
  });

  test('the sample covers years, languages and the seed article', () => {
    const items = index().items;
    expect(items.length).toBeGreaterThanOrEqual(12);
    const years = new Set(items.map((item) => item.date_published.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
    expect(items.filter((item) => item.language === 'zh-Hans').length).toBeGreaterThanOrEqual(3);
    expect(article(SEED_ID).date_published.slice(0, 10)).toBe('2021-05-14');
  });
});

test.describe('the schemas reject broken files', () => {
  const schemas = validators();
  const seed = () => article(SEED_ID);

  const brokenArticles = {
    'a missing title': ({ title, ...rest }) => rest,
    'a numeric id': (a) => ({ ...a, id: 42 }),
    'an id that is not a slug': (a) => ({ ...a, id: '../secret' }),
    'a date without time': (a) => ({ ...a, date_published: '2021-05-14' }),
    'an impossible date': (a) => ({ ...a, date_published: '2021-02-30T00:00:00Z' }),
    'no body at all': ({ content_text, ...rest }) => rest,
    'an empty body': (a) => ({ ...a, content_text: '   ' }),
    'tags that are not a list': (a) => ({ ...a, tags: 'ports' }),
    'text and an expired mark': (a) => ({ ...a, expired: true, expires: '2024-01-01T00:00:00Z' }),
    'an expired mark without its date': ({ content_text, ...rest }) => ({ ...rest, expired: true }),
    'zero reading minutes': (a) => ({ ...a, reading_minutes: 0 }),
    'four related articles': (a) => ({ ...a, related: Array(4).fill({ id: 'x', title: 'x', date_published: a.date_published }) }),
    'a related article without a title': (a) => ({ ...a, related: [{ id: 'x', date_published: a.date_published }] }),
  };
  for (const [problem, breakIt] of Object.entries(brokenArticles)) {
    test(`an article with ${problem}`, () => {
      expect(check(schemas.article, breakIt(seed()))).not.toEqual([]);
    });
  }

  test('an index entry carrying a body, or without a summary', () => {
    const [first, ...rest] = index().items;
    const withBody = { items: [{ ...first, content_text: 'body' }, ...rest] };
    const { summary, ...noSummary } = first;
    expect(check(schemas.index, withBody)).not.toEqual([]);
    expect(check(schemas.index, { items: [noSummary] })).not.toEqual([]);
    expect(check(schemas.index, {})).not.toEqual([]);
  });

  test('an index with shards but no search index, or a bad shard entry', () => {
    const archive = readArchive('news.json');
    const { search_index, ...noSearch } = archive;
    expect(check(schemas.index, noSearch)).not.toEqual([]);
    const badShard = { ...archive, shards: [{ ...archive.shards[0], count: -1 }] };
    expect(check(schemas.index, badShard)).not.toEqual([]);
  });

  test('a search row with a missing date or a tag name instead of a position', () => {
    const search = readJson('search.json');
    const [row] = search.items;
    expect(check(schemas.search, { ...search, items: [row.slice(0, 3)] })).not.toEqual([]);
    expect(check(schemas.search, { ...search, items: [[...row.slice(0, 4), ['Ports']]] })).not.toEqual([]);
  });

  test('a site file with an unsupported language or an unsafe e-mail', () => {
    expect(check(schemas.site, { ...site(), language: 'fr' })).not.toEqual([]);
    const contact = { ...site().contact, email: 'a@b.cn?subject=hi' };
    expect(check(schemas.site, { ...site(), contact })).not.toEqual([]);
  });
});
