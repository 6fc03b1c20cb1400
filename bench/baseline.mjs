// The physical limit the app is measured against: the explainer as plain static HTML, no
// JavaScript: the build's own prerendered tree in one language (what `index.html` and `en.html`
// carry, with the build-time drawings of the charts and the gate diagram), styled by the same
// stylesheet. Taken from the build, so it never drifts from the page it is compared with.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** The plain page in `lang`, from the built page in that language (index.html, en.html) in `dir`. */
export function baseline(dir, lang, cssHref) {
  const html = readFileSync(join(dir, lang === 'ja' ? 'index.html' : `${lang}.html`), 'utf8');
  const start = html.indexOf('<!--tree-->');
  const end = html.indexOf('<!--/tree-->', start);
  if (start < 0 || end < 0) throw new Error(`bench/baseline: no ${lang} tree in the ${lang} page`);
  const tree = html.slice(start + '<!--tree-->'.length, end);
  const title = (tree.match(/data-title="([^"]*)"/) || [])[1] || '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${cssHref}">
<link rel="icon" href="data:,">
</head>
<body>
<div id="prerender">${tree}</div>
</body>
</html>
`;
}

/** Writes baseline-ja.html and baseline-en.html into `dir`, linking the stylesheet found there,
 * each with its .br and .gz beside it as the build precompresses every page. */
export function writeBaselines(dir) {
  const css = readdirSync(dir).find((f) => /^(site|main)-.*\.css$/.test(f));
  if (!css) throw new Error('bench/baseline: no stylesheet in the build');
  for (const lang of ['ja', 'en']) {
    const file = join(dir, `baseline-${lang}.html`);
    const body = Buffer.from(baseline(dir, lang, `./${css}`));
    writeFileSync(file, body);
    writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
}
