// The physical limit the app is measured against: the explainer's text as plain static HTML,
// no JavaScript, generated from the same locale and data files, styled by the same stylesheet.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const read = (p) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const sources = read('data/sources.json');
const timeline = read('data/timeline.json');
const number = Object.fromEntries(sources.map((s, i) => [s.id, i + 1]));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The locale markup as HTML: citations as numbered links, glossary terms as their words. */
const rich = (s) =>
  esc(s)
    .replace(/\s*\[\[([^\]]+)\]\]/g, (_, ids) =>
      `<sup>${ids.split(',').map((id) => `<a href="#ref-${number[id.trim()]}">[${number[id.trim()]}]</a>`).join('')}</sup>`)
    .replace(/\{\{[^|}]+\|([^}]+)\}\}/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');

export function baseline(lang, cssHref) {
  const t = read(`locales/${lang}.json`);
  const s = t.section;
  const p = (sec, keys) => keys.map((k) => `<p>${rich(s[sec][k])}</p>`).join('\n');
  const h3 = (text) => `<h3>${esc(text)}</h3>`;
  const card = (id, name) =>
    `<article class="company-card"><h3>${name}</h3><dl>${['business', 'interest', 'capex', 'chips']
      .map((r) => `<div class="company-card__row"><dt>${esc(t.company.row[r])}</dt><dd>${rich(t.company[id][r])}</dd></div>`)
      .join('')}</dl></article>`;
  const sections = [
    ['intro', s.intro.heading, p('intro', ['p1', 'p2'])],
    ['approval', s.approval.heading, h3(s.approval.reports_heading) + p('approval', ['p1', 'p2']) + h3(s.approval.gates_heading) + p('approval', ['p3', 'p4'])],
    ['companies', s.companies.heading, p('companies', ['p1', 'p2']) + card('bytedance', 'ByteDance') + card('alibaba', 'Alibaba') + card('tencent', 'Tencent')],
    ['generations', s.generations.heading, h3(s.generations.gap_heading) + p('generations', ['p1']) + h3(s.generations.reach_heading) + p('generations', ['p2']) + h3(s.generations.best_heading) + p('generations', ['p3'])],
    ['domestic-chips', s.domestic.heading, h3(s.domestic.self_heading) + p('domestic', ['p1', 'p2', 'p3']) + h3(s.domestic.hybrid_heading) + p('domestic', ['p4', 'p5'])],
    ['conclusion', s.conclusion.heading, p('conclusion', ['p1', 'p2'])],
    ['timeline', s.after.heading, `<ol class="timeline">${timeline.map((e) => `<li class="tl-entry"><time datetime="${e.date}">${e.date}</time> ${esc(t.timeline.entry[e.id])}</li>`).join('\n')}</ol>`],
    ['sources', t.sources.heading, `<ol class="sources">${sources.map((x, i) => `<li id="ref-${i + 1}"><a href="${esc(x.url)}">${esc(x.title)}</a>. ${esc(x.outlet)}, ${x.date}.</li>`).join('\n')}</ol>`],
  ];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.site.doc_title)}</title>
<link rel="stylesheet" href="${cssHref}">
<link rel="icon" href="data:,">
</head>
<body>
<header class="site-header"><div class="site-header__inner"><div class="site-header__titles">
<h1 class="site-title">${esc(t.lede.headline)}</h1><p class="site-subtitle">${esc(t.lede.dek)}</p></div></div></header>
<main class="article">
${sections.map(([id, h, body]) => `<section id="${id}" class="section"><h2>${esc(h)}</h2>\n${body}</section>`).join('\n')}
</main>
</body>
</html>
`;
}

/** Writes baseline-ja.html and baseline-en.html into `dir`, linking the stylesheet found there. */
export function writeBaselines(dir) {
  const css = readdirSync(dir).find((f) => /^main-.*\.css$/.test(f));
  for (const lang of ['ja', 'en']) writeFileSync(join(dir, `baseline-${lang}.html`), baseline(lang, `./${css}`));
}
