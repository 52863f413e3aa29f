// Pieces the sample meetings, directives and figures share: the people who chair and attend,
// the news reports the facts come from, the documents the meetings cite. Written from the facts
// of the corpus reports (names, dates, figures), in our own words.
import {
  blankDirective,
  type DirectiveInput,
  type LegalReference,
  type Person,
  type Source,
} from '../domain';

export const PRIME_MINISTER_CHAIR: Person = {
  name: 'Phạm Minh Chính',
  title: 'Thủ tướng Chính phủ',
  organisation: 'Chính phủ',
  committeeRole: 'Trưởng Ban Chỉ đạo',
};

/** How a directive names the authority that gave it (the "rõ thẩm quyền"). */
export const CHAIR_AUTHORITY = 'Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo';
export const COMMITTEE_AUTHORITY = 'Ban Chỉ đạo quốc gia về hội nhập quốc tế';

/** The two reports of the meeting of 26/8/2025. Neither file carries its address. */
export const SOURCE_VGP_20250826: Source = {
  outlet: 'Cổng Thông tin điện tử Chính phủ (VGP)',
  title:
    'Thủ tướng: Khẩn trương trình Quốc hội cơ chế, chính sách đặc biệt, đột phá thực hiện hội nhập quốc tế',
  date: '2025-08-26',
  url: '',
};

export const SOURCE_TPO_20250826: Source = {
  outlet: 'Báo Tiền Phong (TPO)',
  title: 'Thủ tướng chỉ đạo khẩn trương trình Quốc hội cơ chế đặc biệt hội nhập quốc tế',
  date: '2025-08-26',
  url: '',
};

/** The year-end review as the Cà Mau connection point reported it (the corpus text). */
export const SOURCE_CA_MAU_REVIEW_2025: Source = {
  outlet: 'Báo điện tử Đảng Cộng sản Việt Nam – chuyên trang tỉnh Cà Mau',
  title: 'Ban Chỉ đạo quốc gia về hội nhập quốc tế tổng kết công tác năm 2025',
  date: null,
  url: 'https://dangcongsan.vn/camau/xay-dung-dang/ban-chi-dao-quoc-gia-ve-hoi-nhap-quoc-te-tong-ket-cong-tac-nam-2025.html',
};

/**
 * The Cà Mau text gives neither the day nor the venue of the conference; this national news
 * agency report of the same conference does (morning of 14/1/2026, Government headquarters,
 * online with 34 provinces and cities), so the record cites it too.
 */
export const SOURCE_TTXVN_REVIEW_2025: Source = {
  outlet: 'Thông tấn xã Việt Nam (TTXVN)',
  title: 'Thủ tướng Phạm Minh Chính chủ trì Hội nghị của Ban Chỉ đạo quốc gia về hội nhập quốc tế',
  date: '2026-01-14',
  url: 'https://vietnam.vnanet.vn/vietnamese/tin-van/thu-tuong-pham-minh-chinh-chu-tri-hoi-nghi-cua-ban-chi-dao-quoc-gia-ve-hoi-nhap-quoc-te-421933.html',
};

/** How an observation names where its figure was read: outlet and date. */
export const SOURCE_TEXT_VGP = 'Cổng Thông tin điện tử Chính phủ (VGP), 26/8/2025';
export const SOURCE_TEXT_BOTH = `${SOURCE_TEXT_VGP}; Báo Tiền Phong (TPO), 26/8/2025`;

export const RESOLUTION_59: LegalReference = {
  numberSymbol: '59-NQ/TW',
  type: 'Nghị quyết',
  issuer: 'Bộ Chính trị',
  date: '2025-01-24',
  title: 'Về hội nhập quốc tế trong tình hình mới',
};

export const RESOLUTION_153: LegalReference = {
  numberSymbol: '153/NQ-CP',
  type: 'Nghị quyết',
  issuer: 'Chính phủ',
  date: '2025-05-31',
  title:
    'Về Chương trình hành động của Chính phủ triển khai Nghị quyết số 59-NQ/TW của Bộ Chính trị',
};

export const DECISION_1812: LegalReference = {
  numberSymbol: '1812/QĐ-TTg',
  type: 'Quyết định',
  issuer: 'Thủ tướng Chính phủ',
  date: '2025-08-25',
  title: 'Về việc kiện toàn Ban Chỉ đạo quốc gia về hội nhập quốc tế',
};

export const RESOLUTION_22: LegalReference = {
  numberSymbol: '22-NQ/TW',
  type: 'Nghị quyết',
  issuer: 'Bộ Chính trị',
  date: null,
  title: 'Về hội nhập quốc tế',
};

/** Resolutions 57, 66 and 68: with 59, the "four pillars" whose integration parts must align. */
export const PILLAR_RESOLUTIONS: LegalReference[] = [
  {
    numberSymbol: '57-NQ/TW',
    type: 'Nghị quyết',
    issuer: 'Bộ Chính trị',
    date: '2024-12-22',
    title: 'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
  },
  {
    numberSymbol: '66-NQ/TW',
    type: 'Nghị quyết',
    issuer: 'Bộ Chính trị',
    date: '2025-04-30',
    title:
      'Về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới',
  },
  {
    numberSymbol: '68-NQ/TW',
    type: 'Nghị quyết',
    issuer: 'Bộ Chính trị',
    date: '2025-05-04',
    title: 'Về phát triển kinh tế tư nhân',
  },
];

type DirectiveCore = Pick<DirectiveInput, 'id' | 'task' | 'pillar' | 'status'> &
  Partial<
    Pick<
      DirectiveInput,
      | 'assignee'
      | 'deadline'
      | 'authority'
      | 'responsibility'
      | 'deliverable'
      | 'kind'
      | 'leadUnit'
      | 'coordinatingUnits'
      | 'progressNotes'
      | 'conclusionId'
    >
  >;

/**
 * A sample directive of one meeting. Only the "6 rõ", pillar and status vary between them;
 * a "rõ" the reports do not state is left out of the entry and stays as blankDirective leaves
 * it ('' or null), so each entry shows only what its source says and the app shows the rest as
 * missing.
 */
export function sampleDirective(meetingId: string, d: DirectiveCore): DirectiveInput {
  return { ...blankDirective(), ...d, completedOn: null, meetingId, secrecy: 'none' };
}
