// A chart's SVG → PNG for the exports, with resvg (Rust, no browser, no system fonts: it draws
// the text with the shipped Liberation Serif, so the picture is the same on every machine).
// Drawn at 3× the layout's 96-dpi pixels (288 dpi): sharp in print, a few hundred KB at most.
// resvg (a native module, a few MB of memory) is loaded on the first chart a process draws,
// like the chart engine (export/index.ts): most exports have no chart.
import { createRequire } from 'node:module';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import type { LayoutChart } from '../../../shared/brief/layout';
import { fontPaths } from './fonts';

let Resvg: typeof ResvgClass | undefined;
const resvg = () =>
  (Resvg ??= (createRequire(import.meta.url)('@resvg/resvg-js') as { Resvg: typeof ResvgClass })
    .Resvg);

const SCALE = 3;
const cache = new WeakMap<LayoutChart, Buffer>();

export function chartPng(chart: LayoutChart): Buffer {
  const hit = cache.get(chart);
  if (hit) return hit;
  const fonts = fontPaths();
  const png = new (resvg())(chart.svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.normal, fonts.bold, fonts.italics, fonts.bolditalics],
      defaultFontFamily: 'Liberation Serif',
      serifFamily: 'Liberation Serif',
    },
    fitTo: { mode: 'width', value: chart.widthPx * SCALE },
    background: '#FFFFFF',
  })
    .render()
    .asPng();
  cache.set(chart, png);
  return png;
}
