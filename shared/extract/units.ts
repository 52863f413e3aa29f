// The units reports write after a figure, longest first so "nghìn tỷ đồng" wins over "tỷ đồng"
// and "điểm phần trăm" over "điểm". A bare count is a figure only with a noun from this list:
// "63 tỉnh, thành phố" in a meeting's opening is not a figure.

const SCALE = '(?:nghìn tỷ|ngàn tỷ|triệu tỷ|tỷ|triệu|nghìn|ngàn)';
const CURRENCY = '(?:đồng|USD|đô la Mỹ|EUR|euro|yên|NDT)';
const PER = '(?:\\/(?:người|năm|tháng|lao động|ha|tấn|thùng|kWh))';
const COUNTS = [
  'lượt khách quốc tế',
  'lượt khách',
  'lượt người',
  'lượt',
  'doanh nghiệp',
  'dự án',
  'hợp đồng',
  'lao động',
  'người',
  'hộ',
  'tấn',
  'km',
  'ha',
  'héc-ta',
  'căn hộ',
  'căn nhà',
  'căn',
  'thuê bao',
  'thủ tục hành chính',
  'thủ tục',
  'hồ sơ',
  'văn bản',
  'nhiệm vụ',
  'MW',
  'kWh',
  'TEU',
  'm3',
  'm²',
  'thùng',
  'chuyến bay',
  'chuyến',
  'phương tiện',
  'cơ sở',
  'hợp tác xã',
  'sản phẩm',
  'lần(?! lượt)',
] as const;

// Written as patterns: "lần" but not "lần lượt" (respectively).
const countAlt = COUNTS.join('|');

/** The unit pattern, anchored at the start of what follows a number (after spaces). */
export const UNIT_SOURCE = [
  `điểm phần trăm`,
  `điểm %`,
  `%`,
  `${SCALE}\\s+${CURRENCY}${PER}?`,
  `${CURRENCY}${PER}?`,
  `${SCALE}\\s+(?:${countAlt})`,
  `điểm`,
  `(?:${countAlt})`,
].join('|');

export type UnitClass = 'percent' | 'pp' | 'money' | 'points' | 'count';

export function unitClass(unit: string): UnitClass {
  if (unit === '%') return 'percent';
  if (/^điểm (?:phần trăm|%)$/u.test(unit)) return 'pp';
  if (/(?:đồng|USD|đô la|EUR|euro|yên|NDT)/u.test(unit)) return 'money';
  if (unit === 'điểm') return 'points';
  return 'count';
}

/** "điểm %" is written both ways; the register keeps one spelling. */
export function canonicalUnit(unit: string): string {
  const u = unit.replace(/\s+/g, ' ');
  if (u === 'điểm %') return 'điểm phần trăm';
  if (/^ngàn /u.test(u)) return u.replace(/^ngàn/u, 'nghìn');
  return u.replace(/^ngàn tỷ/u, 'nghìn tỷ');
}
