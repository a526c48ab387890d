// Layout shift as Lighthouse counts it: every shift without recent input.
// Read from the browser's buffer of layout-shift entries at the moment of
// asking, each with the time of the frame it happened in, so a count "since"
// a moment does not depend on when a PerformanceObserver's callback runs
// (which, on a loaded machine, can be after that moment).

/** Now, in the page's performance clock: pass it to `layoutShift` as `since`. */
export const pageTime = (page) => page.evaluate(() => performance.now());

/** Resolves once the page has rendered two more frames: anything that moved before is in the buffer. */
export const framesRendered = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The layout shift of every frame since `since` (default: since the page started). */
export const layoutShift = (page, since = 0) =>
  page.evaluate((since) => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords();
    observer.disconnect();
    return entries
      .filter((entry) => !entry.hadRecentInput && entry.startTime >= since)
      .reduce((sum, entry) => sum + entry.value, 0);
  }, since);
