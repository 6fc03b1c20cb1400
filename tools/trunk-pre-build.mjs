// Trunk's pre-build hook (Trunk.toml): what index.html's `data-trunk` links need before Trunk
// reads them. build/site.css is the one stylesheet readers get: the design tokens
// (style/tokens.css, documented in style/README.md) first, then the rules that use them.
// build/echarts.min.js is our ECharts bundle (only the charts and components in use), rebuilt
// when its entry, its builder or the lockfile is newer.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';

mkdirSync('build', { recursive: true });
// Minified (esbuild, no syntax lowered: `esnext`): the sources explain every rule in comments,
// which readers need not download; 15.0 → 8.6 KB brotli, and the first view under its 100 KB
// (issue 24).
const source = ['style/tokens.css', 'style/main.css'].map((f) => readFileSync(f, 'utf8')).join('');
const { code: css } = await transform(source, { loader: 'css', minify: true, target: 'esnext', legalComments: 'none' });
// Written only when it changed, so `trunk serve` does not see a new file on every build.
let old = null;
try {
  old = readFileSync('build/site.css', 'utf8');
} catch {}
if (old !== css) writeFileSync('build/site.css', css);

const mtime = (f) => {
  try {
    return statSync(f).mtimeMs;
  } catch {
    return 0;
  }
};
const bundle = mtime('build/echarts.min.js');
if (['tools/echarts-entry.mjs', 'tools/build-echarts.mjs', 'package-lock.json'].some((f) => mtime(f) > bundle)) {
  await import('./build-echarts.mjs');
}
