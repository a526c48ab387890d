// Reads `twiggy top -f csv` on stdin and prints the shipped wasm's bytes by
// crate: the first path segment of each item's name (`reactive_graph::…`;
// `<T as Trait>::f` counts for T's crate). Custom sections (function names,
// wasm-bindgen's description), which never reach a reader, are left out.
import { createInterface } from 'node:readline';

/** The crate a symbol belongs to: its path's first segment, or for `<T as Trait>` T's, else Trait's. */
function crateOf(name) {
  const bare = (text) => text.replace(/^<+/, '').replace(/^(&mut |&|\*const |\*mut |dyn )+/, '');
  const first = (text) => bare(text).match(/^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/)?.[1];
  return first(name) ?? first(name.match(/ as ([^>]+)>/)?.[1] ?? '');
}

const byCrate = new Map();
let total = 0;
for await (const line of createInterface({ input: process.stdin })) {
  // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent; names may hold commas.
  const match = line.match(/^(.*),(\d+),[\d.]+,[^,]*,[^,]*$/);
  if (!match) continue;
  const name = match[1].replace(/^"|"$/g, '').replace(/""/g, '"');
  const size = Number(match[2]);
  // Never shipped: custom sections, and the descriptors wasm-bindgen reads and then removes.
  if (/subsection$|^custom section|__wbindgen_describe|WasmDescribe/.test(name)) continue;
  const crate = crateOf(name) ?? (name.startsWith('data segment') ? '(data segments)' : '(other: imports, tables, glue)');
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  total += size;
}
const rows = [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 14);
console.log('crate'.padEnd(32), 'KiB'.padStart(8), 'share'.padStart(7));
for (const [crate, size] of rows) {
  console.log(crate.padEnd(32), (size / 1024).toFixed(1).padStart(8), `${((size / total) * 100).toFixed(1)}%`.padStart(7));
}
console.log('total'.padEnd(32), (total / 1024).toFixed(1).padStart(8));
