// Meeting facts from the opening of a report or notice: "Sáng 26/8/2025, tại trụ sở Chính phủ,
// Thủ tướng Phạm Minh Chính chủ trì Phiên họp…, kết nối trực tuyến với 34 tỉnh, thành phố.
// Tham dự có Phó Thủ tướng Hồ Đức Phớc; Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng…". Names are
// found by their family name, which is how the title ("Bộ trưởng Bộ Tài chính") and the name
// ("Nguyễn Văn Thắng") — both capitalised — are told apart.
import { daysInMonth, toIsoDate } from '../format/date';
import type { Sentence } from './sentences';
import type { MeetingProposal, PersonFact } from './types';

const SURNAMES =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Mai|Lưu|Đoàn|Cao|Lâm|Tô|Hà|Thái|Tạ|Quách|Lương|Châu|Đào|Vương|Trương|Kiều|La|Tăng|Thân|Chu|Triệu|Nông|Lò|Y|Giàng|Hầu|Sơn|Thạch|Danh|Khúc|Văn|Tống|Nghiêm|Lại|Từ|Diệp|Âu';
const NAME = `(?:${SURNAMES})(?:\\s+\\p{Lu}\\p{Ll}*){1,3}`;
const TITLE =
  '(?:Thủ tướng(?: Chính phủ)?|Phó Thủ tướng(?: Thường trực)?(?: Chính phủ)?|Bộ trưởng|Thứ trưởng(?: Thường trực)?|Thống đốc|Phó Thống đốc|Chủ nhiệm|Phó Chủ nhiệm|Chủ tịch|Phó Chủ tịch|Tổng cục trưởng|Cục trưởng|Vụ trưởng|Trưởng ban|Phó Trưởng ban|Tổng Giám đốc|Giám đốc|Bí thư|Tổng Thư ký|Trưởng đoàn|Ủy viên)';
const PERSON = new RegExp(
  `(${TITLE}(?:\\s+(?!(?:${SURNAMES})\\s)[\\p{L}&,.-]+){0,10}?)\\s+(${NAME})`,
  'gu',
);
const DATE =
  /(?:(sáng|chiều|tối)\s+)?(?:(?:thứ\s+\S+|hôm nay)\s*,?\s*)?(?:ngày\s+)?(\d{1,2})\s*(?:\/|-|\.|\s+tháng\s+)(\d{1,2})\s*(?:\/|-|\.|\s+năm\s+)(\d{4})/iu;
const SHORT_DATE = /(?:(sáng|chiều|tối|trưa)\s+)(?:ngày\s+)?(\d{1,2})\/(\d{1,2})()(?![\d/])/iu;
const CHAIR = /chủ\s+trì\s+(?:cuộc|phiên|hội nghị|buổi|họp|lễ|tọa đàm|hội thảo)/iu;
const ATTEND =
  /^(?:[-–•]\s*)?(?:tham dự|cùng dự|dự họp|dự hội nghị|cùng tham dự|tham dự cuộc họp|tham dự phiên họp|tham dự hội nghị)(?:\s+có)?(?:\s+các đồng chí)?\s*:?\s*/iu;

function people(text: string): PersonFact[] {
  const out: PersonFact[] = [];
  PERSON.lastIndex = 0;
  for (let m = PERSON.exec(text); m; m = PERSON.exec(text)) {
    out.push({ title: (m[1] ?? '').replace(/[\s,]+$/u, '').trim(), name: (m[2] ?? '').trim() });
  }
  return out;
}

export function meetingFacts(
  sentences: Sentence[],
  docYear: number | null = null,
): MeetingProposal | undefined {
  const opening = sentences.slice(0, 12);
  const chairIdx = opening.findIndex((s) => CHAIR.test(s.text));
  if (chairIdx < 0) return undefined;
  const s = opening[chairIdx];
  if (!s) return undefined;
  const t = s.text;
  const facts: MeetingProposal = {
    attendees: [],
    quote: t,
    start: s.start,
    end: s.end,
    rule: 'meeting:chu-tri',
  };
  // "Chiều 26/8," in a news report: the year is the document's.
  const d = DATE.exec(t) ?? SHORT_DATE.exec(t);
  if (d) {
    const day = Number(d[2]);
    const month = Number(d[3]);
    const year = d[4] ? Number(d[4]) : (docYear ?? NaN);
    if (
      Number.isInteger(year) &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month)
    ) {
      facts.date = toIsoDate({ year, month, day });
      facts.dateText = d[0].trim();
    }
  }
  const chairAt = CHAIR.exec(t)?.index ?? 0;
  const chairs = people(t.slice(0, chairAt));
  const chair = chairs[chairs.length - 1];
  if (chair) facts.chair = chair;
  const title = /chủ\s+trì\s+((?:cuộc|phiên|hội nghị|buổi|họp)[^,.;]*)/iu.exec(t)?.[1];
  if (title) facts.title = title.charAt(0).toUpperCase() + title.slice(1).trim();
  const place =
    /(?:^|,\s*|\s)tại\s+((?:trụ sở|Trụ sở|Nhà|Hội trường|Văn phòng|Phòng|Trung tâm|Thành phố|TP\.?|tỉnh|Hà Nội|Thủ đô)[^,.;]*)/u.exec(
      t,
    );
  if (place?.[1]) facts.place = place[1].trim();
  const conn =
    /trực\s+tuyến\s+(?:với|tới|đến)\s+(\d+)\s+(điểm cầu|tỉnh, thành phố|địa phương|tỉnh)/iu.exec(t);
  if (conn) {
    facts.connectionPoints = Number(conn[1]);
    facts.connectionText = `${conn[1]} ${conn[2]}`;
  }
  for (const a of sentences.slice(chairIdx, chairIdx + 4)) {
    const m =
      ATTEND.exec(a.text) ??
      /(?:tham dự|cùng dự)\s+(?:có\s+)?(?:các đồng chí\s*)?:?/iu.exec(a.text);
    if (!m) continue;
    const rest = a.text.slice(m.index + m[0].length);
    for (const p of people(rest))
      if (!facts.attendees.some((x) => x.name === p.name)) facts.attendees.push(p);
    facts.end = Math.max(facts.end, a.end);
  }
  return facts;
}
