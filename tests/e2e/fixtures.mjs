// Every end-to-end test runs its pages under the strict Content-Security-Policy
// that the test servers send, and fails on any violation the browser reports:
// a `securitypolicyviolation` event anywhere (the page, a shadow root, an inert
// document the sanitiser parses) or the console line Chromium writes for it.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, use) => {
    const violations = [];
    await page.exposeFunction('__reportCspViolation', (violation) => violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => window.__reportCspViolation(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sample})`),
        true,
      );
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await use(page);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
