// Indicator names and the synonyms reports use for them. A figure's subject is the nearest
// indicator named before it in its sentence; the key lets the CLI and the review screen map it
// to an indicator the vault already holds (by the same synonyms over the indicator's name).

export interface IndicatorName {
  key: string;
  name: string;
  /** Phrases as written; spaces match any run of spaces. */
  phrases: string[];
}

export const INDICATOR_NAMES: IndicatorName[] = [
  {
    key: 'gdp-per-capita',
    name: 'GDP bình quân đầu người',
    phrases: ['GDP bình quân đầu người', 'GDP đầu người', 'thu nhập bình quân đầu người'],
  },
  {
    key: 'gdp',
    name: 'GDP',
    phrases: [
      'GDP',
      'tổng sản phẩm trong nước',
      'tổng sản phẩm quốc nội',
      'tăng trưởng kinh tế',
      'nền kinh tế tăng trưởng',
      'kinh tế tăng trưởng',
      'quy mô nền kinh tế',
      'GRDP',
      'tổng sản phẩm trên địa bàn',
    ],
  },
  { key: 'core-inflation', name: 'Lạm phát cơ bản', phrases: ['lạm phát cơ bản'] },
  {
    key: 'cpi',
    name: 'CPI',
    phrases: ['CPI', 'chỉ số giá tiêu dùng', 'lạm phát', 'CPI bình quân'],
  },
  {
    key: 'trade-total',
    name: 'Tổng kim ngạch xuất, nhập khẩu',
    phrases: [
      'tổng kim ngạch xuất, nhập khẩu',
      'tổng kim ngạch xuất nhập khẩu',
      'kim ngạch xuất, nhập khẩu',
      'tổng kim ngạch xuất khẩu và nhập khẩu',
      'tổng kim ngạch thương mại',
      'xuất nhập khẩu hàng hóa',
      'tổng kim ngạch xuất, nhập khẩu hàng hóa',
    ],
  },
  {
    key: 'trade-balance',
    name: 'Cán cân thương mại hàng hóa',
    phrases: [
      'cán cân thương mại hàng hóa',
      'cán cân thương mại',
      'xuất siêu',
      'thặng dư thương mại',
      'nhập siêu',
    ],
  },
  {
    key: 'exports',
    name: 'Kim ngạch xuất khẩu',
    phrases: [
      'kim ngạch xuất khẩu hàng hóa',
      'kim ngạch xuất khẩu',
      'xuất khẩu hàng hóa',
      'xuất khẩu',
      'giá trị xuất khẩu',
    ],
  },
  {
    key: 'imports',
    name: 'Kim ngạch nhập khẩu',
    phrases: [
      'kim ngạch nhập khẩu hàng hóa',
      'kim ngạch nhập khẩu',
      'nhập khẩu hàng hóa',
      'nhập khẩu',
    ],
  },
  {
    key: 'fdi-disbursed',
    name: 'Vốn FDI thực hiện',
    phrases: [
      'vốn đầu tư trực tiếp nước ngoài thực hiện',
      'vốn FDI thực hiện',
      'vốn FDI giải ngân',
      'FDI giải ngân',
      'FDI thực hiện',
      'vốn đầu tư trực tiếp nước ngoài giải ngân',
    ],
  },
  {
    key: 'fdi-registered',
    name: 'Vốn FDI đăng ký',
    phrases: [
      'tổng vốn đầu tư nước ngoài đăng ký',
      'vốn đầu tư trực tiếp nước ngoài đăng ký',
      'tổng vốn FDI đăng ký',
      'vốn FDI đăng ký',
      'thu hút FDI',
      'thu hút vốn đầu tư nước ngoài',
      'vốn đầu tư nước ngoài đăng ký',
      'vốn FDI',
    ],
  },
  {
    key: 'public-investment',
    name: 'Giải ngân vốn đầu tư công',
    phrases: [
      'giải ngân vốn đầu tư công',
      'vốn đầu tư công giải ngân',
      'giải ngân đầu tư công',
      'tỷ lệ giải ngân vốn đầu tư công',
      'tỷ lệ giải ngân',
      'vốn đầu tư công',
      'kế hoạch vốn đầu tư công',
    ],
  },
  {
    key: 'total-investment',
    name: 'Vốn đầu tư thực hiện toàn xã hội',
    phrases: [
      'vốn đầu tư thực hiện toàn xã hội',
      'tổng vốn đầu tư toàn xã hội',
      'vốn đầu tư toàn xã hội',
    ],
  },
  {
    key: 'budget-revenue',
    name: 'Thu ngân sách nhà nước',
    phrases: [
      'tổng thu ngân sách nhà nước',
      'thu ngân sách nhà nước',
      'tổng thu ngân sách',
      'thu ngân sách',
      'thu NSNN',
      'tổng thu NSNN',
    ],
  },
  {
    key: 'budget-spending',
    name: 'Chi ngân sách nhà nước',
    phrases: [
      'tổng chi ngân sách nhà nước',
      'chi ngân sách nhà nước',
      'tổng chi ngân sách',
      'chi NSNN',
      'tổng chi NSNN',
    ],
  },
  {
    key: 'budget-deficit',
    name: 'Bội chi ngân sách nhà nước',
    phrases: ['bội chi ngân sách nhà nước', 'bội chi ngân sách', 'bội chi NSNN', 'bội chi'],
  },
  {
    key: 'public-debt',
    name: 'Nợ công',
    phrases: ['nợ công', 'nợ chính phủ', 'nợ nước ngoài của quốc gia'],
  },
  {
    key: 'credit',
    name: 'Tăng trưởng tín dụng',
    phrases: [
      'tăng trưởng tín dụng',
      'tín dụng toàn nền kinh tế',
      'dư nợ tín dụng',
      'tín dụng',
      'dư nợ cho vay',
    ],
  },
  {
    key: 'iip',
    name: 'Chỉ số sản xuất công nghiệp (IIP)',
    phrases: ['chỉ số sản xuất toàn ngành công nghiệp', 'chỉ số sản xuất công nghiệp', 'IIP'],
  },
  {
    key: 'manufacturing',
    name: 'Công nghiệp chế biến, chế tạo',
    phrases: ['công nghiệp chế biến, chế tạo', 'ngành chế biến, chế tạo', 'chế biến, chế tạo'],
  },
  {
    key: 'retail',
    name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
    phrases: [
      'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
      'tổng mức bán lẻ hàng hóa',
      'tổng mức bán lẻ',
      'doanh thu bán lẻ hàng hóa',
    ],
  },
  {
    key: 'tourists',
    name: 'Khách quốc tế đến Việt Nam',
    phrases: [
      'khách quốc tế đến Việt Nam',
      'khách quốc tế đến nước ta',
      'lượt khách quốc tế',
      'khách quốc tế',
      'du khách quốc tế',
    ],
  },
  {
    key: 'firms-new',
    name: 'Doanh nghiệp thành lập mới',
    phrases: ['doanh nghiệp đăng ký thành lập mới', 'doanh nghiệp thành lập mới', 'thành lập mới'],
  },
  {
    key: 'firms-returning',
    name: 'Doanh nghiệp quay trở lại hoạt động',
    phrases: [
      'doanh nghiệp quay trở lại hoạt động',
      'doanh nghiệp quay lại hoạt động',
      'quay trở lại hoạt động',
    ],
  },
  {
    key: 'firms-exit',
    name: 'Doanh nghiệp rút lui khỏi thị trường',
    phrases: [
      'doanh nghiệp rút lui khỏi thị trường',
      'rút lui khỏi thị trường',
      'doanh nghiệp tạm ngừng kinh doanh',
      'tạm ngừng kinh doanh có thời hạn',
    ],
  },
  { key: 'pmi', name: 'PMI ngành sản xuất', phrases: ['chỉ số nhà quản trị mua hàng', 'PMI'] },
  {
    key: 'unemployment',
    name: 'Tỷ lệ thất nghiệp',
    phrases: ['tỷ lệ thất nghiệp của lao động trong độ tuổi', 'tỷ lệ thất nghiệp'],
  },
  {
    key: 'employment',
    name: 'Lao động có việc làm',
    phrases: ['lao động có việc làm', 'số lao động có việc làm'],
  },
  {
    key: 'wages',
    name: 'Thu nhập bình quân của người lao động',
    phrases: [
      'thu nhập bình quân tháng của người lao động',
      'thu nhập bình quân của người lao động',
      'thu nhập bình quân tháng',
      'thu nhập bình quân',
    ],
  },
  {
    key: 'agri',
    name: 'Khu vực nông, lâm nghiệp và thủy sản',
    phrases: [
      'khu vực nông, lâm nghiệp và thủy sản',
      'nông, lâm nghiệp và thủy sản',
      'nông, lâm, thủy sản',
      'nông lâm thủy sản',
    ],
  },
  {
    key: 'industry-construction',
    name: 'Khu vực công nghiệp và xây dựng',
    phrases: ['khu vực công nghiệp và xây dựng', 'công nghiệp và xây dựng'],
  },
  { key: 'services', name: 'Khu vực dịch vụ', phrases: ['khu vực dịch vụ', 'ngành dịch vụ'] },
  { key: 'vnindex', name: 'VN-Index', phrases: ['VN-Index', 'VNIndex', 'chỉ số VN-Index'] },
  {
    key: 'market-cap',
    name: 'Vốn hóa thị trường cổ phiếu',
    phrases: [
      'vốn hóa thị trường cổ phiếu',
      'vốn hóa thị trường chứng khoán',
      'vốn hóa thị trường',
    ],
  },
  { key: 'fx-reserves', name: 'Dự trữ ngoại hối', phrases: ['dự trữ ngoại hối'] },
  { key: 'productivity', name: 'Năng suất lao động', phrases: ['năng suất lao động'] },
  { key: 'digital-economy', name: 'Kinh tế số', phrases: ['kinh tế số'] },
  { key: 'rice-exports', name: 'Xuất khẩu gạo', phrases: ['xuất khẩu gạo', 'gạo xuất khẩu'] },
  {
    key: 'poverty',
    name: 'Tỷ lệ hộ nghèo',
    phrases: ['tỷ lệ hộ nghèo đa chiều', 'tỷ lệ hộ nghèo'],
  },
  { key: 'urbanisation', name: 'Tỷ lệ đô thị hóa', phrases: ['tỷ lệ đô thị hóa'] },
  { key: 'remittances', name: 'Kiều hối', phrases: ['lượng kiều hối', 'kiều hối'] },
  {
    key: 'electricity',
    name: 'Sản lượng điện',
    phrases: [
      'sản lượng điện sản xuất và nhập khẩu',
      'sản lượng điện sản xuất',
      'điện sản xuất và nhập khẩu',
      'sản lượng điện',
    ],
  },
  {
    key: 'admin-procedures',
    name: 'Thủ tục hành chính được cắt giảm, đơn giản hóa',
    phrases: ['thủ tục hành chính được cắt giảm', 'cắt giảm, đơn giản hóa', 'thủ tục hành chính'],
  },
  { key: 'social-housing', name: 'Nhà ở xã hội', phrases: ['nhà ở xã hội'] },
  {
    key: 'expressways',
    name: 'Đường bộ cao tốc',
    phrases: ['đường bộ cao tốc', 'đường cao tốc', 'cao tốc'],
  },
  {
    key: 'state-capital',
    name: 'Vốn nhà nước tại doanh nghiệp',
    phrases: ['vốn nhà nước tại doanh nghiệp'],
  },
];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

// One pass over the text: every phrase in one alternation, longest first, so at any position
// the longest name wins; the entry is found again by the phrase's folded spelling.
const keyOf = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const BY_PHRASE = new Map<string, IndicatorName>();
for (const entry of INDICATOR_NAMES)
  for (const p of entry.phrases) if (!BY_PHRASE.has(keyOf(p))) BY_PHRASE.set(keyOf(p), entry);
const ALL = new RegExp(
  `(?:${[...BY_PHRASE.keys()]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);

export interface IndicatorMention {
  start: number;
  end: number;
  entry: IndicatorName;
}

/** Every indicator named in a text, the longest where names overlap. */
export function findIndicatorMentions(text: string): IndicatorMention[] {
  const out: IndicatorMention[] = [];
  // Matching over the lower-cased text without the i flag is several times faster in V8, and
  // lower-casing keeps every Vietnamese letter at its offset.
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  ALL.lastIndex = 0;
  for (let m = ALL.exec(lower); m; m = ALL.exec(lower)) {
    // The left word boundary is checked here: a leading lookbehind would stop V8 from
    // scanning ahead for the phrases' first letters.
    if (m.index > 0 && /[\p{L}\p{N}-]/u.test(lower[m.index - 1] ?? '')) {
      ALL.lastIndex = m.index + 1;
      continue;
    }
    const entry = BY_PHRASE.get(keyOf(m[0]));
    if (entry) out.push({ start: m.index, end: m.index + m[0].length, entry });
  }
  return out;
}

/** The dictionary entry a vault indicator's name corresponds to, if any. */
export function indicatorKeyForName(written: string): string | undefined {
  // "Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký": the bracketed short name is left out.
  const name = written.replace(/\s*\([^()]*\)/gu, '').trim();
  const mentions = findIndicatorMentions(name);
  const whole = mentions.find((m) => m.start === 0 && m.end >= name.length - 1);
  return (whole ?? mentions[0])?.entry.key;
}
