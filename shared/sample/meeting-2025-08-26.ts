// The committee meeting of the afternoon of 26/8/2025, the first after the committee was
// re-formed by Decision 1812/QĐ-TTg. Two outlets reported it (VGP and TPO): one meeting, two
// sources. Facts from those reports, text of our own.
import type { MeetingInput } from '../domain';
import {
  DECISION_1812,
  PILLAR_RESOLUTIONS,
  PRIME_MINISTER_CHAIR,
  RESOLUTION_153,
  RESOLUTION_22,
  RESOLUTION_59,
  SOURCE_TPO_20250826,
  SOURCE_VGP_20250826,
} from './common';
import { MEETING_IDS } from './ids';

/** Conclusion ids are what the directives of this meeting point back at. */
export const CONCLUSIONS_20250826 = {
  studyResolution59: 'c1',
  assemblyResolution: 'c2',
  workPlan: 'c3',
  initiativeAndReporting: 'c4',
  majorEvents: 'c5',
  signedCommitments: 'c6',
  economicDiplomacy: 'c7',
} as const;

const C = CONCLUSIONS_20250826;

export const committeeMeeting20250826: MeetingInput = {
  id: MEETING_IDS.committee20250826,
  title: 'Họp Ban Chỉ đạo quốc gia về hội nhập quốc tế về triển khai Nghị quyết số 59-NQ/TW',
  kind: 'regular',
  date: '2025-08-26',
  partOfDay: 'afternoon',
  time: null,
  mode: 'in-person',
  location: '',
  connectionPoints: [],
  chair: PRIME_MINISTER_CHAIR,
  attendees: [
    {
      name: 'Bùi Thanh Sơn',
      title: 'Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao',
      organisation: 'Bộ Ngoại giao',
      committeeRole: 'Phó Trưởng Ban Thường trực',
    },
    {
      name: 'Nguyễn Hồng Diên',
      title: 'Bộ trưởng Bộ Công Thương',
      organisation: 'Bộ Công Thương',
      committeeRole: 'Phó Trưởng Ban',
    },
    {
      name: '',
      title: 'Lãnh đạo các bộ, ngành, địa phương',
      organisation: 'Các bộ, ngành, địa phương',
      committeeRole: 'Thành viên Ban Chỉ đạo',
    },
  ],
  purpose:
    'Đưa Nghị quyết số 59-NQ/TW của Bộ Chính trị về hội nhập quốc tế trong tình hình mới vào ' +
    'thực tiễn: nhìn lại công tác hội nhập quốc tế từ đầu năm 2025, trong đó có việc thực hiện ' +
    'Nghị quyết 59, và thống nhất những hướng ưu tiên sắp tới. Đây là phiên họp diễn ra một ngày ' +
    'sau khi Thủ tướng ký Quyết định số 1812/QĐ-TTg (25/8/2025) kiện toàn Ban Chỉ đạo.',
  summary:
    'Các báo cáo và ý kiến thành viên coi Nghị quyết 59 — một trong bốn nghị quyết thuộc "bộ tứ ' +
    'trụ cột" — là bước đổi mới về tư duy, cách tiếp cận và phương thức hội nhập, giúp tận dụng ' +
    'thời cơ và hạn chế tác động xấu từ biến động bên ngoài.\n' +
    'Sau khi Nghị quyết ra đời, Chính phủ ban hành Nghị quyết số 153/NQ-CP ngày 31/5/2025 về ' +
    'Chương trình hành động với 22 chỉ tiêu và 117 nhiệm vụ cho các bộ, ngành, địa phương, bao ' +
    'quát cả ba trụ cột hội nhập; các bộ, ngành, địa phương đều có kế hoạch hành động riêng; Bộ ' +
    'Ngoại giao cùng các bộ, ngành đề xuất kiện toàn Ban Chỉ đạo. Thủ tướng khen Bộ Ngoại giao ' +
    'đã hoàn thành nhanh Chương trình hành động.\n' +
    'Thủ tướng rút ra ba bài học: gắn sức mạnh dân tộc với sức mạnh thời đại; phối hợp đồng bộ ' +
    'giữa các trụ cột đối ngoại (Đảng, Nhà nước, nhân dân) và các trụ cột hội nhập; lấy con người ' +
    'làm then chốt, xây dựng đội ngũ cán bộ đối ngoại, hội nhập chuyên nghiệp, bản lĩnh, đặt lợi ' +
    'ích quốc gia – dân tộc lên trên hết.',
  results:
    '1. Môi trường hòa bình, ổn định được giữ vững: từ tháng 01/2025 Việt Nam nâng cấp quan hệ ' +
    'với 9 nước, nâng số đối tác từ mức Đối tác toàn diện trở lên lên 38.\n' +
    '2. Hội nhập tiếp sức cho tăng trưởng: GDP 6 tháng đầu năm 2025 tăng 7,52%, cao nhất cùng kỳ ' +
    'trong 15 năm (2011–2025); xuất khẩu hàng hóa 7 tháng đạt trên 514 tỷ USD; vốn FDI đăng ký ' +
    '24,1 tỷ USD và thực hiện 13,6 tỷ USD trong 7 tháng, Việt Nam thuộc nhóm 15 nước đang phát ' +
    'triển thu hút FDI nhiều nhất.\n' +
    '3. Thể chế hội nhập được hoàn thiện: sau gần 30 năm hội nhập và 10 năm thực hiện Nghị quyết ' +
    '22, đã có hơn 600 văn bản chỉ đạo; việc nội luật hóa cam kết quốc tế được đẩy mạnh.\n' +
    '4. Vị thế quốc tế tăng: lãnh đạo cấp cao tham gia nhiều diễn đàn đa phương; Việt Nam đăng cai ' +
    'Diễn đàn Tương lai ASEAN năm thứ hai liên tiếp và Hội nghị Thượng đỉnh P4G; tham gia gìn giữ ' +
    'hòa bình của Liên Hợp Quốc và hỗ trợ cứu hộ, cứu nạn.\n' +
    '5. Các bộ, ngành, địa phương cụ thể hóa bằng đề án, chiến lược: cơ chế đặc biệt cho hội nhập, ' +
    'hệ sinh thái giúp doanh nghiệp tận dụng FTA, hội nhập tài chính – ngân hàng, công nghiệp văn ' +
    'hóa và giải trí, mở rộng diện miễn thị thực.',
  difficulties:
    'Kinh tế thế giới tăng chậm, thuế quan và rào cản thương mại gia tăng; quan hệ quốc tế phức ' +
    'tạp, khó đoán; chuỗi cung ứng bị đứt gãy; nhiều nước thay đổi chính sách; các thách thức an ' +
    'ninh phi truyền thống. Trong nước còn những điểm nghẽn về thể chế, chính sách và một số văn ' +
    'bản pháp luật không còn phù hợp, cản trở hội nhập.',
  conclusions: [
    {
      id: C.studyResolution59,
      text:
        'Tiếp tục quán triệt Nghị quyết 59, nhất là tư duy, cách tiếp cận và phương thức hội nhập ' +
        'mới: chuyển từ vị thế nước "đi sau, tham gia" sang chủ động góp phần xây dựng, định hình ' +
        'các khuôn khổ hợp tác và luật chơi mới; sẵn sàng đóng góp nguồn lực cho các vấn đề chung ' +
        'của thế giới; lấy người dân và doanh nghiệp làm trung tâm, chủ thể.',
    },
    {
      id: C.assemblyResolution,
      text:
        'Khẩn trương hoàn thành Nghị quyết của Quốc hội về một số cơ chế, chính sách đặc biệt thực ' +
        'hiện hội nhập quốc tế để tháo gỡ điểm nghẽn thể chế; sửa ngay các văn bản pháp luật cản trở ' +
        'hội nhập; có chính sách đột phá cho từng lĩnh vực; cụ thể hóa phần hội nhập trong các Nghị ' +
        'quyết 57, 66 và 68 cho đồng bộ về chiến lược.',
    },
    {
      id: C.workPlan,
      text:
        'Xây dựng Kế hoạch công tác của Ban Chỉ đạo cho năm 2025 và giai đoạn 2026–2030, xong trong ' +
        'tháng 9, theo tinh thần "6 rõ"; họp Ban Chỉ đạo thường xuyên hơn, trực tiếp hoặc trực ' +
        'tuyến tùy tình hình.',
    },
    {
      id: C.initiativeAndReporting,
      text:
        'Thành viên Ban Chỉ đạo và các bộ, ngành, địa phương chủ động hơn trong nghiên cứu, dự báo, ' +
        'tham mưu chiến lược; vướng mắc vượt thẩm quyền phải báo cáo ngay.',
    },
    {
      id: C.majorEvents,
      text:
        'Chuẩn bị chu đáo các hoạt động hội nhập lớn đã lên kế hoạch: Lễ ký Công ước của Liên Hợp ' +
        'Quốc về chống tội phạm mạng tại Hà Nội vào tháng 10; hoàn thiện bộ máy tổ chức Năm APEC ' +
        '2027; bảo đảm lãnh đạo cấp cao dự thành công các sự kiện đa phương lớn đến cuối năm.',
    },
    {
      id: C.signedCommitments,
      text:
        'Thực hiện các cam kết, thỏa thuận đã ký trong các chuyến đối ngoại cấp cao; phát huy cơ chế ' +
        'đôn đốc, rà soát, kiểm tra.',
    },
    {
      id: C.economicDiplomacy,
      text:
        'Đẩy mạnh ngoại giao kinh tế: mở rộng thị trường cho hàng Việt Nam, nhất là nông sản; tham ' +
        'gia sâu hơn chuỗi cung ứng, chuỗi giá trị toàn cầu; làm mới thị trường truyền thống và khai ' +
        'thác thị trường mới như Trung Đông, Nam Mỹ, châu Phi.',
    },
  ],
  legalReferences: [
    RESOLUTION_59,
    RESOLUTION_153,
    DECISION_1812,
    RESOLUTION_22,
    ...PILLAR_RESOLUTIONS,
  ],
  sources: [SOURCE_VGP_20250826, SOURCE_TPO_20250826],
  secrecy: 'none',
  urgency: 'none',
};
