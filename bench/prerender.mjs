// Measures what prerendering buys a reader on a phone: the listing's first
// headline and largest contentful paint, under Lighthouse's mobile profile
// (150 ms round trip, 1.6 Mbit/s down, CPU slowed 4x), every file served
// brotli-compressed (quality 11). Three sites, loaded in turn in one run so
// that machine noise falls on all of them alike:
//   prerendered  the release build as deployed;
//   app only     the same bundle without prerendered pages (shell.html as index.html);
//   plain HTML   the prerendered listing with every script removed: the same
//                markup and styles as a hand-written page would have.
//
//   node bench/prerender.mjs <prerendered-dir> <app-only-dir> <plain-dir> [runs]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { measure } from './first-headline.mjs';
import { CONTENT_TYPES } from '../tests/e2e/static-server.mjs';

const [prerendered, appOnly, plain, runsArgument = '5'] = process.argv.slice(2);
const RUNS = Number(runsArgument);

/** Files by path (a directory's index.html), brotli-compressed once and kept. */
function serveCompressed(port, dir) {
  const root = resolve(dir);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    let file = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!compressed.has(file)) {
        const body = await readFile(file);
        compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-encoding': 'br',
        'cache-control': 'no-store',
      });
      response.end(compressed.get(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

// The reference (plain HTML) first: ratios are to it.
const SITES = [
  { name: 'plain HTML', dir: plain, port: 8393 },
  { name: 'prerendered', dir: prerendered, port: 8391 },
  { name: 'app only', dir: appOnly, port: 8392 },
];
const servers = await Promise.all(SITES.map(({ port, dir }) => serveCompressed(port, dir)));
await measure(
  SITES.map(({ name, port }) => ({ name, url: `http://127.0.0.1:${port}/` })),
  RUNS,
  'Listing, first load, brotli (quality 11)',
);
servers.forEach((server) => server.close());
