// Draws charts to SVG with ECharts' own server-side renderer, for the build (called by the native
// prerender: src/prerender.rs, `draw_charts`). Reads JSON on stdin:
//   [{ key, wide, wide_size: [w, h], narrow, narrow_size: [w, h], card_size: [w, h] }]
// where `wide` and `narrow` are ECharts options built by charming (src/components/chart_option.rs)
// with the palette's placeholders for colours ("var(--token)", "var(--token)@alpha"); writes
//   { key: { wide: svg, narrow: svg, card: svg } }
// on stdout. The SVGs keep the placeholders as CSS custom properties (`fill="var(--text)"`), so an
// SVG inline in the page follows its light or dark colours like everything else; the text is set
// in the page's font (`font-family:inherit`). The card copy is the wide option at the card's size.
// Usage: node tools/chart-ssr.mjs < requests.json > drawings.json
import * as echarts from 'echarts';

const input = JSON.parse(await new Promise((done) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (c) => (text += c));
  process.stdin.on('end', () => done(text));
}));

// ECharts must see real colours (it computes hover shades and parses opacity), so each palette
// token is given a colour no chart uses, #EEnnFD; after drawing, each is put back as var(--token).
const tokens = [];
const sentinel = (token) => {
  let i = tokens.indexOf(token);
  if (i < 0) i = tokens.push(token) - 1;
  if (i > 255) throw new Error('chart-ssr: more than 256 colour tokens');
  return `#ee${i.toString(16).padStart(2, '0')}fd`;
};
const PLACEHOLDER = /^var\(--([a-z0-9-]+)\)(?:@([0-9.]+))?$/;
function colours(v) {
  if (typeof v === 'string') {
    const m = v.match(PLACEHOLDER);
    if (!m) return v;
    const hex = sentinel(m[1]);
    if (m[2] === undefined) return hex;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return `rgba(${r},${g},${b},${m[2]})`;
  }
  if (Array.isArray(v)) return v.map(colours);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, colours(x)]));
  return v;
}

let instance = 0;
function draw(option, [width, height]) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const o = colours(option);
  // A still picture: no animation, and the page's font rather than ECharts' `sans-serif`.
  o.animation = false;
  o.textStyle = { ...(o.textStyle || {}), fontFamily: 'inherit' };
  chart.setOption(o);
  let svg = chart.renderToSVGString();
  chart.dispose();
  instance += 1;
  svg = svg
    // Hover rules and the attributes ECharts keeps for its own event handling: a picture has no hover.
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ pointer-events="visible"/g, '')
    // ECharts' clip-path ids count from 1 in every instance: made unique on the page.
    .replace(/zr\d*-c(\d+)/g, (_, n) => `ssr${instance}-c${n}`)
    .replace(/#ee([0-9a-f]{2})fd/gi, (_, i) => `var(--${tokens[parseInt(i, 16)]})`)
    .replace(/rgba?\(\s*238\s*,\s*(\d+)\s*,\s*253\s*(?:,\s*[0-9.]+\s*)?\)/g, (_, i) => `var(--${tokens[Number(i)]})`);
  if (/#ee[0-9a-f]{2}fd/i.test(svg)) throw new Error('chart-ssr: a colour placeholder was left in a drawing');
  // The box comes from the page (CSS), the proportions from the viewBox.
  return svg.replace(/^<svg width="\d+" height="\d+"/, '<svg focusable="false"');
}

const out = {};
for (const r of input) {
  out[r.key] = { wide: draw(r.wide, r.wide_size), narrow: draw(r.narrow, r.narrow_size), card: draw(r.wide, r.card_size) };
}
process.stdout.write(JSON.stringify(out));
