// How a records clerk writes names and lists that come from data: an organisation typed in
// capitals for the header is written in sentence case in a sentence; a recipient appears once
// and on a line of its own; quotation marks are typographic. Used by the templates (text they
// build) and the layout (text it prints), so both read alike.

/**
 * Words that keep their capital inside an organisation's name (Decree 30 App. II): the state
 * bodies and the names the sample ministries carry. Others are lower-cased after the first word.
 */
const PROPER = [
  'Chính phủ',
  'Quốc hội',
  'Nhà nước',
  'Trung ương',
  'Việt Nam',
  'Hà Nội',
  'Thành phố Hồ Chí Minh',
  'Ngoại giao',
  'Công Thương',
  'Tài chính',
  'Nội vụ',
  'Tư pháp',
  'Xây dựng',
  'Y tế',
  'Công an',
  'Quốc phòng',
  'Kế hoạch và Đầu tư',
  'Giáo dục và Đào tạo',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
];

/** "VĂN PHÒNG CHÍNH PHỦ" (as typed for the header) → "Văn phòng Chính phủ"; other forms kept. */
export function sentenceCaseName(name: string): string {
  const t = name.trim().normalize('NFC');
  if (!t || t !== t.toUpperCase() || t === t.toLowerCase()) return t;
  let out = t.toLowerCase();
  for (const p of PROPER) out = out.split(p.toLowerCase()).join(p);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Common nouns that open a group of units ("Các bộ, ngành"): lower case inside a sentence. */
const COMMON_LEAD =
  /^(Các|Những|Cơ quan|Đơn vị|Thành viên|Lãnh đạo|Đại diện|Ủy ban nhân dân các|Sở|Phòng)(?=\s)/u;

/** A unit named inside a sentence: "Các bộ, ngành" → "các bộ, ngành"; proper names unchanged. */
export const inSentence = (unit: string): string => {
  const t = unit.trim();
  return COMMON_LEAD.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
};

/** Units joined in running text: each once, common nouns lower case, the last after "và". */
export function joinUnits(units: readonly string[]): string {
  const list = distinctUnits(units).map(inSentence);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} và ${list[list.length - 1]}`;
}

const key = (s: string): string =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\s,;.]+/g, ' ')
    .trim();

/**
 * Units once each, in order: entries holding ";" are split, repeats dropped, and a group
 * covered by a wider one ("Các bộ, ngành" beside "Các bộ, ngành, địa phương", or "Các bộ,
 * ngành, địa phương thành viên Ban Chỉ đạo" beside "Các bộ, ngành, địa phương") left out.
 */
export function distinctUnits(units: readonly string[]): string[] {
  const parts = units
    .flatMap((u) => u.split(';'))
    .map((u) => u.trim().replace(/[;,.]+$/, ''))
    .filter(Boolean)
    // Each is now a name of its own: "các bộ, ngành" split off a list starts with a capital.
    .map((u) => u.charAt(0).toUpperCase() + u.slice(1));
  const out: string[] = [];
  for (const u of parts) {
    if (out.some((o) => key(o) === key(u))) continue;
    out.push(u);
  }
  return out.filter(
    (u) =>
      !out.some(
        (o) =>
          o !== u &&
          ((key(o).startsWith(`${key(u)} `) && key(o).length > key(u).length && isWider(u, o)) ||
            isPartOf(u, o)),
      ),
  );
}

/**
 * "Các bộ, ngành, địa phương thành viên Ban Chỉ đạo" is part of "Các bộ, ngành, địa phương":
 * a group ("Các …", "Những …") followed by a qualifier names some of that group, which the
 * whole group already receives.
 */
const isPartOf = (part: string, group: string): boolean =>
  /^(các|những) /u.test(key(group)) &&
  key(part).startsWith(`${key(group)} `) &&
  !isWider(group, part);

/** "Các bộ, ngành" is covered by "Các bộ, ngành, địa phương": the wider one lists more after a comma. */
const isWider = (narrow: string, wide: string): boolean =>
  wide.trim().startsWith(`${narrow.trim()},`);

/** Straight quotes → “ ” and ’, as typeset text has them. */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013-])"/gu, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{\u2014\u2013-])'/gu, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/**
 * The meeting as the object of a sentence: "Họp Ban Chỉ đạo …" → "cuộc họp Ban Chỉ đạo …";
 * a named conference keeps its capital ("Hội nghị tổng kết …").
 */
export function meetingPhrase(title: string): string {
  const t = title.trim();
  if (/^Họp\s/u.test(t)) return `cuộc họp ${t.slice(4)}`;
  if (/^(Cuộc họp|Phiên họp)\s/u.test(t)) return t.charAt(0).toLowerCase() + t.slice(1);
  if (/^(Hội nghị|Hội thảo|Tọa đàm|Diễn đàn)\s/u.test(t)) return t;
  return `cuộc họp về ${t.charAt(0).toLowerCase()}${t.slice(1)}`;
}
