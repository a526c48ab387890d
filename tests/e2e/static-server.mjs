// A plain static file server, as a production host would run it: files by
// path, 404 for missing files, and, only below the prefixes named with
// --spa, index.html for app routes (paths without a file extension) so that
// deep links survive a reload. Host pages get no rewrites at all.
// Every answer carries the strict Content-Security-Policy a careful site sends
// (the README's Deploying section); --connect adds an origin that pages may fetch from.
//
//   node tests/e2e/static-server.mjs <port> <url-prefix>=<dir>... [--spa <url-prefix>]... [--connect <origin>]...
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Longest matching prefix wins; `/news/` serves `<dir>/x` for `/news/x`. */
function locate(mounts, path) {
  const mount = mounts
    .filter(({ prefix }) => path.startsWith(prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  if (!mount) return null;
  const file = normalize(join(mount.dir, path.slice(mount.prefix.length)));
  return file.startsWith(mount.dir) ? { mount, file } : null;
}

export function contentSecurityPolicy(connectOrigins = []) {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' https: data:",
    `connect-src ${["'self'", ...connectOrigins].join(' ')}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function startStaticServer(port, mounts, spaPrefixes = [], connectOrigins = []) {
  const policy = contentSecurityPolicy(connectOrigins);
  const resolved = mounts.map(({ prefix, dir }) => ({ prefix, dir: resolve(dir) }));
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const found = locate(resolved, path);
    let target = found?.file;
    if (found && !(await isFile(target))) {
      // An app route gets the index.html of the app's own folder.
      const app = extname(path) === '' && spaPrefixes.find((spa) => path.startsWith(spa));
      target = join(app ? locate(resolved, app).file : target, 'index.html');
    }
    try {
      const body = await readFile(target);
      response.writeHead(200, {
        'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'content-security-policy': policy,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain', 'content-security-policy': policy }).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1]?.endsWith('static-server.mjs')) {
  const [port, ...rest] = process.argv.slice(2);
  const mounts = [];
  const spa = [];
  const connect = [];
  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i] === '--spa') spa.push(rest[++i]);
    else if (rest[i] === '--connect') connect.push(rest[++i]);
    else {
      const [prefix, dir] = rest[i].split('=');
      mounts.push({ prefix, dir });
    }
  }
  await startStaticServer(Number(port), mounts, spa, connect);
  console.log(`serving on http://127.0.0.1:${port}`);
}
