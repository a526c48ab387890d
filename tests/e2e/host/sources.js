// The tests pass the widget's settings in this page's query:
// ?source=api&url=...&timeout=1 become data-source, data-source-url, data-timeout.
const settings = new URLSearchParams(location.search);
const news = document.getElementById('news');
for (const [name, attribute] of [['source', 'data-source'], ['url', 'data-source-url'], ['timeout', 'data-timeout'], ['site', 'data-site-url']]) {
  if (settings.has(name)) news.setAttribute(attribute, settings.get(name));
}
await import('/bundle/embed.js');
