import { defineConfig } from '@playwright/test';

// Each server is a plain static file server over the release build(s).
export const SERVERS = {
  // The standalone site at the root of its host.
  standalone: { port: 8181, args: '/=dist' },
  // The same site deployed below /news/ (built with --public-url /news/).
  subPath: { port: 8182, args: '/news/=dist-subpath' },
  // The same bundle without prerendered pages (its shell.html as index.html),
  // with rewrites for app routes: every view loads its data in the browser.
  clientOnly: { port: 8189, args: '/=target/dist-client --spa /' },
  // A company page whose bundle was built with our static files as its only
  // source (no second app).
  staticOnlyHost: { port: 8199, args: '/=tests/e2e/host /bundle/=target/dist-static --connect http://127.0.0.1:8186' },
  // The standalone site built over a generated 250-article archive with shards.
  archive: { port: 8184, args: '/=target/dist-archive' },
  // A company page that embeds the bundle, which lives at /bundle/; no rewrites.
  // Its pages may also fetch from the API and WordPress servers below, and from
  // a port where nothing listens (for the unreachable-server test), and load the
  // bundle nginx serves (a partner site embedding from another origin).
  host: {
    port: 8183,
    args: '/=tests/e2e/host /bundle/=dist /imported/=target/e2e-import/data --spa /wp-site/'
      + ' --connect http://127.0.0.1:8185 --connect http://127.0.0.1:8186 --connect http://127.0.0.1:9'
      + ' --bundle http://127.0.0.1:8190',
  },
  // Sites the publishing tests build while they run: an article authored in
  // Markdown (prerendered), and the preview an editor reloads.
  authoring: { port: 8193, args: '/=target/e2e-authoring/site' },
  // The sample site with made-up filing numbers, built by mainland-china.spec.mjs,
  // standalone and embedded in the company's pages.
  filed: { port: 8196, args: '/=target/e2e-filed/site' },
  filedHost: { port: 8197, args: '/=tests/e2e/host /bundle/=target/e2e-filed/site' },
  preview: { port: 8194, args: '/=target/e2e-preview/site --spa /' },
  // A debug build with the test-only panic switch, standalone and embedded.
  faultStandalone: { port: 8187, args: '/=target/dist-fault --spa /' },
  faultHost: { port: 8188, args: '/=tests/e2e/host /bundle/=target/dist-fault' },
  // Our REST contract and a paged JSON Feed, on another origin than the pages.
  api: { port: 8185, command: 'node tests/e2e/api-server.mjs 8185' },
  // Debian's nginx with deploy/nginx's configuration: the release build at the
  // root, the /news/ build on the next port, and company pages that include
  // the embedded views by server-side includes (the bundle at /bundle/).
  nginx: { port: 8190, command: 'bash tests/nginx/serve.sh 8190 dist 8192 dist-subpath 8195 tests/e2e/host-ssi' },
  nginxSubPath: { port: 8192 },
  nginxSsi: { port: 8195 },
  // A real WordPress (Debian's package, MariaDB, php -S), installed and seeded on start.
  // Its featured images are on the API server's origin, as on a media CDN.
  wordpress: { port: 8186, command: 'bash tests/wordpress/serve.sh 8186 http://127.0.0.1:8185', timeout: 180_000 },
};
export const origin = (name) => `http://127.0.0.1:${SERVERS[name].port}`;

const runningAsRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  // The large-data tests measure how long the page is blocked, so they run
  // after everything else, one at a time, with the machine to themselves.
  projects: [
    { name: 'main', testMatch: '*.spec.mjs', testIgnore: 'large-data.spec.mjs' },
    { name: 'large-data', testMatch: 'large-data.spec.mjs', dependencies: ['main'] },
  ],
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: origin('standalone'),
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        ...(runningAsRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: Object.values(SERVERS).filter(({ args, command }) => args || command).map(({ port, args, command, timeout = 30_000 }) => ({
    command: command ?? `node tests/e2e/static-server.mjs ${port} ${args}`,
    port,
    reuseExistingServer: false,
    timeout,
  })),
});
