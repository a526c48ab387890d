// What every end-to-end test shares.
// - `page`: runs under the strict Content-Security-Policy that the test servers
//   send, and fails the test on any violation the browser reports: a
//   `securitypolicyviolation` event anywhere (the page, a shadow root, an inert
//   document the sanitiser parses) or the console line Chromium writes for it.
//   Its `goto` and `reload` resolve once the app has started in every news
//   element of the page (unless the test holds the app back): a prerendered
//   view is on screen before that, and a click on it would load a new page
//   instead of going through the app.
// - `logged`: what the page wrote to the console, collected from the start:
//   `errors` (console errors and uncaught exceptions) and `warnings`.
// - `accessibilityProblems`: axe-core's WCAG 2.1 A and AA rules on the page.
// - `PAGE_MODES`: the standalone site as a reader may get it, each with the
//   options for `test.use`.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { origin } from '../../playwright.config.mjs';

export const PAGE_MODES = [
  ['without JavaScript', { javaScriptEnabled: false }],
  ['in the app that takes over the page', { javaScriptEnabled: true }],
  ['in the app alone', { javaScriptEnabled: true, baseURL: origin('clientOnly') }],
];

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    for (const name of ['goto', 'reload']) {
      const navigate = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await navigate(...args);
        if (javaScriptEnabled && !page.appHeld) await appStarted(page);
        return response;
      };
    }
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

  logged: async ({ page }, use) => {
    const logged = { errors: [], warnings: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') logged.errors.push(message.text());
      if (message.type() === 'warning') logged.warnings.push(message.text());
    });
    page.on('pageerror', (error) => logged.errors.push(error.message));
    await use(logged);
  },
});

/** Resolves once every news element on the page shows the app, with no prerendered data left to take over. */
export const appStarted = (page) => page.waitForFunction(appStartedEverywhere);

function appStartedEverywhere() {
  return [...document.querySelectorAll('[data-jointlink-news]')].every((element) => {
    const root = element.shadowRoot ?? element;
    return root.querySelector('.jn') && !root.querySelector('script[data-jointlink-news-prerendered]');
  });
}

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's WCAG A/AA violations on `page` (within `include`'s selectors when
 * given), one line each, and the ids of the rules that passed. Embedded views
 * live in shadow roots: axe then runs without preloading, which would copy
 * their stylesheets into <style> elements that the page's CSP refuses.
 */
export async function accessibilityProblems(page, include = []) {
  let axe = new AxeBuilder({ page }).withTags(WCAG_A_AA);
  if (include.length > 0) axe = include.reduce((builder, selector) => builder.include(selector), axe.options({ preload: false }));
  const results = await axe.analyze();
  return {
    violations: results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`),
    passed: results.passes.map(({ id }) => id),
  };
}

export { expect };
