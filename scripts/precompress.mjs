// Writes <file>.br (brotli, quality 11) and <file>.gz (gzip, level 9) beside
// every HTML, JS, CSS, wasm, JSON, XML and SVG file below a folder, so that a
// server can send them as they are (nginx: brotli_static, gzip_static).
// Run by scripts/post-build on release builds.
//
//   node scripts/precompress.mjs <folder>
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|wasm|json|xml|svg)$/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
// Large archives have thousands of pages: a few at a time keeps both cores busy.
const AT_ONCE = 8;

async function* files(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

async function compress(path) {
  const body = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipped(body, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
  return body.length;
}

const [folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/precompress.mjs <folder>');
  process.exit(1);
}
const started = performance.now();
let count = 0;
let bytes = 0;
const running = new Set();
for await (const path of files(folder)) {
  const task = compress(path).then((size) => {
    count += 1;
    bytes += size;
    running.delete(task);
  });
  running.add(task);
  if (running.size >= AT_ONCE) await Promise.race(running);
}
await Promise.all(running);
console.log(`precompress: ${count} files (${(bytes / 1024).toFixed(0)} KiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
