// Drawing a chart option to SVG with the chart engine (echarts-engine.ts). The engine is
// handed in, not imported: the window draws charts from its first screen and loads it at once
// (the `shared/charts` entry below does), while the main process and the CLI load it only when
// a brief being laid out holds a chart (`loadChartEngine`, see electron/services/export).
import type { EChartsCoreOption } from 'echarts/core';

/** The font the PDF embeds and the PNG is drawn with; the browser falls back to Times. */
export const CHART_FONT = "'Liberation Serif', 'Times New Roman', serif";

export interface ChartSvg {
  svg: string;
  widthPx: number;
  heightPx: number;
}

/** Draws an option (animation off, fonts set) at a size, as an SVG string. */
export type ChartEngine = (option: EChartsCoreOption, widthPx: number, heightPx: number) => string;

let engine: ChartEngine | null = null;

export function setChartEngine(e: ChartEngine): void {
  engine = e;
}

/** Loads the engine if this process has not yet: before laying out a brief that has a chart. */
export async function loadChartEngine(): Promise<void> {
  if (engine) return;
  setChartEngine((await import('./echarts-engine')).echartsEngine);
}

/** One chart, as a still picture. The engine must be loaded (loadChartEngine) first. */
export function renderChartSvg(
  option: EChartsCoreOption,
  widthPx: number,
  heightPx: number,
): ChartSvg {
  if (!engine) throw new Error('The chart engine is not loaded: await loadChartEngine() first.');
  const full = { animation: false, textStyle: { fontFamily: CHART_FONT }, ...option };
  return { svg: engine(full, widthPx, heightPx), widthPx, heightPx };
}
