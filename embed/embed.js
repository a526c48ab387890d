// Shows the Jointlink news in every element of this page marked
// `data-jointlink-news`. Add this script once, after those elements:
//
//   <div data-jointlink-news></div>
//   <script type="module" src="https://<bundle host>/<bundle path>/embed.js"></script>
//
// The standalone site (index.html) starts the same way. Module scripts run
// after the document is parsed, so the script may also sit in the head.
//
// Everything else (the wasm app, its stylesheet, the prerendered views and the
// default data folder) is found next to this file, so the bundle can live on
// any host and path.
//
// The reader never waits for the app to read the news: each embedded instance
// first shows the view the build prerendered for it (see docs/embedding.md,
// *Prerendered views*), and the app downloads at low priority, behind what the
// page shows (the standalone pages preload it so), compiled while it streams
// (docs/decisions/2026-11-30-news-before-the-app.md).
const bundle = new URL('./', import.meta.url);

// The app's files. The release build gives them content-hashed names and
// writes them here (scripts/fingerprint.mjs), so they can be cached for good.
// A release build's app reads our static files only; `everySource` is the
// same app with every source, for pages that name another.
const APP_FILES = {"js": "jointlink-news.js", "wasm": "jointlink-news_bg.wasm"};

// What the build prerendered for embedded instances, written into this string
// by the prerender (in a form that survives minifying, and a later prerender);
// `null` (a debug build, a site of another source) shows none.
const PRERENDERED = JSON.parse('{"jointlink-news-embedded-views":null}')['jointlink-news-embedded-views'];

// The stand-ins the prerendered views name in place of the host page's
// address and the data folder (crates/news-core/src/addresses/stand_in.rs).
const STAND_IN_HOST_PATH = '/@host@';
const STAND_IN_HOST_PAIR = '@host@';
const STAND_IN_PARAM = 'news';
const KEPT_VALUE = '%';
const STAND_IN_DATA_FOLDER = '@data@/';

// The instance's own query parameters: its article, then its listing's and language's
// (as `stand_in_host` names them; tests/query_parameters.rs keeps the two in step).
const PARAM_SUFFIXES = ['', '-page', '-q', '-tag', '-year', '-only', '-lang'];
const QUERY_PARAM_NAME = /^[A-Za-z0-9_-]{1,32}$/;
const DEFAULT_QUERY_PARAM = 'news';
const LANGUAGE_STORAGE_KEY = 'jointlink-news:lang';
// Interface languages by a tag's first part, as `Lang::from_tag` reads them.
const LANGUAGES = { en: 'en', zh: 'zh-Hans' };
const LATEST_COUNT = { default: 5, max: 50 };
const PAGE_SIZE = { default: 10, max: 100 };

// Should the app ever panic, its wasm stops for good, and the instances would
// stay frozen half-drawn: each then shows a short message in its language and
// a reload link instead. A panic reaches the page as the browser's error for a
// stopped wasm (`WebAssembly.RuntimeError`), whose stack names the app's wasm
// file at its top (Chromium, Firefox) or the app's glue below it (Safari,
// which names no wasm file). A release build carries no panic message, so that
// error is what the console gets (docs/decisions/2026-11-30-app-ready-time.md).
const STOPPED_TEXTS = {
  en: { stopped: 'The news stopped working because of an unexpected error.', reload: 'Reload the page' },
  'zh-Hans': { stopped: '新闻栏目因意外错误停止运行。', reload: '重新加载页面' },
};
// Whether the app has stopped, so that the console says so once.
let stopped = false;

const elements = [...document.querySelectorAll('[data-jointlink-news]')];
for (const element of elements) {
  if (!element.hasAttribute('data-bundle-url')) {
    element.setAttribute('data-bundle-url', bundle.href);
  }
}

// Resolved once the app has started: a view that arrives later is not needed.
let appStarted;
const started = new Promise((resolve) => (appStarted = resolve));
for (const element of elements) {
  showPrerenderedView(element, started);
}
// The smaller app unless an element names another source than our static
// files (the default); an unknown name gets the larger one, which says so.
const namesAnotherSource = elements.some((element) => (element.getAttribute('data-source') ?? 'static') !== 'static');
const app = (namesAnotherSource && APP_FILES.everySource) || APP_FILES;
const appFiles = { js: new URL(app.js, bundle).href, wasm: new URL(app.wasm, bundle).href };
addEventListener('error', (event) => stopIfTheApp(event.error));
addEventListener('unhandledrejection', (event) => stopIfTheApp(event.reason));
// Asked for after the views, at low priority: the page's own requests go first.
const wasm = fetch(appFiles.wasm, { priority: 'low' });
if (await startApp(wasm)) appStarted();

/**
 * Puts the view the build prerendered for `element` in its shadow root, when
 * there is one, unless the app (`started`) was faster; shows it once the
 * styles are in.
 */
async function showPrerenderedView(element, started) {
  const view = prerenderedView(element);
  if (!view || element.shadowRoot) {
    return;
  }
  const markup = fetch(view.file).then((answer) => (answer.ok ? answer.text() : null));
  const shadow = element.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  // Shown once the styles are in, as the app shows its own first view.
  container.hidden = true;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('news.css', view.bundle).href;
  const styled = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  shadow.append(link, container);
  const html = await Promise.race([markup.catch(() => null), started.then(() => null)]);
  // The app takes over an empty container as it would start anywhere: a view
  // that failed, or comes after the app, is left out.
  if (html !== null && !container.hasChildNodes()) {
    const template = document.createElement('template');
    template.innerHTML = html;
    fillInStandIns(template.content, view);
    container.append(template.content);
  }
  await styled;
  container.hidden = false;
}

/**
 * Which prerendered file shows `element` as the app would first show it, and
 * how to fill in its stand-ins; `null` where the build wrote none (a search,
 * another source, settings of its own), and the app renders as before.
 */
function prerenderedView(element) {
  const attribute = (name) => element.getAttribute(name)?.trim() || null;
  if (!PRERENDERED || attribute('data-mode') === 'standalone') {
    return null;
  }
  const ownData = ['data-source-url', 'data-site-url'].some(attribute);
  const source = attribute('data-source');
  if (ownData || (source && source !== 'static')) {
    return null;
  }
  if (number(attribute('data-page-size'), PAGE_SIZE) !== PRERENDERED.pageSize) {
    return null;
  }
  const named = attribute('data-query-param');
  const param = named && QUERY_PARAM_NAME.test(named) ? named : DEFAULT_QUERY_PARAM;
  const fixed = languageOfTag(attribute('data-lang'));
  const lang = fixed ?? readerLanguage(param) ?? PRERENDERED.siteLanguage;
  const folder = PRERENDERED.languages.find((language) => language.tag === lang)?.folder;
  const bundleUrl = attribute('data-bundle-url').replace(/\/?$/, '/');
  const below = attribute('data-view') === 'latest' ? latestFile(attribute) : sectionFile(param);
  if (!folder || !below) {
    return null;
  }
  const host = attribute('data-view') === 'latest'
    ? attribute('data-full-url') ?? location.pathname
    : location.pathname + location.search;
  return {
    file: new URL(`${PRERENDERED.folder}/${folder}/${below}`, bundleUrl).href,
    bundle: bundleUrl,
    param,
    host,
    fixedLanguage: fixed !== null,
    dataFolder: relativeToDocument(`${bundleUrl}data/`),
  };
}

function latestFile(attribute) {
  const count = number(attribute('data-count'), LATEST_COUNT);
  return `latest-${count}${attribute('data-images') === 'true' ? '-pictures' : ''}.html`;
}

/** The full section's view that the host page's address names: an article, or a page of the listing, a tag or a year. */
function sectionFile(param) {
  const query = new URLSearchParams(location.search);
  const value = (suffix) => {
    const text = query.get(param + suffix);
    return text?.trim() ? text : null;
  };
  if (query.has(param)) {
    return `news/${encodeURIComponent(query.get(param))}/index.html`;
  }
  if (value('-q') || languageOfTag(value('-only'))) {
    return null;
  }
  const tag = value('-tag');
  const year = value('-year');
  const page = value('-page');
  // As `listing_path` names them: a tag's pages or a year's, not both.
  if (tag && year) {
    return null;
  }
  const filter = tag ? `tag/${encodeURIComponent(tag)}/` : year ? `archive/${encodeURIComponent(year)}/` : '';
  return `${filter}${page ? `page/${encodeURIComponent(page)}/` : ''}index.html`;
}

/** A whole number from 1 to `bounds.max`, else the default (as the app reads it). */
function number(text, bounds) {
  const value = /^\+?\d+$/.test(text ?? '') ? Number(text) : 0;
  return value >= 1 && value <= bounds.max ? value : bounds.default;
}

function languageOfTag(tag) {
  return LANGUAGES[(tag ?? '').split(/[-_]/)[0].toLowerCase()] ?? null;
}

/** The address's choice, the reader's earlier one, then the browser's preferences. */
function readerLanguage(param) {
  let remembered = null;
  try {
    remembered = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage refused (a sandboxed frame): as if nothing was chosen.
  }
  const fromAddress = new URLSearchParams(location.search).get(`${param}-lang`);
  return languageOfTag(fromAddress)
    ?? languageOfTag(remembered)
    ?? navigator.languages.map(languageOfTag).find(Boolean)
    ?? null;
}

/** Below the page's own base, the app names pictures relative to it. */
function relativeToDocument(url) {
  const base = document.baseURI;
  return base && url.startsWith(base) ? url.slice(base.length) : url;
}

/** The view's own addresses, data folder and language switch, as the app has them on this page. */
function fillInStandIns(fragment, view) {
  for (const link of fragment.querySelectorAll('a[href]')) {
    link.setAttribute('href', hostAddress(link.getAttribute('href'), view));
  }
  for (const image of fragment.querySelectorAll('img')) {
    for (const name of ['src', 'srcset']) {
      const value = image.getAttribute(name);
      if (value !== null) {
        image.setAttribute(name, value.replaceAll(STAND_IN_DATA_FOLDER, view.dataFolder));
      }
    }
  }
  if (view.fixedLanguage) {
    fragment.querySelector('.jn-languages')?.remove();
  }
}

/**
 * A stand-in address made real: the host's address with the parameters the
 * link sets, keeping those it kept, as `with_query_param` in the app builds it.
 */
function hostAddress(href, view) {
  if (!href.startsWith(`${STAND_IN_HOST_PATH}?`)) {
    return href;
  }
  const rename = (name) => (name.startsWith(STAND_IN_PARAM) ? view.param + name.slice(STAND_IN_PARAM.length) : name);
  const ours = new Set(PARAM_SUFFIXES.map((suffix) => view.param + suffix));
  const kept = new Set();
  const set = [];
  for (const pair of href.slice(STAND_IN_HOST_PATH.length + 1).split('&')) {
    const name = pair.split('=')[0];
    if (name === STAND_IN_HOST_PAIR) {
      continue;
    }
    if (pair === `${name}=${KEPT_VALUE}`) {
      kept.add(rename(name));
    } else {
      set.push(rename(name) + pair.slice(name.length));
    }
  }
  const address = view.host.split('#')[0];
  const question = address.indexOf('?');
  const path = question < 0 ? address : address.slice(0, question);
  const hostPairs = question < 0 ? [] : address.slice(question + 1).split('&');
  const pairs = hostPairs
    .filter((pair) => pair && (!ours.has(pair.split('=')[0]) || kept.has(pair.split('=')[0])))
    .concat(set);
  return pairs.length ? `${path}?${pairs.join('&')}` : path;
}

/** Starts the app on `wasm`, the response of its download; whether it started. */
async function startApp(wasm) {
  try {
    const { default: init } = await import(appFiles.js);
    await init({ module_or_path: wasm });
    return true;
  } catch (error) {
    if (stopIfTheApp(error)) {
      return false;
    }
    const refused = /Content.Security.Policy|wasm-unsafe-eval|unsafe-eval/i.test(String(error?.message ?? error));
    console.error(
      refused
        ? "jointlink-news: this page's Content-Security-Policy does not allow WebAssembly (script-src needs 'wasm-unsafe-eval'), so the news stays as the page shows it and its links load whole pages."
        : 'jointlink-news: the app could not start; the news stays as the page shows it.',
      error,
    );
    return false;
  }
}

/** Shows the message in every instance if `error` is the app's wasm stopping (not another script's); whether it was. */
function stopIfTheApp(error) {
  const stack = String(error?.stack);
  if (!(error instanceof WebAssembly.RuntimeError) || !Object.values(appFiles).some((file) => stack.includes(file))) {
    return false;
  }
  if (!stopped) {
    stopped = true;
    console.error('jointlink-news stopped: the app met an unexpected error and was halted.', error);
  }
  for (const element of elements) {
    // Where the app renders: the element itself (standalone), or its shadow root's container.
    const root = element.shadowRoot
      ? [...element.shadowRoot.children].find((child) => child.tagName === 'DIV')
      : element;
    if (root) {
      showStopped(root);
    }
  }
  return true;
}

function showStopped(root) {
  // The interface language the instance showed last.
  const lang = root.querySelector('.jn[lang]')?.getAttribute('lang');
  const texts = STOPPED_TEXTS[lang] ?? STOPPED_TEXTS.en;
  const element = (name, className, text = '') => {
    const made = document.createElement(name);
    made.className = className;
    made.textContent = text;
    return made;
  };
  const app = element('div', 'jn');
  app.lang = STOPPED_TEXTS[lang] ? lang : 'en';
  const failure = element('div', 'jn-failure');
  failure.setAttribute('role', 'alert');
  const reload = element('a', 'jn-button', texts.reload);
  reload.href = document.URL;
  // Left to the browser: the app's router must not take this link over.
  reload.rel = 'external';
  failure.append(element('p', 'jn-failure-what', texts.stopped), reload);
  app.append(failure);
  root.replaceChildren(app);
  root.hidden = false;
}
