// The committee's 2025 year-end review conference: held at the Government headquarters and
// online with the provinces; the corpus report sees it from the Cà Mau connection point. Facts
// from that report (and the day and venue from the TTXVN report), text of our own.
import type { MeetingInput } from '../domain';
import {
  PRIME_MINISTER_CHAIR,
  RESOLUTION_59,
  SOURCE_CA_MAU_REVIEW_2025,
  SOURCE_TTXVN_REVIEW_2025,
} from './common';
import { MEETING_IDS } from './ids';

export const CONCLUSIONS_REVIEW_2025 = {
  concretise59: 'c1',
  fromParticipantToShaper: 'c2',
  linkToGrowthAndSecurity: 'c3',
  sixRo: 'c4',
  institutionsAndCoordination: 'c5',
  researchAndPeople: 'c6',
} as const;

const C = CONCLUSIONS_REVIEW_2025;

export const CA_MAU_CONNECTION_POINT = 'Điểm cầu tỉnh Cà Mau';

export const reviewConference2025: MeetingInput = {
  id: MEETING_IDS.review2025,
  title:
    'Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 của Ban Chỉ đạo quốc gia về hội nhập quốc tế',
  kind: 'review-conference',
  date: '2026-01-14',
  partOfDay: 'morning',
  time: null,
  mode: 'hybrid',
  location: 'Trụ sở Chính phủ, Hà Nội',
  connectionPoints: [
    {
      site: CA_MAU_CONNECTION_POINT,
      hostOfficial: 'Lữ Quang Ngời, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cà Mau',
      attendees: [
        {
          name: 'Lữ Quang Ngời',
          title: 'Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh',
          organisation: 'Ủy ban nhân dân tỉnh Cà Mau',
          committeeRole: '',
        },
        {
          name: 'Ngô Vũ Thăng',
          title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
          organisation: 'Ủy ban nhân dân tỉnh Cà Mau',
          committeeRole: '',
        },
      ],
    },
  ],
  chair: PRIME_MINISTER_CHAIR,
  attendees: [
    {
      name: 'Bùi Thanh Sơn',
      title: 'Phó Thủ tướng Chính phủ',
      organisation: 'Chính phủ',
      committeeRole: 'Phó Trưởng Ban',
    },
    {
      name: 'Lê Hoài Trung',
      title: 'Bộ trưởng Bộ Ngoại giao',
      organisation: 'Bộ Ngoại giao',
      committeeRole: '',
    },
    {
      name: '',
      title: 'Lãnh đạo các bộ, ngành, cơ quan Trung ương và các tỉnh, thành phố',
      organisation: 'Các bộ, ngành, địa phương',
      committeeRole: 'Thành viên Ban Chỉ đạo',
    },
  ],
  purpose:
    'Đánh giá công tác hội nhập quốc tế năm 2025 gắn với việc thực hiện Nghị quyết số 59-NQ/TW ' +
    'và thống nhất phương hướng, nhiệm vụ năm 2026 — năm đầu thực hiện Nghị quyết Đại hội đại ' +
    'biểu toàn quốc lần thứ XIV của Đảng.',
  summary:
    'Hội nghị họp trực tiếp tại Trụ sở Chính phủ và trực tuyến với điểm cầu 34 tỉnh, thành phố; ' +
    'bản ghi này lưu chi tiết điểm cầu tỉnh Cà Mau.\n' +
    'Theo báo cáo, năm 2025 hội nhập quốc tế gắn với Nghị quyết 59 được triển khai đồng bộ trên ' +
    'mọi lĩnh vực: chính trị, kinh tế, quốc phòng – an ninh, văn hóa – xã hội, khoa học, công nghệ. ' +
    'Thành viên Ban Chỉ đạo cho rằng kết quả có được nhờ lãnh đạo các cấp chỉ đạo kịp thời, linh ' +
    'hoạt, nhất là khi các nước lớn điều chỉnh chính sách thương mại.\n' +
    'Năm 2026, Ban Chỉ đạo đặt trọng tâm chuyển từ "tham gia" sang chủ động kiến tạo, đóng góp và ' +
    'định hình các khuôn khổ hợp tác quốc tế.\n' +
    'Thủ tướng nhấn mạnh Nghị quyết 59-NQ/TW ra đời giữa một năm thế giới nhiều khó khăn, tạo ' +
    'định hướng chiến lược xuyên suốt cho hội nhập của đất nước.',
  results:
    '1. Hội nhập kinh tế tiếp tục là động lực tăng trưởng: kim ngạch thương mại đạt mức kỷ lục ' +
    'mới; vốn FDI giải ngân cao nhất từ trước tới nay.\n' +
    '2. Đối ngoại cấp cao và đối ngoại đa phương được đẩy mạnh; vị thế, uy tín quốc tế của Việt ' +
    'Nam tiếp tục tăng.\n' +
    '3. Hội nhập về khoa học, công nghệ, đổi mới sáng tạo, văn hóa – xã hội chuyển biến tích cực, ' +
    'lan tỏa hình ảnh và bản sắc Việt Nam.',
  difficulties:
    'Năng lực triển khai giữa các bộ, ngành, địa phương chưa đồng đều; doanh nghiệp nhỏ và vừa ' +
    // The delegates' proposals are the meeting's recommendations (directives-review-2025.ts):
    // the report prints them under "Kiến nghị, đề xuất", not among the shortcomings.
    'chưa tận dụng tốt các hiệp định thương mại tự do thế hệ mới.',
  conclusions: [
    {
      id: C.concretise59,
      text:
        'Các bộ, ngành, địa phương tiếp tục quán triệt và cụ thể hóa Nghị quyết 59-NQ/TW trong năm ' +
        '2026, năm đầu thực hiện Nghị quyết Đại hội XIV.',
    },
    {
      id: C.fromParticipantToShaper,
      text: 'Chuyển mạnh từ tham gia sang chủ động đóng góp, dẫn dắt và định hình các khuôn khổ hợp tác quốc tế.',
    },
    {
      id: C.linkToGrowthAndSecurity,
      text:
        'Gắn hội nhập với ổn định kinh tế vĩ mô, đổi mới sáng tạo, chuyển đổi số, chuyển đổi xanh ' +
        'và bảo đảm quốc phòng, an ninh; lấy người dân, doanh nghiệp làm trung tâm.',
    },
    {
      id: C.sixRo,
      text:
        'Triển khai quyết liệt, thực chất theo nguyên tắc "6 rõ": rõ người, rõ việc, rõ thời gian, ' +
        'rõ thẩm quyền, rõ trách nhiệm, rõ sản phẩm.',
    },
    {
      id: C.institutionsAndCoordination,
      text:
        'Năm 2026 tiếp tục hoàn thiện thể chế, nâng hiệu quả phối hợp liên ngành và phát huy vai ' +
        'trò điều phối trung tâm của Ban Chỉ đạo.',
    },
    {
      id: C.researchAndPeople,
      text:
        'Làm sâu sắc hội nhập chính trị, quốc phòng, an ninh và đối ngoại đa phương; tăng cường ' +
        'nghiên cứu, dự báo chiến lược và nâng chất lượng nguồn nhân lực cho hội nhập.',
    },
  ],
  legalReferences: [RESOLUTION_59],
  sources: [SOURCE_CA_MAU_REVIEW_2025, SOURCE_TTXVN_REVIEW_2025],
  secrecy: 'none',
  urgency: 'none',
};
