// Helpers for the tests of a prerendered view and the app taking it over.

/**
 * Holds the wasm back until `release` is called, so the page can be read
 * before the app starts (and the `page` fixture's `goto` does not wait for it).
 */
export async function holdTheApp(page) {
  page.appHeld = true;
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route('**/jointlink-news*_bg*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The elements, attributes (in name order) and text below `locator`, comments left out. */
export const markupOf = (locator) =>
  locator.evaluate((root) => {
    const describe = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('');
      return `<${node.localName}${attributes}>${[...node.childNodes].map(describe).join('')}</${node.localName}>`;
    };
    return describe(root);
  });

/**
 * From now on, before every frame: does any of `selectors` (each `[host, inside]`,
 * `inside` looked up in the host's shadow root, or in the host without one) find nothing,
 * or a loading state? `gaps(page)` returns what was seen then.
 */
export const sampleFrames = (page, selectors) =>
  page.evaluate((selectors) => {
    window.__gaps = [];
    const sample = () => {
      for (const [host, inside] of selectors) {
        const element = document.querySelector(host);
        const root = element?.shadowRoot ?? element;
        if (!root?.querySelector(inside) || root.querySelector('.jn-loading')) window.__gaps.push(`${host} ${inside}`);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, selectors);
export const gaps = (page) => page.evaluate(() => window.__gaps);
