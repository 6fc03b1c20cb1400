// Bundles tools/echarts-entry.mjs into build/echarts.min.js (an IIFE defining window.echarts).
import { build } from 'esbuild';

await build({
  entryPoints: ['tools/echarts-entry.mjs'],
  outfile: 'build/echarts.min.js',
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'echarts',
  target: ['es2019'],
  legalComments: 'none',
  banner: { js: '/*! Apache ECharts (apache.org/licenses/LICENSE-2.0), custom build for h200-explainer */' },
  logLevel: 'warning',
});
