// Type abbreviations in document number-symbols (document-format.md §2.1–2.4). Each family has
// its own table: an administrative "QĐ" is a Decision under Decree 30 Appendix III, a normative
// "TT" is a Circular, and the Party writes "KL" (Kết luận), which the state table lacks.

export type LegalFamily = 'administrative' | 'normative' | 'party';

/** Decree 30/2020/NĐ-CP, Appendix III §I. Công văn has no abbreviation (see legal-number.ts). */
export const ADMINISTRATIVE_TYPES: ReadonlyMap<string, string> = new Map([
  ['NQ', 'Nghị quyết'],
  ['QĐ', 'Quyết định'],
  ['CT', 'Chỉ thị'],
  ['QC', 'Quy chế'],
  ['QyĐ', 'Quy định'],
  ['TC', 'Thông cáo'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
  ['CTr', 'Chương trình'],
  ['KH', 'Kế hoạch'],
  ['PA', 'Phương án'],
  ['ĐA', 'Đề án'],
  ['DA', 'Dự án'],
  ['BC', 'Báo cáo'],
  ['BB', 'Biên bản'],
  ['TTr', 'Tờ trình'],
  ['HĐ', 'Hợp đồng'],
  ['CĐ', 'Công điện'],
  ['BGN', 'Bản ghi nhớ'],
  ['BTT', 'Bản thỏa thuận'],
  ['GUQ', 'Giấy uỷ quyền'],
  ['GM', 'Giấy mời'],
  ['GGT', 'Giấy giới thiệu'],
  ['GNP', 'Giấy nghỉ phép'],
  ['PG', 'Phiếu gửi'],
  ['PC', 'Phiếu chuyển'],
  ['PB', 'Phiếu báo'],
  ['SY', 'Bản sao y'],
  ['TrS', 'Bản trích sao'],
  ['SL', 'Bản sao lục'],
]);

/**
 * Party documents (§2.4, secondary sources). "QĐ" is listed as Quyết định, but Quy định also
 * print as QĐ ("Quy định 399-QĐ/TW"); "QĐi" is another source's form. So for Party documents
 * the type the user recorded wins over the one derived here.
 */
export const PARTY_TYPES: ReadonlyMap<string, string> = new Map([
  ['NQ', 'Nghị quyết'],
  ['QĐ', 'Quyết định'],
  ['QĐi', 'Quy định'],
  ['CT', 'Chỉ thị'],
  ['KL', 'Kết luận'],
  ['QC', 'Quy chế'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
  ['BC', 'Báo cáo'],
  ['KH', 'Kế hoạch'],
  ['CTr', 'Chương trình'],
  ['TTr', 'Tờ trình'],
  ['CV', 'Công văn'],
  ['BB', 'Biên bản'],
  ['ĐA', 'Đề án'],
  ['PA', 'Phương án'],
]);

/**
 * Legal normative documents (§2.3). Only the types whose abbreviation is unambiguous; a law of
 * the National Assembly ("117/2025/QH15") has no type abbreviation at all, and its resolutions
 * share the same form, so that one stays unnamed.
 */
export const NORMATIVE_TYPES: ReadonlyMap<string, string> = new Map([
  ['NĐ', 'Nghị định'],
  ['TT', 'Thông tư'],
  ['TTLT', 'Thông tư liên tịch'],
  ['QĐ', 'Quyết định'],
  ['NQ', 'Nghị quyết'],
  ['NQLT', 'Nghị quyết liên tịch'],
]);

const TABLES: Record<LegalFamily, ReadonlyMap<string, string>> = {
  administrative: ADMINISTRATIVE_TYPES,
  normative: NORMATIVE_TYPES,
  party: PARTY_TYPES,
};

/**
 * `TB` → `Thông báo`. With a family, only that family's table; without, the administrative
 * table first, then the Party and normative ones. Null when the abbreviation is unknown.
 */
export function typeNameFromAbbrev(abbrev: string, family?: LegalFamily): string | null {
  const key = abbrev.normalize('NFC').trim();
  if (family) return TABLES[family].get(key) ?? null;
  return ADMINISTRATIVE_TYPES.get(key) ?? PARTY_TYPES.get(key) ?? NORMATIVE_TYPES.get(key) ?? null;
}
