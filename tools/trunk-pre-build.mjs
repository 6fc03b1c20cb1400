// Trunk's pre-build hook (Trunk.toml): what index.html's `data-trunk` links need before Trunk
// reads them. build/site.css is the one stylesheet readers get: the design tokens
// (style/tokens.css, documented in style/README.md) first, then the rules that use them.
// build/echarts.min.js is our ECharts bundle (only the charts and components in use), rebuilt
// when its entry, its builder or the lockfile is newer.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

mkdirSync('build', { recursive: true });
const css = ['style/tokens.css', 'style/main.css'].map((f) => readFileSync(f, 'utf8')).join('');
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
