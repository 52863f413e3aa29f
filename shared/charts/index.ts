// What the window imports to draw charts: the engine comes with it (render.ts says why the
// main process takes the narrower modules and loads the engine only when it needs it).
import { echartsEngine } from './echarts-engine';
import { setChartEngine } from './render';

setChartEngine(echartsEngine);

export * from './render';
export * from './stats-chart';
export * from './indicator-chart';
