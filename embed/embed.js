// Shows the Jointlink news in every element of this page marked
// `data-jointlink-news`. Add this script once, after those elements:
//
//   <div data-jointlink-news></div>
//   <script type="module" src="https://<bundle host>/<bundle path>/embed.js"></script>
//
// The standalone site (index.html) starts the same way. Module scripts run
// after the document is parsed, so the script may also sit in the head.
//
// Everything else (the wasm app, its stylesheet and the default data folder)
// is found next to this file, so the bundle can live on any host and path.
const bundle = new URL('./', import.meta.url);

for (const element of document.querySelectorAll('[data-jointlink-news]')) {
  if (!element.hasAttribute('data-bundle-url')) {
    element.setAttribute('data-bundle-url', bundle.href);
  }
}

const { default: init } = await import(new URL('jointlink-news.js', bundle).href);
await init({ module_or_path: new URL('jointlink-news_bg.wasm', bundle) });
