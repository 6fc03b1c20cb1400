// The ECharts build the explainer ships: only the charts and components it uses, exposed as
// the `echarts` global that charming's WasmRenderer calls. Bundled by tools/build-echarts.mjs.
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
// The SVG renderer only for the SVG download (src/page.js: a server-side-style instance that
// renders a chart's option to a string); the charts on the page are drawn on canvas.
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  LabelLayout,
  CanvasRenderer,
  SVGRenderer,
]);

export * from 'echarts/core';
