// A layout chart in each export: a real picture (PNG under word/media in the DOCX, an image
// XObject in the PDF), placed at the layout's width (the text width) and centred. Kept in its
// own file so the paragraph and table writers stay as they are.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { Content } from 'pdfmake/interfaces';
import type { LayoutChart } from '../../../shared/brief/layout';
import { chartPng } from './chart-image';

const PX_PER_MM = 96 / 25.4;
const PT_PER_MM = 72 / 25.4;

export function chartParagraph(chart: LayoutChart, title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: chart.keepWithNext === true,
    spacing: { before: Math.round(chart.spaceBeforePt * 20), after: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: chartPng(chart),
        // docx takes 96-dpi pixels: the layout's millimetres, so the picture is the text width.
        transformation: {
          width: Math.round(chart.widthMm * PX_PER_MM),
          height: Math.round(chart.heightMm * PX_PER_MM),
        },
        altText: { name: title, description: title, title },
      }),
    ],
  });
}

export function chartContent(chart: LayoutChart): Content {
  return {
    image: `data:image/png;base64,${chartPng(chart).toString('base64')}`,
    width: chart.widthMm * PT_PER_MM,
    height: chart.heightMm * PT_PER_MM,
    alignment: 'center',
    margin: [0, chart.spaceBeforePt, 0, 0],
  };
}
