// A chart node → a picture as wide as its container and its caption below, centred and italic
// ("Hình 1. …"). The SVG is drawn here, once, so the preview, the DOCX (as a PNG) and the PDF
// all show the same chart from the same snapshot.
import { indicatorChartSvg } from '../../charts/indicator-chart';
import { statsChartSvg } from '../../charts/stats-chart';
import type { ChartNode } from '../chart-node';
import { paragraph, SIZE } from './style';
import type { LayoutBlock, LayoutChart } from './types';

export function chartLayout(node: ChartNode, widthMm: number): LayoutBlock[] {
  const a = node.attrs;
  // An indicator's series is drawn as the indicator page draws it, from the points kept.
  const { svg, widthPx, heightPx } =
    a.kind === 'directive-stats'
      ? statsChartSvg(a.snapshot.rows, a.by, widthMm)
      : indicatorChartSvg(
          a.snapshot.series.map((s) => ({ name: s.name, unit: s.unit, observations: s.points })),
          widthMm,
        );
  const chart: LayoutChart = {
    kind: 'chart',
    svg,
    widthPx,
    heightPx,
    widthMm,
    heightMm: Math.round(((widthMm * heightPx) / widthPx) * 100) / 100,
    spaceBeforePt: 6,
  };
  const caption = node.attrs.caption.trim();
  if (!caption) return [chart];
  chart.keepWithNext = true;
  return [
    chart,
    paragraph([{ text: caption, italic: true }], {
      align: 'center',
      sizePt: SIZE.table + 1,
      firstLineIndentMm: 0,
    }),
  ];
}
