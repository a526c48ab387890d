// What every benchmark here shares: Chromium launched the same way, and the
// release builds served by the project's nginx (tests/nginx/serve.sh).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

/** Headless Chromium without its background traffic, which would fall into the measurements. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Starts nginx once per server (`{ port, args }`, the arguments of
 * tests/nginx/serve.sh after the port), stops them all when the process
 * exits, and resolves once each answers.
 */
export async function serveByNginx(servers) {
  const started = servers.map(({ port, args }) => spawn('bash', ['tests/nginx/serve.sh', String(port), ...args], { stdio: 'ignore' }));
  process.on('exit', () => started.forEach((server) => server.kill()));
  for (const { port } of servers) {
    for (let tries = 0; tries < 100; tries += 1) {
      if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
