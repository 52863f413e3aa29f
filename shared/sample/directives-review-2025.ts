// What the 2025 year-end review left to do: the chair's requirements for 2026 and the
// committee's 2026 focus (linked to their conclusion items), and the delegates' proposals,
// which nobody has taken up yet: kept as recommendations (kind 'recommendation'), not tasks —
// no conclusion item, no assignee, no authority, and not counted as tasks anywhere.
import type { DirectiveInput } from '../domain';
import { CHAIR_AUTHORITY, COMMITTEE_AUTHORITY, sampleDirective } from './common';
import { DIRECTIVE_IDS_REVIEW_2025 as ID, MEETING_IDS } from './ids';
import { CONCLUSIONS_REVIEW_2025 as C } from './review-2025';

const fromReview = (d: Parameters<typeof sampleDirective>[1]): DirectiveInput =>
  sampleDirective(MEETING_IDS.review2025, d);

/** The year the committee set its 2026 focus for. */
const END_OF_2026 = '2026-12-31';

export const directivesReview2025: DirectiveInput[] = [
  fromReview({
    id: ID.concretise59In2026,
    assignee: 'Các bộ, ngành, địa phương',
    task:
      'Tiếp tục quán triệt, cụ thể hóa Nghị quyết 59-NQ/TW trong năm 2026; gắn hội nhập với ổn ' +
      'định kinh tế vĩ mô, đổi mới sáng tạo, chuyển đổi số, chuyển đổi xanh, quốc phòng, an ninh.',
    authority: CHAIR_AUTHORITY,
    pillar: 'general',
    status: 'not-started',
    conclusionId: C.concretise59,
  }),
  fromReview({
    id: ID.institutionsAndCoordination,
    task:
      'Hoàn thiện thể chế về hội nhập, nâng hiệu quả phối hợp liên ngành và vai trò điều phối ' +
      'trung tâm của Ban Chỉ đạo.',
    deadline: END_OF_2026,
    authority: COMMITTEE_AUTHORITY,
    pillar: 'general',
    status: 'not-started',
    conclusionId: C.institutionsAndCoordination,
  }),
  fromReview({
    id: ID.researchAndPeople,
    task: 'Tăng cường nghiên cứu, dự báo chiến lược và nâng cao chất lượng nguồn nhân lực phục vụ hội nhập.',
    deadline: END_OF_2026,
    authority: COMMITTEE_AUTHORITY,
    pillar: 'general',
    status: 'not-started',
    conclusionId: C.researchAndPeople,
  }),
  fromReview({
    id: ID.businessSupport,
    kind: 'recommendation',
    task:
      'Hỗ trợ doanh nghiệp nâng chuẩn về chuyển đổi xanh, chuyển đổi số ' +
      'và mở rộng đầu tư ra nước ngoài.',
    pillar: 'economy',
    status: 'not-started',
  }),
  fromReview({
    id: ID.pilotCoordination,
    kind: 'recommendation',
    task:
      'Cho phép thí điểm cơ chế điều phối đặc thù và phân cấp mạnh hơn ' +
      'trong hoạt động hội nhập quốc tế.',
    pillar: 'general',
    status: 'not-started',
  }),
  fromReview({
    id: ID.defenceAndCrime,
    kind: 'recommendation',
    task: 'Đẩy mạnh đối ngoại quốc phòng và phòng, chống tội phạm xuyên quốc gia.',
    pillar: 'politics-defence-security',
    status: 'not-started',
  }),
  fromReview({
    id: ID.tourismAndCulture,
    kind: 'recommendation',
    task: 'Phát triển du lịch gắn với quảng bá văn hóa Việt Nam.',
    pillar: 'culture-society-science',
    status: 'not-started',
  }),
];
