// The chart engine: Apache ECharts in its server-side mode (`ssr: true` + the SVG renderer),
// which builds the SVG as a string with no DOM and no canvas. Why ECharts: it is an Apache
// project, actively maintained, MIT-compatible (Apache-2.0), tree-shakable, and — unlike
// Chart.js (canvas only) or D3/Vega (DOM, or a headless browser, for text measuring) — renders
// the same chart to SVG in the browser preview, in Node for DOCX/PDF and in the CLI, offline,
// from the same code. Loaded apart from render.ts (loadChartEngine): it is ~25–30 MB of a
// process's memory, which the main process pays only once a brief with a chart is exported.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartEngine } from './render';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  SVGRenderer,
]);

/** One chart, rendered once and disposed (no animation: a document is a still picture). */
export const echartsEngine: ChartEngine = (option, widthPx, heightPx) => {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: widthPx,
    height: heightPx,
  });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
};
