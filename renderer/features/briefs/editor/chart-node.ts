// A chart in the body editor (issue 13): statistics of directives or an indicator's series; a
// read-only atom that shows the picture the exports
// print, drawn by the shared layout from the node's own snapshot, with its caption below. Its
// attributes travel as JSON in data attributes, like the other live nodes.
import { Node, mergeAttributes } from '@tiptap/core';
import type { ChartNode } from '../../../../shared/brief';
import { chartLayout } from '../../../../shared/brief/layout/chart';
import { TEXT_WIDTH_MM } from '../../../../shared/brief/layout/style';
import { blockAtom, jsonAttr } from './live-nodes';

/** The chart's attributes keep the names its first version wrote (`data-chart-meetingid`). */
const json = (name: string, fallback: unknown) =>
  jsonAttr(name, fallback, `data-chart-${name.toLowerCase()}`);

/** An SVG as an <img> source: the page's CSP allows data: images, and no script in it can run. */
export const svgDataUrl = (svg: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export const Chart = Node.create({
  name: 'chart',
  ...blockAtom,
  addAttributes() {
    return {
      kind: json('kind', 'directive-stats'),
      by: json('by', 'unit'),
      meetingId: json('meetingId', null),
      caption: json('caption', ''),
      snapshot: json('snapshot', { today: '1970-01-01', rows: [] }),
    };
  },
  parseHTML: () => [{ tag: 'figure[data-chart]' }],
  renderHTML: ({ HTMLAttributes, node }) => {
    const [picture] = chartLayout(node.toJSON() as ChartNode, TEXT_WIDTH_MM);
    const svg = picture?.kind === 'chart' ? picture.svg : '';
    const caption = String(node.attrs.caption ?? '');
    return [
      'figure',
      mergeAttributes(HTMLAttributes, {
        'data-chart': '',
        contenteditable: 'false',
        'data-testid': 'brief-chart',
        class: 'bd-chart',
        title:
          node.attrs.kind === 'indicator-series'
            ? 'Biểu đồ lấy từ số liệu chỉ tiêu (chỉ đọc)'
            : 'Biểu đồ lấy từ số liệu nhiệm vụ (chỉ đọc)',
      }),
      ['img', { src: svgDataUrl(svg), alt: caption || 'Biểu đồ', style: 'width: 100%' }],
      ['figcaption', {}, caption],
    ];
  },
});
