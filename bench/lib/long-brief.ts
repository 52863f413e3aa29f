// The ~100-page brief of bench/export (headings, paragraphs, 100 indicator figures with their
// footnotes, a 500-row table), shared with the DOCX/PDF parity test so both measure one document.
import {
  createBrief,
  indicatorFigure,
  type BodyBlock,
  type Brief,
  type IndicatorFigureNode,
  type TemplateContext,
} from '../../shared/brief';
import { bullets, h, p } from '../../shared/brief/templates/build';
import { directive, indicator, meeting, observation } from '../../shared/domain';
import { buildSampleData, MEETING_IDS } from '../../shared/sample';
import { ORGANISATION } from '../../test/unit/brief/fixtures';

const META = {
  createdAt: '2025-08-26T10:00:00.000Z',
  updatedAt: '2025-08-26T10:00:00.000Z',
  revision: 1,
  originOrg: 'Bench',
};
export const FIGURES = 100;
export const TABLE_ROWS = 500;
export const SECTIONS = 46;

export function context(): TemplateContext {
  const data = buildSampleData('Bench');
  const m = data.meetings.find((x) => x.id === MEETING_IDS.committee20250826)!;
  return {
    meeting: meeting.parse({ ...META, ...m }),
    directives: data.directives
      .filter((d) => d.meetingId === m.id)
      .map((d) => directive.parse({ ...META, ...d })),
    indicators: data.indicators.map((i) => ({
      ...indicator.parse({ ...META, ...i }),
      observations: data.observations
        .filter((o) => o.indicatorId === i.id)
        .map((o) => observation.parse({ ...META, ...o })),
    })),
    // The tests' organisation, so the bench and the parity test lay out the same header.
    organisation: ORGANISATION,
    today: '2025-08-28',
  };
}

const SENTENCE =
  'Các bộ, ngành, địa phương tiếp tục quán triệt, cụ thể hóa Nghị quyết số 59-NQ/TW, rà soát hệ thống pháp luật, ' +
  'tháo gỡ các điểm nghẽn về thể chế, bảo đảm mỗi nhiệm vụ rõ người, rõ việc, rõ thời gian, rõ thẩm quyền, rõ trách nhiệm, rõ sản phẩm. ';

export function longBrief(ctx: TemplateContext): Brief {
  const b = createBrief('report', ctx);
  const figures = ctx.indicators.flatMap((i) => i.observations.map((o) => indicatorFigure(i, o)));
  const content: BodyBlock[] = [];
  let figure = 0;
  for (let s = 0; s < SECTIONS; s++) {
    if (s % 6 === 0) content.push(h(2, `Nội dung lớn thứ ${s / 6 + 1}`));
    content.push(h(3, `Lĩnh vực thứ ${s + 1}`));
    for (let k = 0; k < 6; k++) content.push(p(SENTENCE.repeat(3).trim()));
    const items: (string | IndicatorFigureNode)[][] = [];
    while (figure < ((s + 1) * FIGURES) / SECTIONS) {
      const f = figures[figure % figures.length]!;
      items.push([`${f.attrs.snapshot.indicatorName}: `, f, '.']);
      figure += 1;
    }
    if (items.length > 0) content.push(bullets(items));
  }
  const cell = (text: string, header = false) => ({
    type: header ? ('tableHeader' as const) : ('tableCell' as const),
    attrs: { colspan: 1, rowspan: 1, colwidth: null },
    content: [p(text)],
  });
  content.push(h(2, 'Bảng tổng hợp'), {
    type: 'table',
    content: [
      {
        type: 'tableRow',
        content: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'].map((t) =>
          cell(t, true),
        ),
      },
      ...Array.from({ length: TABLE_ROWS }, (_, i) => ({
        type: 'tableRow' as const,
        content: [
          String(i + 1),
          `Nhiệm vụ số ${i + 1} theo kết luận`,
          'Bộ Ngoại giao',
          '30/9/2025',
          'Đang thực hiện',
        ].map((t) => cell(t)),
      })),
    ],
  });
  content.push(p('Trân trọng báo cáo.'));
  b.body = { type: 'doc', content };
  return b;
}
