// The figures reported at the meeting of 26/8/2025, each as an indicator with one observation.
// Values are plain numbers (7.52, not "7,52"); the period says what span a figure covers, and
// the comparison keeps the report's own qualifier ("over 514", "highest in 15 years").
// The year-end review report (Cà Mau) gives no figures, only "record trade" and "highest FDI
// disbursement ever", which live in that meeting's results instead.
import type { IndicatorInput, ObservationInput } from '../domain';
import { SOURCE_TEXT_BOTH, SOURCE_TEXT_VGP } from './common';
import { INDICATOR_IDS as I, OBSERVATION_IDS as O } from './ids';

const MEETING_DAY = '2025-08-26';
const RESOLUTION_153_DAY = '2025-05-31';

export const sampleIndicators: IndicatorInput[] = [
  {
    id: I.gdpGrowth,
    name: 'Tốc độ tăng trưởng GDP',
    pillar: 'economy',
    unit: '%',
    description: 'Tốc độ tăng tổng sản phẩm trong nước so với cùng kỳ năm trước.',
  },
  {
    id: I.goodsExports,
    name: 'Kim ngạch xuất khẩu hàng hóa',
    pillar: 'economy',
    unit: 'tỷ USD',
    description: 'Tổng giá trị hàng hóa xuất khẩu, lũy kế từ đầu năm.',
  },
  {
    id: I.fdiRegistered,
    name: 'Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký',
    pillar: 'economy',
    unit: 'tỷ USD',
    description: 'Tổng vốn FDI đăng ký, lũy kế từ đầu năm.',
  },
  {
    id: I.fdiDisbursed,
    name: 'Vốn đầu tư trực tiếp nước ngoài (FDI) thực hiện',
    pillar: 'economy',
    unit: 'tỷ USD',
    description: 'Vốn FDI đã giải ngân, lũy kế từ đầu năm.',
  },
  {
    id: I.upgradedRelations,
    name: 'Số nước được nâng cấp quan hệ từ tháng 01/2025',
    pillar: 'politics-defence-security',
    unit: 'nước',
    description: 'Số quốc gia Việt Nam nâng cấp khuôn khổ quan hệ kể từ tháng 01/2025.',
  },
  {
    id: I.comprehensivePartners,
    name: 'Số đối tác từ Đối tác toàn diện trở lên',
    pillar: 'politics-defence-security',
    unit: 'đối tác',
    description: 'Số đối tác có quan hệ từ mức Đối tác toàn diện trở lên tại thời điểm báo cáo.',
  },
  {
    id: I.programmeTargets,
    name: 'Chỉ tiêu của Chương trình hành động thực hiện Nghị quyết 59',
    pillar: 'general',
    unit: 'chỉ tiêu',
    description:
      'Số chỉ tiêu Nghị quyết số 153/NQ-CP đặt ra cho các bộ, ngành, địa phương, bao quát ba trụ cột hội nhập.',
  },
  {
    id: I.programmeTasks,
    name: 'Nhiệm vụ của Chương trình hành động thực hiện Nghị quyết 59',
    pillar: 'general',
    unit: 'nhiệm vụ',
    description: 'Số nhiệm vụ cụ thể Nghị quyết số 153/NQ-CP giao cho các bộ, ngành, địa phương.',
  },
  {
    id: I.guidingDocuments,
    name: 'Văn bản chỉ đạo về hội nhập quốc tế đã ban hành',
    pillar: 'general',
    unit: 'văn bản',
    description:
      'Số văn bản chỉ đạo liên quan đến hội nhập quốc tế, lũy kế từ khi thực hiện chủ trương hội nhập.',
  },
];

type ObservationCore = Pick<
  ObservationInput,
  'id' | 'indicatorId' | 'value' | 'period' | 'asOf' | 'source' | 'status'
> &
  Partial<Pick<ObservationInput, 'comparison'>>;

const observe = (o: ObservationCore): ObservationInput => ({ comparison: '', target: null, ...o });

export const sampleObservations: ObservationInput[] = [
  observe({
    id: O.gdpGrowthH1,
    indicatorId: I.gdpGrowth,
    value: 7.52,
    period: { kind: 'half', year: 2025, half: 1 },
    asOf: MEETING_DAY,
    source: SOURCE_TEXT_VGP,
    status: 'estimate',
    comparison: 'Mức tăng cao nhất của cùng kỳ trong 15 năm (2011–2025)',
  }),
  observe({
    id: O.goodsExports7m,
    indicatorId: I.goodsExports,
    value: 514,
    period: { kind: 'months', year: 2025, months: 7 },
    asOf: MEETING_DAY,
    source: SOURCE_TEXT_VGP,
    status: 'preliminary',
    comparison: 'Trên 514 tỷ USD',
  }),
  observe({
    id: O.fdiRegistered7m,
    indicatorId: I.fdiRegistered,
    value: 24.1,
    period: { kind: 'months', year: 2025, months: 7 },
    asOf: MEETING_DAY,
    source: SOURCE_TEXT_VGP,
    status: 'preliminary',
    comparison: 'Việt Nam thuộc nhóm 15 nước đang phát triển thu hút FDI cao nhất thế giới',
  }),
  observe({
    id: O.fdiDisbursed7m,
    indicatorId: I.fdiDisbursed,
    value: 13.6,
    period: { kind: 'months', year: 2025, months: 7 },
    asOf: MEETING_DAY,
    source: SOURCE_TEXT_VGP,
    status: 'preliminary',
  }),
  // Counted from January to the meeting in late August: the first eight months of 2025.
  observe({
    id: O.upgradedRelations,
    indicatorId: I.upgradedRelations,
    value: 9,
    period: { kind: 'months', year: 2025, months: 8 },
    asOf: MEETING_DAY,
    source: SOURCE_TEXT_BOTH,
    status: 'official',
    comparison: 'Tính từ tháng 01/2025 đến cuộc họp ngày 26/8/2025',
  }),
  observe({
    id: O.comprehensivePartners,
    indicatorId: I.comprehensivePartners,
    value: 38,
    period: { kind: 'months', year: 2025, months: 8 },
    asOf: MEETING_DAY,
    source: SOURCE_TEXT_BOTH,
    status: 'official',
    comparison: 'Tổng số sau khi nâng cấp quan hệ với 9 nước từ tháng 01/2025',
  }),
  observe({
    id: O.programmeTargets,
    indicatorId: I.programmeTargets,
    value: 22,
    period: { kind: 'year', year: 2025 },
    asOf: RESOLUTION_153_DAY,
    source: SOURCE_TEXT_VGP,
    status: 'official',
  }),
  observe({
    id: O.programmeTasks,
    indicatorId: I.programmeTasks,
    value: 117,
    period: { kind: 'year', year: 2025 },
    asOf: RESOLUTION_153_DAY,
    source: SOURCE_TEXT_VGP,
    status: 'official',
  }),
  observe({
    id: O.guidingDocuments,
    indicatorId: I.guidingDocuments,
    value: 600,
    period: { kind: 'year', year: 2025 },
    asOf: MEETING_DAY,
    source: SOURCE_TEXT_VGP,
    status: 'official',
    comparison: 'Hơn 600 văn bản, lũy kế gần 30 năm thực hiện chủ trương hội nhập quốc tế',
  }),
];
