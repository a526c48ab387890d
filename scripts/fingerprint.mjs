// Gives the app's JavaScript glue and wasm content-hashed names in a built
// bundle (`jointlink-news-<hash>.js`, `jointlink-news_bg-<hash>.wasm`, and the
// same for the app with every source, `jointlink-news-every-source…`) and
// writes those names into its embed.js, the one file host pages name, and
// into the preloads of index.html. A reader's browser may then keep the app for a year (see
// deploy/nginx), while embed.js is revalidated on every visit.
//
//   node scripts/fingerprint.mjs <built-site-dir>
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node scripts/fingerprint.mjs <built-site-dir>');
  process.exit(2);
}
const APP_FILES_LINE = 'const APP_FILES = ';

/** `stem-<hash>.ext`: 20 hex digits of the file's SHA-256. */
function hashedName(name) {
  const hash = createHash('sha256').update(readFileSync(join(dist, name))).digest('hex').slice(0, 20);
  const dot = name.lastIndexOf('.');
  const hashed = `${name.slice(0, dot)}-${hash}${name.slice(dot)}`;
  renameSync(join(dist, name), join(dist, hashed));
  return hashed;
}

const STABLE = { js: 'jointlink-news.js', wasm: 'jointlink-news_bg.wasm' };
// The app built with every source, when scripts/build added it.
const EVERY_SOURCE = { js: 'jointlink-news-every-source.js', wasm: 'jointlink-news-every-source_bg.wasm' };
const files = { js: hashedName(STABLE.js), wasm: hashedName(STABLE.wasm) };
if (existsSync(join(dist, EVERY_SOURCE.wasm))) {
  files.everySource = { js: hashedName(EVERY_SOURCE.js), wasm: hashedName(EVERY_SOURCE.wasm) };
}
const page = join(dist, 'index.html');
writeFileSync(page, readFileSync(page, 'utf8')
  .replaceAll(`${STABLE.js}"`, `${files.js}"`)
  .replaceAll(`${STABLE.wasm}"`, `${files.wasm}"`));
const loader = join(dist, 'embed.js');
const lines = readFileSync(loader, 'utf8').split('\n');
const at = lines.findIndex((line) => line.startsWith(APP_FILES_LINE));
if (at < 0) {
  console.error(`fingerprint: embed.js has no line starting with "${APP_FILES_LINE}"`);
  process.exit(1);
}
lines[at] = `${APP_FILES_LINE}${JSON.stringify(files)};`;
writeFileSync(loader, lines.join('\n'));
console.log(`fingerprint: ${files.js}, ${files.wasm}${files.everySource ? `, ${files.everySource.js}, ${files.everySource.wasm}` : ''}`);
