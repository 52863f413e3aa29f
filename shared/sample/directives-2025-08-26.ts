// The tasks the chair gave at the meeting of 26/8/2025. The reports name the task and, for
// some, a time frame; they rarely say who carries it out or answers for it. Those "rõ" are left
// out of the entries and stay blank, as they would in a real register, so the app has something
// true to flag.
import type { DirectiveInput } from '../domain';
import { CHAIR_AUTHORITY, sampleDirective } from './common';
import { DIRECTIVE_IDS_20250826 as ID, MEETING_IDS } from './ids';
import { CONCLUSIONS_20250826 as C } from './meeting-2025-08-26';

const fromMeeting = (d: Parameters<typeof sampleDirective>[1]): DirectiveInput =>
  sampleDirective(MEETING_IDS.committee20250826, d);

export const directives20250826: DirectiveInput[] = [
  fromMeeting({
    // The one task of the sample with all six "rõ". The reports fix the task, the deadline
    // (within September), the authority and the product; the foreign ministry and its minister
    // are filled in from their standing role in the committee, as the note below says.
    id: ID.workPlan,
    assignee: 'Bộ Ngoại giao',
    task:
      'Xây dựng Kế hoạch công tác của Ban Chỉ đạo quốc gia về hội nhập quốc tế năm 2025 và giai ' +
      'đoạn 2026–2030, mỗi nhiệm vụ trong kế hoạch đều bảo đảm "6 rõ".',
    deadline: '2025-09-30',
    authority: CHAIR_AUTHORITY,
    responsibility: 'Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn, Phó Trưởng Ban Thường trực',
    deliverable:
      'Kế hoạch công tác năm 2025 và Kế hoạch công tác giai đoạn 2026–2030 của Ban Chỉ đạo',
    leadUnit: 'Bộ Ngoại giao',
    coordinatingUnits: ['Bộ Công Thương', 'Các bộ, ngành, địa phương thành viên Ban Chỉ đạo'],
    pillar: 'general',
    status: 'in-progress',
    conclusionId: C.workPlan,
    progressNotes: [
      {
        date: '2025-08-26',
        text:
          'Giao tại cuộc họp chiều 26/8/2025, hạn trong tháng 9. Hai bản tin không nêu đơn vị thực ' +
          'hiện; ghi Bộ Ngoại giao và Phó Trưởng Ban Thường trực theo vai trò thường trực trong Ban Chỉ đạo.',
      },
    ],
  }),
  fromMeeting({
    id: ID.assemblyResolution,
    task:
      'Hoàn thành dự thảo Nghị quyết của Quốc hội về một số cơ chế, chính sách đặc biệt thực hiện ' +
      'hội nhập quốc tế, nhằm gỡ các điểm nghẽn về thể chế, chính sách.',
    authority: CHAIR_AUTHORITY,
    deliverable:
      'Nghị quyết của Quốc hội về một số cơ chế, chính sách đặc biệt thực hiện hội nhập quốc tế',
    pillar: 'general',
    status: 'in-progress',
    conclusionId: C.assemblyResolution,
  }),
  fromMeeting({
    id: ID.amendLaws,
    assignee: 'Các bộ, ngành',
    task:
      'Rà soát và sửa đổi ngay các văn bản pháp luật không còn phù hợp, đang cản trở hội nhập; cụ ' +
      'thể hóa nội dung về hội nhập trong các Nghị quyết 57, 66 và 68.',
    authority: CHAIR_AUTHORITY,
    pillar: 'general',
    status: 'not-started',
    conclusionId: C.assemblyResolution,
  }),
  fromMeeting({
    id: ID.cybercrimeConvention,
    task: 'Chuẩn bị tổ chức Lễ ký Công ước của Liên Hợp Quốc về chống tội phạm mạng tại Hà Nội.',
    // "In October": the end of the month is the latest the ceremony can take place.
    deadline: '2025-10-31',
    authority: CHAIR_AUTHORITY,
    deliverable: 'Lễ ký Công ước của Liên Hợp Quốc về chống tội phạm mạng được tổ chức tại Hà Nội',
    pillar: 'politics-defence-security',
    status: 'in-progress',
    conclusionId: C.majorEvents,
  }),
  fromMeeting({
    id: ID.apec2027,
    task: 'Khẩn trương hoàn thiện bộ máy tổ chức Năm APEC 2027.',
    authority: CHAIR_AUTHORITY,
    deliverable: 'Bộ máy tổ chức Năm APEC 2027',
    pillar: 'economy',
    status: 'not-started',
    conclusionId: C.majorEvents,
  }),
  fromMeeting({
    id: ID.multilateralEvents,
    task: 'Bảo đảm lãnh đạo cấp cao Việt Nam tham dự thành công các sự kiện đa phương lớn từ nay đến cuối năm 2025.',
    deadline: '2025-12-31',
    authority: CHAIR_AUTHORITY,
    pillar: 'politics-defence-security',
    status: 'in-progress',
    conclusionId: C.majorEvents,
  }),
  fromMeeting({
    id: ID.reportBlockers,
    assignee: 'Các thành viên Ban Chỉ đạo; các bộ, ngành, địa phương',
    task:
      'Chủ động nghiên cứu, dự báo và tham mưu chiến lược về hội nhập; khi có vướng mắc vượt thẩm ' +
      'quyền thì báo cáo Trưởng Ban ngay.',
    authority: CHAIR_AUTHORITY,
    deliverable: 'Báo cáo kịp thời về các vướng mắc vượt thẩm quyền',
    pillar: 'general',
    status: 'in-progress',
    conclusionId: C.initiativeAndReporting,
  }),
  fromMeeting({
    id: ID.signedCommitments,
    task:
      'Triển khai các cam kết, thỏa thuận đã ký trong hoạt động đối ngoại cấp cao; phát huy cơ chế ' +
      'đôn đốc, rà soát, kiểm tra việc thực hiện.',
    authority: CHAIR_AUTHORITY,
    pillar: 'general',
    status: 'in-progress',
    conclusionId: C.signedCommitments,
  }),
  fromMeeting({
    id: ID.economicDiplomacy,
    task:
      'Đẩy mạnh ngoại giao kinh tế, mở rộng thị trường cho hàng hóa, nhất là nông sản; khai thác ' +
      'thị trường mới ở Trung Đông, Nam Mỹ, châu Phi và làm mới thị trường truyền thống.',
    authority: CHAIR_AUTHORITY,
    pillar: 'economy',
    status: 'in-progress',
    conclusionId: C.economicDiplomacy,
  }),
  fromMeeting({
    id: ID.studyResolution59,
    assignee: 'Các bộ, ngành, địa phương',
    task:
      'Tiếp tục quán triệt, học tập Nghị quyết 59, trọng tâm là chuyển đổi tư duy hội nhập: từ "đi ' +
      'sau, tham gia" sang chủ động góp phần định hình khuôn khổ hợp tác và luật chơi mới.',
    authority: CHAIR_AUTHORITY,
    pillar: 'general',
    status: 'in-progress',
    conclusionId: C.studyResolution59,
  }),
];
