// Charts are drawn with Apache ECharts in its server-side mode (`ssr: true` + the SVG
// renderer), which builds the SVG as a string with no DOM and no canvas. Why ECharts: it is an
// Apache project, actively maintained, MIT-compatible (Apache-2.0), tree-shakable, and — unlike
// Chart.js (canvas only) or D3/Vega (DOM, or a headless browser, for text measuring) — renders
// the same chart to SVG in the browser preview, in Node for DOCX/PDF and in the CLI, offline,
// from the same code. The SVG becomes a PNG for Word through resvg (electron/services/export).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

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

/** The font the PDF embeds and the PNG is drawn with; the browser falls back to Times. */
export const CHART_FONT = "'Liberation Serif', 'Times New Roman', serif";

export interface ChartSvg {
  svg: string;
  widthPx: number;
  heightPx: number;
}

/** One chart, rendered once and disposed (no animation: a document is a still picture). */
export function renderChartSvg(
  option: EChartsCoreOption,
  widthPx: number,
  heightPx: number,
): ChartSvg {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: widthPx,
    height: heightPx,
  });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return { svg: chart.renderToSVGString(), widthPx, heightPx };
  } finally {
    chart.dispose();
  }
}
