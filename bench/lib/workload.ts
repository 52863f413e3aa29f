// The benchmark's records, generated once and saved identically into the encrypted vault and
// the plain database: meetings of ~2 KB of Vietnamese text, directives linked to them,
// indicators with long monthly series of observations. Every input goes through the
// contract's schemas, exactly as a handler would pass it to the vault.
import { randomUUID } from 'node:crypto';
import {
  directiveInput,
  indicatorInput,
  meetingInput,
  observationInput,
} from '../../shared/domain';
import type {
  DirectiveSave,
  IndicatorSave,
  MeetingSave,
  ObservationSave,
} from '../../electron/services/vault';
import { AGENCIES, NOUNS, PLACES, TITLES, Writer, seeded } from './vietnamese';

export interface WorkloadSize {
  meetings: number;
  directives: number;
  indicators: number;
  observations: number;
}

export interface Workload {
  meetings: MeetingSave[];
  directives: DirectiveSave[];
  indicators: IndicatorSave[];
  observations: ObservationSave[];
}

const KINDS = ['regular', 'review-conference', 'ad-hoc', 'other'] as const;
const MODES = ['in-person', 'online', 'hybrid'] as const;
const PILLARS = [
  'politics-defence-security',
  'economy',
  'culture-society-science',
  'general',
] as const;
const STATUSES = ['not-started', 'in-progress', 'done'] as const;
const UNITS = ['%', 'tỷ USD', 'nghìn tỷ đồng', 'dự án', 'quốc gia', 'triệu lượt khách'];

const pad = (n: number) => String(n).padStart(2, '0');

export function buildWorkload(size: WorkloadSize, seed = 20250826): Workload {
  const w = new Writer(seeded(seed));
  const date = (from: number, to: number) =>
    `${w.int(from, to)}-${pad(w.int(1, 12))}-${pad(w.int(1, 28))}`;
  const person = () => ({
    name: w.person(),
    title: w.pick(TITLES),
    organisation: w.pick(AGENCIES),
    committeeRole: '',
  });

  const meetings = Array.from({ length: size.meetings }, () => {
    const mode = w.pick(MODES);
    return meetingInput.strict().parse({
      id: randomUUID(),
      title: w.title(
        w.pick([
          'Phiên họp về',
          'Hội nghị',
          'Cuộc họp về',
          'Buổi làm việc về',
          'Hội nghị tổng kết',
        ]),
      ),
      kind: w.pick(KINDS),
      date: date(2015, 2025),
      partOfDay: w.pick(['morning', 'afternoon', 'all-day', null]),
      time: w.chance(0.3) ? `${pad(w.int(7, 17))}:${w.pick(['00', '30'])}` : null,
      mode,
      location: w.pick(PLACES),
      connectionPoints:
        mode === 'in-person'
          ? []
          : Array.from({ length: w.int(1, 3) }, () => ({
              site: `Điểm cầu ${w.pick(PLACES)}`,
              hostOfficial: w.person(),
              attendees: [],
            })),
      chair: { ...person(), committeeRole: 'Trưởng Ban Chỉ đạo' },
      attendees: Array.from({ length: w.int(3, 6) }, person),
      purpose: w.paragraph(120),
      summary: w.paragraph(500),
      results: w.paragraph(350),
      difficulties: w.paragraph(200),
      conclusions: Array.from({ length: 3 }, (_, i) => ({
        id: `c${i + 1}`,
        text: w.paragraph(100),
      })),
      legalReferences: w.chance(0.5)
        ? [
            {
              numberSymbol: `${w.int(1, 300)}/NQ-CP`,
              type: 'Nghị quyết',
              issuer: 'Chính phủ',
              date: date(2018, 2025),
              title: w.paragraph(60),
            },
          ]
        : [],
      sources: [],
      secrecy: 'none',
      urgency: 'none',
    });
  });

  const directives = Array.from({ length: size.directives }, (_, i) => {
    const meeting = meetings[i % meetings.length];
    const status = w.pick(STATUSES);
    const deadline = w.chance(0.9) ? date(2024, 2026) : null;
    return directiveInput.strict().parse({
      id: randomUUID(),
      assignee: w.pick(AGENCIES),
      task: w.paragraph(120),
      deadline,
      authority: 'Thủ tướng Chính phủ',
      responsibility: w.pick(TITLES),
      deliverable: w.chance(0.85)
        ? `${w.pick(['Đề án', 'Báo cáo', 'Dự thảo nghị định', 'Kế hoạch'])} về ${w.pick(NOUNS)}`
        : '',
      leadUnit: `Vụ ${w.pick(NOUNS)}`,
      coordinatingUnits: Array.from({ length: w.int(0, 2) }, () => w.pick(AGENCIES)),
      pillar: w.pick(PILLARS),
      status,
      completedOn: status === 'done' ? date(2024, 2025) : null,
      progressNotes: w.chance(0.4) ? [{ date: date(2024, 2025), text: w.sentence() }] : [],
      meetingId: meeting?.id ?? null,
      conclusionId: meeting ? 'c1' : null,
      secrecy: 'none',
    });
  });

  const indicators = Array.from({ length: size.indicators }, () =>
    indicatorInput.strict().parse({
      id: randomUUID(),
      name: `${w.pick(['Tỷ lệ', 'Tổng', 'Tốc độ tăng', 'Kim ngạch', 'Số'])} ${w.pick(NOUNS)}`,
      pillar: w.pick(PILLARS),
      unit: w.pick(UNITS),
      description: w.paragraph(150),
    }),
  );

  // Monthly series, oldest first, spread evenly over the indicators.
  const perIndicator = Math.ceil(size.observations / Math.max(1, size.indicators));
  const observations = Array.from({ length: size.observations }, (_, i) => {
    const indicator = indicators[Math.floor(i / perIndicator)] ?? indicators[0];
    const k = i % perIndicator;
    return observationInput.strict().parse({
      id: randomUUID(),
      indicatorId: indicator?.id,
      value: Math.round(w.random() * 100_000) / 100,
      period: { kind: 'month', year: 2010 + Math.floor(k / 12), month: (k % 12) + 1 },
      asOf: null,
      source: w.pick([
        'Cục Thống kê',
        'Bộ Tài chính',
        'Ngân hàng Nhà nước Việt Nam',
        'Bộ Công Thương',
      ]),
      comparison: w.chance(0.2)
        ? `${w.pick(['cao nhất', 'thấp nhất', 'tăng', 'giảm'])} so với cùng kỳ`
        : '',
      status: w.pick(['preliminary', 'official', 'estimate']),
      target: null,
    });
  });

  return { meetings, directives, indicators, observations };
}
