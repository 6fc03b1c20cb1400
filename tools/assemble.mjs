// `make build` (`trunk build --release`), its post-build hook (tools/trunk-post-build.sh), last
// step: turns Trunk's staging directory into the site as a static host will serve it. Trunk has
// already compiled the wasm, run wasm-bindgen and wasm-opt, hashed the JS, the wasm, the
// stylesheet and the icon into their names, and copied echarts.min.js and embed.js; this reads
// those files (and the integrity Trunk computed for them) from the staging directory, index.html
// (the page shell: its `data-trunk` links are replaced here) and build/prerender.json (written
// by the native `prerender` binary).
// It adds, to every page: the prerendered article (or widget) in its language, our bootstrap
// (the app starts once the text has painted; integrity on the JS and the wasm), the
// Content-Security-Policy with a hash of every inline script, the ECharts bundle's integrity for
// the lazy loader; and writes _headers (the same CSP and the cache rules as HTTP headers,
// Netlify / Cloudflare Pages format, also read by tools/serve.mjs) and csp.txt.
// Under `trunk serve` it keeps Trunk's live-reload script (its hash joins the CSP).
// It fails loudly if anything it relies on is missing.
// Usage: node tools/assemble.mjs [staging dir, default $TRUNK_STAGING_DIR] [build/prerender.json]
import { createHash } from 'node:crypto';
import { transform } from 'esbuild';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dist) throw new Error('assemble: no staging directory (run through `trunk build`, or pass it)');
const pre = JSON.parse(readFileSync(process.argv[3] ?? 'build/prerender.json', 'utf8'));
const APP = 'h200-explainer';

const sri = (algo, body) => `${algo}-${createHash(algo).update(body).digest('base64')}`;

/** Replaces the one occurrence of `needle` (a string or a RegExp); throws if there is not exactly
 * one. Slices rather than String.replace, so a `$` in the replacement stays a `$`. */
function replaceOnce(haystack, needle, replacement, what) {
  const hits = [];
  if (typeof needle === 'string') {
    for (let i = haystack.indexOf(needle); i >= 0 && hits.length < 2; i = haystack.indexOf(needle, i + needle.length)) {
      hits.push([i, needle.length]);
    }
  } else {
    for (const m of haystack.matchAll(new RegExp(needle.source, 'g'))) hits.push([m.index, m[0].length]);
  }
  if (hits.length !== 1) throw new Error(`assemble: expected exactly one ${what} in index.html`);
  const [[i, length]] = hits;
  return haystack.slice(0, i) + replacement + haystack.slice(i + length);
}

// What Trunk wrote: one file per pattern, its content hash in its name.
const trunkHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const staged = (pattern, what) => {
  const hits = readdirSync(dist).filter((f) => pattern.test(f));
  if (hits.length !== 1) throw new Error(`assemble: expected one ${what} from Trunk in ${dist}, found ${hits.length}`);
  return hits[0];
};
const jsFile = staged(new RegExp(`^${APP}-[0-9a-z]+\\.js$`), 'JS glue');
const wasmFile = staged(new RegExp(`^${APP}-[0-9a-z]+_bg\\.wasm$`), 'wasm');
const cssFile = staged(/^site-[0-9a-z]+\.css$/, 'stylesheet');
const iconFile = staged(/^favicon-[0-9a-z]+\.svg$/, 'icon');
const js = readFileSync(join(dist, jsFile));
const wasm = readFileSync(join(dist, wasmFile));
const css = readFileSync(join(dist, cssFile));
const echarts = readFileSync(join(dist, 'echarts.min.js'));
/** The integrity Trunk wrote for `file`, checked against the file itself: ours is the same
 * algorithm, so a difference means a file changed after Trunk hashed it. */
const integrity = (file, body) => {
  const mine = sri('sha384', body);
  const m = trunkHtml.match(new RegExp(`href="[^"]*${file.replace('.', '\\.')}"[^>]*integrity="([^"]+)"|integrity="([^"]+)"[^>]*href="[^"]*${file.replace('.', '\\.')}"`));
  const theirs = m && (m[1] ?? m[2]);
  if (theirs && theirs !== mine) throw new Error(`assemble: ${file}: Trunk's integrity ${theirs} is not the file's ${mine}`);
  return mine;
};
// `trunk serve` adds a live-reload script at the end of its page: kept, so saving a file reloads.
// Trunk's server fills in its address and path as it sends the page, which would break the
// script's hash in the CSP: filled in here instead (this host, the site's root), so it sends it as is.
const reload = [...trunkHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .find((s) => s.includes('.well-known/trunk/ws'))
  ?.replace(/(['`])\{\{__TRUNK_ADDRESS__\}\}\1/g, 'window.location.host')
  .replace(/\{\{__TRUNK_WS_BASE__\}\}/g, '/');

let html = readFileSync('index.html', 'utf8');
const link = (rel, href) => new RegExp(`<link data-trunk rel="${rel}"${href ? ` href="${href}"` : ''}[^>]*>`);
const swap = (pattern, replacement, what) => (html = replaceOnce(html, pattern, replacement, what));
swap(link('icon', 'public/favicon.svg'), `<link rel="icon" type="image/svg+xml" href="./${iconFile}" />`, 'icon link');
swap(link('css', 'build/site.css'), `<link rel="stylesheet" href="./${cssFile}" integrity="${integrity(cssFile, css)}" crossorigin="anonymous" />`, 'stylesheet link');
swap(link('copy-file', 'build/echarts.min.js'), '', 'ECharts copy link');
swap(link('copy-file', 'public/embed.js'), '', 'embed.js copy link');
// The article is HTML and needs no wasm: the wasm only brings the widgets to life. So it is
// fetched once the text has painted (the browser reports a paint entry; 500 ms at most), and
// then only when a widget comes within a screen of the window or keyboard focus enters one
// (an embed's widget is in view at once), and never on a page with no widget (the funnel's
// embed: its height is the page script's to report). No preloads: nothing competes with the
// text for bandwidth or delays the page's largest paint. Integrity on both files: the JS through
// an import map, the wasm through fetch. The wasm is compiled from the whole file, not streamed:
// streaming, the browser decodes the module on the page's own thread as the bytes arrive, and
// its last part with the instantiation was one task of 50–105 ms at 4x CPU; from a buffer it
// decodes off that thread (issue 24: embeds' TBT).
swap(link('rust'), `<script type="importmap">${JSON.stringify({ integrity: { [`./${jsFile}`]: integrity(jsFile, js) } })}</script>
    <script type="module">
if (document.getElementById('prerender')) {
  await new Promise((go) => {
    const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    const type = ['largest-contentful-paint', 'paint'].find((t) => types.includes(t));
    if (type) new PerformanceObserver((_, o) => { o.disconnect(); setTimeout(go); }).observe({ type, buffered: true });
    setTimeout(go, 500);
  });
  await new Promise((go) => {
    // Nothing to bring to life: the wasm is never fetched (this promise never settles).
    if (!document.querySelector('[data-widget]')) return;
    // An embed's widget is the page, in view at once (and a host may keep the frame hidden till
    // it hears the height, as WordPress does: nothing in it would ever near the window).
    if (!window.IntersectionObserver || document.documentElement.classList.contains('is-embed')) return go();
    const near = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && go(), { rootMargin: '100% 0px' });
    const watch = () => document.querySelectorAll('[data-widget]').forEach((s) => near.observe(s));
    watch();
    // The language switch brings the other tree's slots.
    document.addEventListener('h200:swapped', () => (near.disconnect(), watch()));
    document.addEventListener('focusin', (e) => e.target.closest && e.target.closest('[data-widget]') && go());
  });
}
const bindings = await import('./${jsFile}');
const bytes = await (await fetch('./${wasmFile}', { integrity: '${integrity(wasmFile, wasm)}' })).arrayBuffer();
await bindings.default({ module_or_path: await WebAssembly.compile(bytes) });
</script>`, 'rust link');
if (html.includes('data-trunk')) throw new Error('assemble: a data-trunk link is left that this script does not know');

// The language resolver runs first in <head>; the tree goes where the placeholder comment is.
html = replaceOnce(html, '<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <script>${pre.head_script}</script>`, 'charset meta');
// Each page's own tree goes where TREE is (pageHtml, below): the inline scripts, hashed into the
// policy next, are the same on every page.
const TREE = '<!--page tree-->';
// The page script (src/page.js), inline right after the tree: it runs as soon as the tree is in,
// and needs no request. Minified as the stylesheet is (esbuild, no syntax lowered): 27 KB raw to
// 18, 7.4 KB brotli to 6.1 of every page's HTML, which the largest paint waits for (issue 24). As
// a file of its own (deferred, with integrity) it was measured too: Lighthouse LCP 1130 -> 1200 ms
// in Japanese, so it stays inline. An inline script must not open an HTML comment or close a
// tag (the page script looks for the tree's `<!--tree-->` marks): `<` written as \x3C there.
const pageJs = (await transform(pre.body_script, { loader: 'js', minify: true, target: 'esnext' })).code
  .replaceAll('<!--', '\\x3C!--').replaceAll('</', '\\x3C/');
html = replaceOnce(html, '<!-- prerender -->', `${TREE}<script>${pageJs}</script>${reload ? `<script>${reload}</script>` : ''}`, 'prerender placeholder');

// Only scripts from our origin, inline ones by hash; WebAssembly may compile. Styles allow inline
// attributes: ECharts writes style="" into its tooltips and labels (no script can come from that).
// Every page has the same inline scripts (the embed pages differ only in their prerender), so one
// policy serves them all, as a <meta> here and as a header in _headers.
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
html = replaceOnce(html, '<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`, 'charset meta');
// The lazy ECharts loader sets this as the script's integrity.
html = replaceOnce(html, '</head>', `<meta name="echarts-integrity" content="${sri('sha384', echarts)}" />\n</head>`, '</head>');

// Each page gets its own head tags (src/social: title, description, canonical, hreflang, Open
// Graph, Twitter, oEmbed discovery), in place of the shell's placeholder. Crawlers run no
// JavaScript, so each language has a file: index.html (Japanese head) and en.html (English head,
// and English unless ?lang= says otherwise: `data-page-lang`, read by the head script), each
// with the article in its language only (the switch fetches the other page's). Two pages per
// embeddable widget, one per language (embed-<w>.html, embed-<w>-en.html): the same page with
// that widget prerendered instead.
const META = /<!-- meta:[^>]*-->/;
const HEAD_LIMIT = 150 * 1024;
const pageHtml = (file) => {
  const page = pre.pages[file];
  if (!page) throw new Error(`assemble: the prerender wrote no head for ${file}`);
  let out = replaceOnce(html, META, page.head, `meta placeholder (${file})`);
  if (page.lang !== 'ja') out = replaceOnce(out, '<html lang="ja">', `<html lang="${page.lang}" data-page-lang="${page.lang}">`, '<html> tag');
  // The page's one tree, in its head language: the article's, or (an embed page) its widget's.
  const tree = page.embed ? pre.embeds[page.embed]?.[page.lang] : pre.html[page.lang];
  if (!tree) throw new Error(`assemble: the prerender wrote no ${page.lang} tree for ${file}`);
  return replaceOnce(out, TREE, tree, `tree placeholder (${file})`);
};
const pages = Object.keys(pre.pages);
const written = Object.fromEntries(pages.map((file) => [file, pageHtml(file)]));
for (const [file, body] of Object.entries(written)) {
  // WordPress reads at most the first 150 KB of a page, and only up to </head>, when it looks
  // for the oEmbed link; Facebook and others also stop early. The big inline script (the page
  // script) and the prerender are in <body>, so the head is a few KB; this keeps it so.
  const end = body.indexOf('</head>');
  const headBytes = Buffer.byteLength(body.slice(0, end + '</head>'.length));
  if (end < 0 || headBytes > HEAD_LIMIT) throw new Error(`assemble: ${file}: </head> ends at ${headBytes} bytes, over ${HEAD_LIMIT}`);
  writeFileSync(join(dist, file), body);
}
writeFileSync(join(dist, 'csp.txt'), `${csp}\n`);
// The oEmbed answers, sitemap.xml and robots.txt, with absolute URLs from SITE_URL; the card
// images (stable names: a platform's cached preview of an old share keeps its image).
for (const [file, body] of Object.entries(pre.files)) writeFileSync(join(dist, file), body);
const cards = Object.values(pre.pages).map((p) => p.card);
for (const card of cards) copyFileSync(join(pre.cards_dir, card), join(dist, card));

// HTTP headers for hosts that read _headers (Netlify, Cloudflare Pages; tools/serve.mjs too).
// Each path gets exactly one Cache-Control: both formats join the values of a header that two
// matching rules set. Content-hashed files never change under their name: a year, immutable.
// Pages and the fixed-name files must pick up a new build: the browser revalidates after 5 min.
// Access-Control-Allow-Origin: an embed sandboxed without allow-same-origin has an opaque origin,
// so its module script and wasm fetch are cross-origin; the files are public and sent without
// credentials, so allowing every origin exposes nothing.
const rule = (path, ...headers) => `${path}\n${headers.map((h) => `  ${h}\n`).join('')}`;
const headers = [
  rule('/*',
    `Content-Security-Policy: ${csp}`,
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: strict-origin-when-cross-origin',
    'Access-Control-Allow-Origin: *'),
  rule('/', 'Cache-Control: public, max-age=300, must-revalidate'),
  // An embed page also names its oEmbed answer in a Link header (Slack reads it there too).
  ...pages.map((p) => {
    const oembed = p.startsWith('embed-') && `oembed-${p.slice('embed-'.length, -'.html'.length)}.json`;
    return oembed && pre.files[oembed]
      ? rule(`/${p}`, 'Cache-Control: public, max-age=300, must-revalidate', `Link: <${pre.site_url}${oembed}>; rel="alternate"; type="application/json+oembed"`)
      : rule(`/${p}`, 'Cache-Control: public, max-age=300, must-revalidate');
  }),
  // Fixed names, revalidated: the cards keep their names from build to build (see above).
  ...['echarts.min.js', 'embed.js', 'csp.txt', ...Object.keys(pre.files), ...cards].map((f) => rule(`/${f}`, 'Cache-Control: public, max-age=300, must-revalidate')),
  ...[jsFile, wasmFile, cssFile, iconFile].map((f) => rule(`/${f}`, 'Cache-Control: public, max-age=31536000, immutable')),
];
writeFileSync(join(dist, '_headers'), `# Written by tools/assemble.mjs for this build (the hashes change with it).\n${headers.join('')}`);
console.log(`assemble: ${inline.length} inline scripts hashed, prerender ${(pre.html.ja.length / 1024).toFixed(0)} KB (ja), ${pages.length} pages (${pages.length - 2} embed pages), ${cards.length} cards, _headers with ${headers.length} rules, site ${pre.site_url}`);
