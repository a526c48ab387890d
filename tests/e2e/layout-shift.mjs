// Layout shift as Lighthouse counts it: every shift without recent input, summed
// from the first paint on, readable as window.__layoutShift.

/** Starts counting on every page `page` opens from now on. */
export async function watchLayoutShift(page) {
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export const layoutShift = (page) => page.evaluate(() => window.__layoutShift);
