// What a figure says about its subject, read from the words around the number: "tăng 8,23% so
// với cùng kỳ" is a change against the same period, "tăng 1,2% so với quý trước" a change
// against the previous period, "chiếm 23,5%" a share, "đóng góp 51%" a contribution, "đạt
// 300 tỷ USD" a level. A growth rate named as such ("tốc độ tăng GDP đạt 8%") is a change.
import type { FigureKind } from './types';
import type { UnitClass } from './units';

export interface KindReading {
  kind: FigureKind;
  sign: 1 | -1;
  qualifier?: 'estimate' | 'approximate';
  rule: string;
}

const UP = /(?:tăng(?:\s+thêm|\s+lên)?|cao hơn|nhiều hơn|vượt|tăng trưởng(?:\s+ở mức)?)$/iu;
const DOWN = /(?:giảm(?:\s+đi|\s+xuống)?|thấp hơn|ít hơn|hạ|sụt giảm)$/iu;
const SHARE = /(?:chiếm(?:\s+tỷ\s+trọng)?|tỷ trọng(?:\s+đạt)?|bằng|tương đương)$/iu;
const CONTRIBUTION = /(?:đóng góp|góp)(?:\s+\S+){0,6}$/iu;
const ESTIMATE =
  /(?:ước(?:\s+tính)?|dự kiến|dự báo)(?:\s+(?:đạt|tăng|giảm|chiếm|khoảng|ở mức|là|có))*$/iu;
const APPROX = /(?:khoảng|gần|hơn|trên|xấp xỉ|dưới|chừng|trên dưới)$/iu;
const GROWTH_SUBJECT =
  /(?:tốc độ tăng(?:\s+trưởng)?|mức tăng|tăng trưởng)(?:\s+\S+){0,4}\s*(?:đạt|ở mức|là|ước đạt|ước tính đạt|ước|khoảng)?\s*$/iu;

/** `before`: the clause text up to the number; `after`: up to the next figure or clause end. */
export function readKind(
  before: string,
  after: string,
  unit: UnitClass,
  base: 'yoy' | 'prev' | 'plan' | undefined,
  previous: FigureKind | null,
  clause: string,
): KindReading {
  let b = before.replace(/\s+/g, ' ').trimEnd();
  // "mức tăng 14,38%", "tăng trưởng 7,1%": the words right before the number decide.
  const adj =
    /(?:mức|tốc độ)\s+(tăng|giảm)(?:\s+trưởng)?\s*(?:ước\s+(?:tính\s+)?)?(?:khoảng|gần|hơn|trên)?\s*$/iu.exec(
      b,
    );
  const compared = /(?:cao hơn|thấp hơn|sau|so với|vượt|hơn|bằng|như)\s+(?:mức|con số)\s*$/iu.test(
    b,
  );
  let qualifier: KindReading['qualifier'];
  const strip = (): boolean => {
    const a = APPROX.exec(b);
    if (a && a.index + a[0].length === b.length) {
      qualifier ??= 'approximate';
      b = b.slice(0, a.index).trimEnd();
      return true;
    }
    const m =
      /(?:mức|con số|khoảng|ở mức|lên mức|xuống mức|bình quân|trung bình|được|mỗi năm|hằng năm|\/năm|lần lượt|tương ứng)$/iu.exec(
        b,
      );
    if (m) {
      b = b.slice(0, m.index).trimEnd();
      return true;
    }
    return false;
  };
  while (strip());
  const est = ESTIMATE.exec(before.trimEnd());
  if (est && est.index + est[0].length >= before.trimEnd().length - 1) qualifier = 'estimate';
  const tail = b.replace(/(?:ước(?:\s+tính)?|dự kiến)(?:\s+đạt)?$/iu, '').trimEnd();
  const afterHead = after.slice(0, 50);
  const changeKind = (): FigureKind => (base === 'prev' ? 'change-prev' : 'change-yoy');
  if (adj)
    return {
      kind: previous === 'change-prev' ? 'change-prev' : changeKind(),
      sign: adj[1]?.toLowerCase() === 'giảm' ? -1 : 1,
      qualifier,
      rule: 'kind:named-change',
    };
  if (compared && previous) return { kind: previous, sign: 1, qualifier, rule: 'kind:comparison' };
  if (
    CONTRIBUTION.test(tail.slice(-60)) &&
    /(?:vào|cho)\s+(?:tốc độ\s+)?tăng|vào\s+(?:mức|tổng)/iu.test(afterHead + tail.slice(-60))
  ) {
    return { kind: 'contribution', sign: 1, qualifier, rule: 'kind:contribution' };
  }
  if (UP.test(tail))
    return { kind: changeKind(), sign: 1, qualifier, rule: `kind:up-${base ?? 'default'}` };
  if (DOWN.test(tail))
    return { kind: changeKind(), sign: -1, qualifier, rule: `kind:down-${base ?? 'default'}` };
  if (
    SHARE.test(tail) ||
    (unit === 'percent' &&
      /^\s*(?:trong\s+)?(?:tổng|GDP|kế hoạch|dự toán|mục tiêu|chỉ tiêu|so với kế hoạch|so với dự toán)/iu.test(
        after,
      ))
  ) {
    return { kind: 'share', sign: 1, qualifier, rule: 'kind:share' };
  }
  if (base === 'plan' && unit === 'percent')
    return { kind: 'share', sign: 1, qualifier, rule: 'kind:share-of-plan' };
  if (
    unit === 'percent' &&
    (GROWTH_SUBJECT.test(tail) || /(?:tốc độ tăng|tăng trưởng|mức tăng)/iu.test(clause))
  )
    return { kind: changeKind(), sign: 1, qualifier, rule: 'kind:growth-rate' };
  if (unit === 'percent' && base)
    return { kind: changeKind(), sign: 1, qualifier, rule: 'kind:base' };
  if (unit === 'pp')
    return {
      kind: base === 'prev' ? 'change-prev' : 'change-yoy',
      sign: 1,
      qualifier,
      rule: 'kind:pp',
    };
  return { kind: 'level', sign: 1, qualifier, rule: 'kind:level' };
}
