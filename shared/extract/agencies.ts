// Agencies and the short names reports use for them. A directive's lead and coordinating units
// are printed with the full name so the register groups "NHNN" and "Ngân hàng Nhà nước Việt
// Nam" together; a unit the dictionary does not know is kept as written.

export interface Agency {
  name: string;
  aliases: string[];
}

export const AGENCIES: Agency[] = [
  { name: 'Bộ Tài chính', aliases: ['Bộ Tài chính', 'BTC'] },
  {
    name: 'Bộ Kế hoạch và Đầu tư',
    aliases: ['Bộ Kế hoạch và Đầu tư', 'Bộ KH&ĐT', 'Bộ KHĐT', 'Bộ KH-ĐT', 'Bộ Kế hoạch - Đầu tư'],
  },
  { name: 'Bộ Công Thương', aliases: ['Bộ Công Thương', 'Bộ Công thương', 'BCT'] },
  {
    name: 'Bộ Nông nghiệp và Môi trường',
    aliases: ['Bộ Nông nghiệp và Môi trường', 'Bộ NN&MT', 'Bộ NNMT'],
  },
  {
    name: 'Bộ Nông nghiệp và Phát triển nông thôn',
    aliases: ['Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ NN&PTNT', 'Bộ NNPTNT'],
  },
  {
    name: 'Bộ Tài nguyên và Môi trường',
    aliases: ['Bộ Tài nguyên và Môi trường', 'Bộ TN&MT', 'Bộ TNMT'],
  },
  { name: 'Bộ Xây dựng', aliases: ['Bộ Xây dựng', 'BXD'] },
  { name: 'Bộ Giao thông vận tải', aliases: ['Bộ Giao thông vận tải', 'Bộ GTVT'] },
  {
    name: 'Bộ Khoa học và Công nghệ',
    aliases: ['Bộ Khoa học và Công nghệ', 'Bộ KH&CN', 'Bộ KHCN'],
  },
  {
    name: 'Bộ Thông tin và Truyền thông',
    aliases: ['Bộ Thông tin và Truyền thông', 'Bộ TT&TT', 'Bộ TTTT'],
  },
  { name: 'Bộ Nội vụ', aliases: ['Bộ Nội vụ'] },
  {
    name: 'Bộ Lao động - Thương binh và Xã hội',
    aliases: [
      'Bộ Lao động - Thương binh và Xã hội',
      'Bộ Lao động – Thương binh và Xã hội',
      'Bộ LĐ-TB&XH',
      'Bộ LĐTBXH',
    ],
  },
  { name: 'Bộ Tư pháp', aliases: ['Bộ Tư pháp'] },
  { name: 'Bộ Ngoại giao', aliases: ['Bộ Ngoại giao'] },
  { name: 'Bộ Quốc phòng', aliases: ['Bộ Quốc phòng'] },
  { name: 'Bộ Công an', aliases: ['Bộ Công an'] },
  { name: 'Bộ Y tế', aliases: ['Bộ Y tế'] },
  { name: 'Bộ Giáo dục và Đào tạo', aliases: ['Bộ Giáo dục và Đào tạo', 'Bộ GD&ĐT', 'Bộ GDĐT'] },
  {
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    aliases: ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ VHTTDL', 'Bộ VH-TT&DL', 'Bộ VHTT&DL'],
  },
  { name: 'Bộ Dân tộc và Tôn giáo', aliases: ['Bộ Dân tộc và Tôn giáo'] },
  {
    name: 'Ngân hàng Nhà nước Việt Nam',
    aliases: ['Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước', 'NHNN', 'NHNNVN'],
  },
  { name: 'Văn phòng Chính phủ', aliases: ['Văn phòng Chính phủ', 'VPCP'] },
  { name: 'Thanh tra Chính phủ', aliases: ['Thanh tra Chính phủ', 'TTCP'] },
  { name: 'Ủy ban Dân tộc', aliases: ['Ủy ban Dân tộc', 'UBDT'] },
  {
    name: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
    aliases: [
      'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
      'Ủy ban Quản lý vốn nhà nước',
      'Siêu Ủy ban',
    ],
  },
  { name: 'Ủy ban Chứng khoán Nhà nước', aliases: ['Ủy ban Chứng khoán Nhà nước', 'UBCKNN'] },
  { name: 'Tổng cục Thống kê', aliases: ['Tổng cục Thống kê', 'TCTK'] },
  { name: 'Cục Thống kê', aliases: ['Cục Thống kê'] },
  { name: 'Cục Hải quan', aliases: ['Cục Hải quan', 'Tổng cục Hải quan'] },
  { name: 'Cục Thuế', aliases: ['Cục Thuế', 'Tổng cục Thuế'] },
  { name: 'Kho bạc Nhà nước', aliases: ['Kho bạc Nhà nước', 'KBNN'] },
  { name: 'Bảo hiểm xã hội Việt Nam', aliases: ['Bảo hiểm xã hội Việt Nam', 'BHXH Việt Nam'] },
  { name: 'Kiểm toán Nhà nước', aliases: ['Kiểm toán Nhà nước', 'KTNN'] },
  { name: 'Tập đoàn Điện lực Việt Nam', aliases: ['Tập đoàn Điện lực Việt Nam', 'EVN'] },
  {
    name: 'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam',
    aliases: [
      'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam',
      'Tập đoàn Dầu khí Việt Nam',
      'Petrovietnam',
      'PVN',
    ],
  },
  { name: 'Đài Truyền hình Việt Nam', aliases: ['Đài Truyền hình Việt Nam', 'VTV'] },
  { name: 'Thông tấn xã Việt Nam', aliases: ['Thông tấn xã Việt Nam', 'TTXVN'] },
  {
    name: 'Viện Hàn lâm Khoa học xã hội Việt Nam',
    aliases: ['Viện Hàn lâm Khoa học xã hội Việt Nam'],
  },
  {
    name: 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
    aliases: [
      'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      'UBND các tỉnh, thành phố trực thuộc trung ương',
      'UBND các tỉnh, thành phố',
      'Ủy ban nhân dân các tỉnh, thành phố',
      'các địa phương',
    ],
  },
  {
    name: 'Ủy ban nhân dân Thành phố Hà Nội',
    aliases: [
      'Ủy ban nhân dân Thành phố Hà Nội',
      'UBND TP Hà Nội',
      'UBND Thành phố Hà Nội',
      'UBND TP. Hà Nội',
    ],
  },
  {
    name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    aliases: [
      'Ủy ban nhân dân Thành phố Hồ Chí Minh',
      'UBND TP Hồ Chí Minh',
      'UBND TP. Hồ Chí Minh',
      'UBND Thành phố Hồ Chí Minh',
      'UBND TP.HCM',
    ],
  },
  {
    name: 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
    aliases: [
      'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      'các bộ, cơ quan ngang bộ',
      'các bộ, ngành, địa phương',
      'các bộ, ngành',
      'các bộ, cơ quan, địa phương',
      'các bộ, cơ quan liên quan',
      'các bộ, ngành liên quan',
      'các cơ quan liên quan',
      'các cơ quan, đơn vị liên quan',
      'các bộ liên quan',
    ],
  },
];

// A ministry the dictionary does not list ("Bộ Ngoại thương" in an old text) is still a unit:
// "Bộ"/"Ủy ban"/"Cục" followed by capitalised words.
const GENERIC =
  '(?:Bộ|Ủy ban nhân dân|UBND|Ủy ban|Uỷ ban|Cục|Tổng cục|Vụ|Sở|Ban|Tập đoàn|Tổng công ty|Ngân hàng|Văn phòng|Viện|Học viện|Đại học)(?:\\s+(?:\\p{Lu}[\\p{L}&-]*|và|tỉnh|thành phố|TP\\.?|[A-ZĐ&-]{2,})){1,8}';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const ALIASES = AGENCIES.flatMap((a) => a.aliases.map((alias) => ({ alias, agency: a }))).sort(
  (x, y) => y.alias.length - x.alias.length,
);
const keyOf = (s: string): string => s.replace(/\s+/g, ' ');
const BY_ALIAS = new Map(ALIASES.map((a) => [keyOf(a.alias), a.agency] as const));
const AGENCY_RE = new RegExp(
  `(?:${ALIASES.map((a) => esc(a.alias)).join('|')}|${GENERIC})(?![\\p{L}\\p{N}])`,
  'gu',
);
const lowerFirst = new Set(ALIASES.map((a) => a.alias.toLowerCase()));

export interface AgencyMention {
  start: number;
  end: number;
  name: string;
  known: boolean;
}

export function findAgencies(text: string): AgencyMention[] {
  const out: AgencyMention[] = [];
  AGENCY_RE.lastIndex = 0;
  for (let m = AGENCY_RE.exec(text); m; m = AGENCY_RE.exec(text)) {
    // Left boundary checked here (a leading lookbehind would stop V8 scanning ahead).
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1] ?? '')) {
      AGENCY_RE.lastIndex = m.index + 1;
      continue;
    }
    const written = m[0].replace(/\s+(?:và|tỉnh|thành phố)$/u, '');
    const agency = BY_ALIAS.get(keyOf(m[0]));
    out.push({
      start: m.index,
      end: m.index + written.length,
      name: agency?.name ?? written,
      known: Boolean(agency),
    });
  }
  return out;
}

/** The full name of an agency as written ("NHNN" → "Ngân hàng Nhà nước Việt Nam"), else the text tidied. */
export function agencyName(written: string): string {
  const t = written.replace(/\s+/g, ' ').trim();
  const hit = findAgencies(t).find((a) => a.start === 0 && a.end >= t.length - 1);
  if (hit) return hit.name;
  return lowerFirst.has(t.toLowerCase()) ? t : t;
}
