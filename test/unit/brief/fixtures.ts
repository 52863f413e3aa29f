// Records for the brief tests: a small meeting written here, and the corpus meetings of the
// sample data, both turned into stored records (ids, revisions) the way the vault returns them.
import {
  directive,
  indicator,
  meeting,
  observation,
  type Directive,
  type IndicatorWithObservations,
  type Meeting,
} from '../../../shared/domain';
import { buildSampleData, MEETING_IDS } from '../../../shared/sample';
import {
  findPlaceholder,
  layoutBrief,
  runsText,
  type BodyBlock,
  type Brief,
  type LayoutBlock,
  type BriefOrganisation,
  type DirectiveTableNode,
  type TemplateContext,
} from '../../../shared/brief';

const META = {
  createdAt: '2025-08-26T10:00:00.000Z',
  updatedAt: '2025-08-26T10:00:00.000Z',
  revision: 1,
  originOrg: 'Văn phòng Chính phủ',
};

export const ORGANISATION: BriefOrganisation = {
  name: 'Văn phòng Chính phủ',
  superiorBody: '',
  abbreviation: 'VPCP',
  draftingUnit: 'QHQT',
  place: 'Hà Nội',
  signer: {
    authority: 'KT',
    authorityOf: 'Bộ trưởng, Chủ nhiệm',
    title: 'Phó Chủ nhiệm',
    name: 'Nguyễn Văn An',
  },
  drafterInitials: 'NVA',
};

export const SMALL_MEETING_ID = '2b0c9a34-7d1e-4f4e-9a55-0c1d2e3f4a5b';
export const SMALL_INDICATOR_ID = '6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5c';
export const SMALL_OBSERVATION_ID = '7b2e1d3f-4c5e-4f60-9bac-1d2e3f4a5b6d';

/** A meeting small enough to read in full: two conclusions, two tasks, one figure. */
export function smallContext(): TemplateContext {
  const m: Meeting = meeting.parse({
    ...META,
    id: SMALL_MEETING_ID,
    title: 'Họp về tiến độ giải ngân vốn đầu tư công',
    kind: 'regular',
    date: '2025-09-05',
    partOfDay: 'morning',
    time: null,
    mode: 'in-person',
    location: 'Trụ sở Bộ Tài chính',
    connectionPoints: [],
    chair: {
      name: 'Trần Thị Bình',
      title: 'Thứ trưởng Bộ Tài chính',
      organisation: 'Bộ Tài chính',
      committeeRole: '',
    },
    attendees: [
      {
        name: 'Lê Văn Cường',
        title: 'Vụ trưởng Vụ Đầu tư',
        organisation: 'Bộ Tài chính',
        committeeRole: '',
      },
    ],
    purpose: 'Đánh giá tiến độ giải ngân vốn đầu tư công 8 tháng.',
    summary: 'Các đơn vị báo cáo tiến độ giải ngân.',
    results: 'Tỷ lệ giải ngân đạt mức khá.',
    difficulties: 'Một số dự án chậm giải phóng mặt bằng.',
    conclusions: [
      { id: 'k1', text: 'Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm.' },
      { id: 'k2', text: 'Rà soát, điều chuyển vốn của các dự án chậm giải ngân.' },
    ],
    legalReferences: [
      {
        numberSymbol: '30/2020/NĐ-CP',
        type: 'Nghị định',
        issuer: 'Chính phủ',
        date: '2020-03-05',
        title: 'Về công tác văn thư',
      },
    ],
    sources: [],
    secrecy: 'none',
    urgency: 'none',
  });
  const task = (
    id: string,
    conclusionId: string,
    t: string,
    lead: string,
    deadline: string | null,
  ): Directive =>
    directive.parse({
      ...META,
      id,
      assignee: lead,
      task: t,
      deadline,
      authority: 'Thứ trưởng Trần Thị Bình',
      responsibility: '',
      deliverable: '',
      leadUnit: lead,
      coordinatingUnits: ['Ủy ban nhân dân các tỉnh'],
      pillar: 'economy',
      status: 'in-progress',
      completedOn: null,
      progressNotes: [],
      meetingId: SMALL_MEETING_ID,
      conclusionId,
      secrecy: 'none',
    });
  const gdp: IndicatorWithObservations = {
    ...indicator.parse({
      ...META,
      id: SMALL_INDICATOR_ID,
      name: 'Tốc độ tăng trưởng GDP',
      pillar: 'economy',
      unit: '%',
      description: '',
    }),
    observations: [
      observation.parse({
        ...META,
        id: SMALL_OBSERVATION_ID,
        indicatorId: SMALL_INDICATOR_ID,
        value: 7.52,
        period: { kind: 'half', year: 2025, half: 1 },
        asOf: '2025-08-26',
        source: 'Cổng Thông tin điện tử Chính phủ (VGP), 26/8/2025',
        status: 'estimate',
        comparison: '',
        target: null,
      }),
    ],
  };
  return {
    meeting: m,
    directives: [
      task(
        '0c6f4e2a-1b3d-4c5e-8f70-1a2b3c4d5e01',
        'k1',
        'Hoàn thành giải phóng mặt bằng Dự án đường vành đai',
        'Ủy ban nhân dân tỉnh Bắc Ninh',
        '2025-10-31',
      ),
      task(
        '0c6f4e2a-1b3d-4c5e-8f70-1a2b3c4d5e02',
        'k2',
        'Trình phương án điều chuyển vốn',
        'Vụ Đầu tư',
        null,
      ),
    ],
    indicators: [gdp],
    organisation: ORGANISATION,
    today: '2025-09-08',
  };
}

/** A corpus meeting of the sample data, with its directives and the sample figures. */
export function sampleContext(meetingId: string = MEETING_IDS.committee20250826): TemplateContext {
  const data = buildSampleData(META.originOrg);
  const input = data.meetings.find((x) => x.id === meetingId);
  if (!input) throw new Error(`no sample meeting ${meetingId}`);
  const indicators = data.indicators.map((i) => ({
    ...indicator.parse({ ...META, ...i }),
    observations: data.observations
      .filter((o) => o.indicatorId === i.id)
      .map((o) => observation.parse({ ...META, ...o })),
  }));
  return {
    meeting: meeting.parse({ ...META, ...input }),
    directives: data.directives
      .filter((d) => d.meetingId === meetingId)
      .map((d) => directive.parse({ ...META, ...d })),
    indicators,
    organisation: ORGANISATION,
    today: '2025-08-28',
  };
}

type TaskRow = DirectiveTableNode['attrs']['rows'][number];

/**
 * A body with what its template left for the drafter done: the guidance lines (placeholders)
 * written over, and every row of its task tables completed by `fill`.
 */
export function drafted(
  content: readonly BodyBlock[],
  fill: (row: TaskRow) => TaskRow,
): BodyBlock[] {
  return content
    .filter(
      (block) => block.type === 'directiveTable' || findPlaceholder(JSON.stringify(block)) === null,
    )
    .map((block) =>
      block.type === 'directiveTable'
        ? { ...block, attrs: { ...block.attrs, rows: block.attrs.rows.map(fill) } }
        : block,
    );
}

/** Every printed line of a layout, tables and header included, in order. */
export function printed(blocks: readonly LayoutBlock[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'paragraph') return [runsText(b.runs)];
    if (b.kind === 'frame') return [b.text];
    if (b.kind === 'table') return b.rows.flatMap((r) => r.cells.flatMap((c) => printed(c.blocks)));
    return [];
  });
}

/** The brief's printed lines, as its layout sets them. */
export const printedLines = (b: Brief) => printed(layoutBrief(b).blocks);
