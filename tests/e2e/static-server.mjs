// A plain static file server, as a production host would run it: files by
// path, a directory's index.html (a directory named without its final slash is
// redirected to it), and for a missing file the 404.html at the root of its
// mount with status 404 when there is one. Only below the prefixes named with
// --spa, app routes (paths without a file extension) get the app's shell.html
// (or index.html) instead, as a server with rewrite rules would do.
// Every answer carries the strict Content-Security-Policy a careful site sends
// (the README's Deploying section); --connect adds an origin that pages may fetch from,
// --bundle an origin whose embedded bundle pages load (script, style and fetch).
//
//   node tests/e2e/static-server.mjs <port> <url-prefix>=<dir>... [--spa <url-prefix>]...
//     [--connect <origin>]... [--bundle <origin>]...
import { createServer } from 'node:http';
import { access, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

async function kindOf(path) {
  try {
    const found = await stat(path);
    return found.isFile() ? 'file' : found.isDirectory() ? 'directory' : null;
  } catch {
    return null;
  }
}

async function exists(path) {
  return access(path).then(() => true, () => false);
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

export function contentSecurityPolicy(connectOrigins = [], bundleOrigins = []) {
  const self = ["'self'", ...bundleOrigins];
  return [
    "default-src 'self'",
    `script-src ${[...self, "'wasm-unsafe-eval'"].join(' ')}`,
    `style-src ${self.join(' ')}`,
    // Pictures come from the origins the news is read from, too.
    `img-src ${[...self, 'https:', 'data:', ...connectOrigins].join(' ')}`,
    `connect-src ${[...self, ...connectOrigins].join(' ')}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function startStaticServer(port, mounts, spaPrefixes = [], connectOrigins = [], bundleOrigins = []) {
  const policy = contentSecurityPolicy(connectOrigins, bundleOrigins);
  const resolved = mounts.map(({ prefix, dir }) => ({ prefix, dir: resolve(dir) }));
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const found = locate(resolved, path);
    let target = found?.file;
    let status = 200;
    const kind = found && (await kindOf(target));
    if (kind === 'directory' && !path.endsWith('/')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}`, 'content-security-policy': policy }).end();
      return;
    }
    if (kind === 'directory' && (await kindOf(join(target, 'index.html'))) === 'file') {
      target = join(target, 'index.html');
    } else if (found && kind !== 'file') {
      const app = extname(path) === '' && spaPrefixes.find((spa) => path.startsWith(spa));
      if (app) {
        const appDir = locate(resolved, app).file;
        const shell = join(appDir, 'shell.html');
        target = (await exists(shell)) ? shell : join(appDir, 'index.html');
      } else {
        target = join(found.mount.dir, '404.html');
        status = 404;
      }
    }
    try {
      const body = await readFile(target);
      response.writeHead(status, {
        'content-type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
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
  const bundles = [];
  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i] === '--spa') spa.push(rest[++i]);
    else if (rest[i] === '--connect') connect.push(rest[++i]);
    else if (rest[i] === '--bundle') bundles.push(rest[++i]);
    else {
      const [prefix, dir] = rest[i].split('=');
      mounts.push({ prefix, dir });
    }
  }
  await startStaticServer(Number(port), mounts, spa, connect, bundles);
  console.log(`serving on http://127.0.0.1:${port}`);
}
