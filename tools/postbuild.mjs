// After `trunk build --release`: splices the prerendered article (build/prerender.json, written
// by `cargo run --bin prerender`) into dist/index.html, adds the Content-Security-Policy with a
// hash of every inline script, records the ECharts bundle's integrity for the lazy loader, and
// fails loudly if anything it relies on is missing.
// Usage: node tools/postbuild.mjs [dist] [build/prerender.json]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const pre = JSON.parse(readFileSync(process.argv[3] ?? 'build/prerender.json', 'utf8'));
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');

function replaceOnce(haystack, needle, replacement, what) {
  const i = haystack.indexOf(needle);
  if (i < 0 || haystack.indexOf(needle, i + needle.length) >= 0) {
    throw new Error(`postbuild: expected exactly one ${what} in ${indexPath}`);
  }
  return haystack.slice(0, i) + replacement + haystack.slice(i + needle.length);
}

const sri = (algo, body) => `${algo}-${createHash(algo).update(body).digest('base64')}`;

// The language resolver runs first in <head>; the trees go where the placeholder comment is.
html = replaceOnce(html, '<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <script>${pre.head_script}</script>`,
  'charset meta');
html = replaceOnce(html, '<!-- prerender -->', `${pre.html}<script>${pre.body_script}</script>`, 'prerender placeholder');

// Trunk's bootstrap preloads the app at once, competing with the text for bandwidth and making the
// page's largest paint wait for it. Ours starts the app once the prerender has been painted (the
// browser reports a paint entry; 500 ms at most), with integrity on both files: the JS through an
// import map, the wasm through fetch.
const boot = html.match(/<script type="module">\s*import init, \* as bindings from '\.\/([\w.-]+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([\w.-]+\.wasm)' \}\);[\s\S]*?<\/script>/);
if (!boot) throw new Error('postbuild: Trunk\'s bootstrap script not found (Trunk changed?)');
const [, jsFile, wasmFile] = boot;
html = replaceOnce(html, boot[0], `<script type="importmap">${JSON.stringify({ integrity: { [`./${jsFile}`]: sri('sha384', readFileSync(join(dist, jsFile))) } })}</script>
<script type="module">
if (document.getElementById('prerender')) {
  await new Promise((go) => {
    const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    const type = ['largest-contentful-paint', 'paint'].find((t) => types.includes(t));
    if (type) new PerformanceObserver((_, o) => { o.disconnect(); setTimeout(go); }).observe({ type, buffered: true });
    setTimeout(go, 500);
  });
}
const bindings = await import('./${jsFile}');
const wasm = await bindings.default({ module_or_path: fetch('./${wasmFile}', { integrity: '${sri('sha384', readFileSync(join(dist, wasmFile)))}' }) });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
</script>`, 'bootstrap');
for (const link of html.match(/<link rel="(?:modulepreload|preload)"[^>]*>/g) ?? []) html = replaceOnce(html, link, '', 'preload link');

// Only scripts from our origin, inline ones by hash; WebAssembly may compile. Styles allow inline
// attributes: ECharts writes style="" into its tooltips and labels (no script can come from that).
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.map((s) => `'${sri('sha256', s)}'`).join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
html = replaceOnce(html, '<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
  'charset meta');

// The lazy ECharts loader sets this as the script's integrity.
const echarts = readFileSync(join(dist, 'echarts.min.js'));
html = replaceOnce(html, '</head>', `<meta name="echarts-integrity" content="${sri('sha384', echarts)}" />\n</head>`, '</head>');

writeFileSync(indexPath, html);
// One page per embeddable widget: the same page with that widget prerendered instead.
for (const [widget, trees] of Object.entries(pre.embeds)) {
  writeFileSync(join(dist, `embed-${widget}.html`), replaceOnce(html, pre.html, trees, 'prerendered article'));
}
writeFileSync(join(dist, 'csp.txt'), `${csp}\n`);
console.log(`postbuild: ${inline.length} inline scripts hashed, prerender ${(pre.html.length / 1024).toFixed(0)} KB, ${Object.keys(pre.embeds).length} embed pages`);
