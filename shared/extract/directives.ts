// Directives from conclusion and assignment text: "Giao Bộ Tài chính chủ trì, phối hợp với
// NHNN, Bộ Công Thương nghiên cứu…, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2025". The lead
// is the unit before "chủ trì" (or after "Giao"/"Đề nghị"/"Yêu cầu", or the heading "Bộ X:" of
// a list of tasks); the coordinating units follow "phối hợp với"; the deadline and product are
// read from the task. What the text does not say is left for the user.
import { agencyName, findAgencies, type AgencyMention } from './agencies';
import { findDeadline } from './deadlines';
import type { Sentence } from './sentences';
import type { DirectiveProposal } from './types';

const MEETING_CHAIR = /chủ trì\s+(?:cuộc|phiên|hội nghị|buổi|họp|lễ|tọa đàm|hội thảo|làm việc)/iu;
const CHU_TRI = /(?:,\s*)?chủ\s+trì(?:\s*,)?/iu;
const COORD = /(?:,\s*)?(?:và\s+)?phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s*/iu;
const TRIGGER =
  /^(?:[-–•+*]\s*|[a-zđ]\)\s*|\d+(?:\.\d+)*[.)]\s*)?(?:(?:Thủ tướng Chính phủ|Phó Thủ tướng|Chính phủ)[^,:]{0,60}?\s+)?(?:giao|đề nghị|yêu cầu|chỉ đạo|Giao|Đề nghị|Yêu cầu)\s+/u;
const REMIT =
  /^\s*,?\s*(?:theo (?:chức năng, nhiệm vụ|thẩm quyền)(?: được giao)?|trong phạm vi (?:chức năng|quản lý)[^,]*)\s*,?\s*/iu;
const LIST_MARK = /^(?:[-–•+*]\s*|[a-zđ]\)\s*|\d+(?:\.\d+)*[.)]\s*)/u;
const TASK_VERB =
  /^(?:khẩn trương|tiếp tục|chủ động|nghiên cứu|hoàn thiện|rà soát|xây dựng|tổ chức|chỉ đạo|theo dõi|tham mưu|triển khai|đẩy nhanh|tăng cường|hướng dẫn|báo cáo|trình|đề xuất|thực hiện|kiểm tra|sửa đổi|ban hành|điều hành|chịu trách nhiệm|tập trung|quyết liệt|phối hợp)/iu;
const PRODUCT =
  /(?:trình\s+(?:Thủ tướng Chính phủ|Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ Chính trị|Ban Bí thư)|báo cáo\s+(?:Thủ tướng Chính phủ|Chính phủ|Phó Thủ tướng[^,;.]{0,40})|(?:dự thảo\s+)?(?:Đề án|Nghị định|Nghị quyết|Quyết định|Thông tư|Kế hoạch|Chiến lược|Chương trình|Chỉ thị|Tờ trình|Luật|Quy hoạch|báo cáo)(?:\s+[^,;.]{0,70})?)/u;
const AUTHORITY_IN =
  /(Thủ tướng Chính phủ|Phó Thủ tướng(?: Chính phủ)?(?:\s+\p{Lu}\p{L}*){0,4}|Chính phủ|Bộ trưởng(?:\s+\p{Lu}[\p{L}]*)+)\s+(?:giao|yêu cầu|chỉ đạo|đề nghị)/u;

// Case-sensitive on purpose: with the i flag \p{Lu} would match any letter.
const MAY_ASSIGN =
  /[Cc]hủ\s+trì|[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu|:|^(?:[-–•+*]\s*|[a-zđ]\)\s*|\d+(?:\.\d+)*[.)]\s*)?(?:Bộ|Ủy|Uỷ|UBND|Ngân hàng|NHNN|Văn phòng|VPCP|Thanh tra|Tổng cục|Cục|Kho bạc|Bảo hiểm|Kiểm toán|Tập đoàn|Đài|Thông tấn|Viện|Các|các|\p{Lu}{2,})/u;

export interface DirectiveContext {
  year: number | null;
  /** The unit of a list heading ("2. Bộ Tài chính:") that the items below it belong to. */
  listLead: string | null;
  authority: string | null;
}

/** Units listed from the start of `text` ("NHNN, Bộ Công Thương và các địa phương …"), and where the list ends. */
function unitList(
  text: string,
  agencies: AgencyMention[],
  offset: number,
): { units: string[]; end: number } {
  const units: string[] = [];
  let pos = 0;
  for (;;) {
    const gap = /^(?:\s*,\s*|\s+và\s+|\s*;\s*|\s+)?/u.exec(text.slice(pos))?.[0] ?? '';
    const at = pos + gap.length;
    const a = agencies.find((x) => x.start - offset === at);
    if (!a) break;
    units.push(a.name);
    pos = a.end - offset;
  }
  return { units, end: pos };
}

function tidyTask(s: string): string {
  return s
    .replace(/^[\s,:;]+|[\s,;.]+$/gu, '')
    .replace(/^(?:để|nhằm)\s+/iu, '')
    .replace(/\s+/g, ' ');
}

export function directivesOfSentence(
  sentence: Sentence,
  ctx: DirectiveContext,
): DirectiveProposal | null {
  const text = sentence.text;
  if (MEETING_CHAIR.test(text)) return null;
  // Most sentences of a report assign nothing: skip the agency dictionary for them.
  if (!ctx.listLead && !MAY_ASSIGN.test(text)) return null;
  const agencies = findAgencies(text);
  let lead = '';
  let rest = '';
  let rule = '';
  let restOffset = 0;
  const coLeads: string[] = [];
  const ct = CHU_TRI.exec(text);
  const body = text.replace(LIST_MARK, '');
  const bodyOffset = text.length - body.length;
  const headingLead = /^([^:]{3,90}):\s*(.*)$/su.exec(body);
  if (ct) {
    const before = text.slice(0, ct.index);
    const near = [...agencies]
      .reverse()
      .find(
        (a) =>
          a.end <= ct.index &&
          /^\s*(?:được giao|được phân công|sẽ|tiếp tục|có trách nhiệm)?\s*,?\s*$/u.test(
            text.slice(a.end, ct.index),
          ),
      );
    if (near) lead = near.name;
    else {
      const t = before.replace(TRIGGER, '').replace(LIST_MARK, '').trim();
      lead = t && t.length <= 90 ? agencyName(t) : (ctx.listLead ?? '');
    }
    rest = text.slice(ct.index + ct[0].length);
    restOffset = ct.index + ct[0].length;
    rule = near ? 'directive:chu-tri' : lead ? 'directive:chu-tri-text' : 'directive:chu-tri-list';
  } else if (headingLead && findAgencies(headingLead[1] ?? '').some((a) => a.start === 0)) {
    lead = agencyName(headingLead[1] ?? '');
    rest = headingLead[2] ?? '';
    restOffset = bodyOffset + (headingLead[1]?.length ?? 0) + 1;
    rule = 'directive:heading';
    if (!rest.trim()) return null;
  } else {
    const trig = TRIGGER.exec(text);
    const startAt = trig ? trig[0].length : bodyOffset;
    const first = agencies.find((a) => a.start === startAt);
    const more = first
      ? unitList(text.slice(first.end), agencies, first.end)
      : { units: [], end: 0 };
    // "Bộ Tài chính, Bộ Công Thương theo chức năng, nhiệm vụ được giao khẩn trương…"
    const remainder = first ? text.slice(first.end + more.end).replace(REMIT, '') : '';
    if (first && (trig || TASK_VERB.test(remainder.trim()))) {
      lead = first.name;
      rest = trig ? text.slice(first.end + more.end) : remainder;
      restOffset = first.end + more.end;
      rule = trig ? 'directive:giao' : 'directive:subject-verb';
      // Units named with the lead share its task; the first is taken as lead, the rest coordinate.
      if (!trig) coLeads.push(...more.units);
    } else if (ctx.listLead && TASK_VERB.test(body)) {
      lead = ctx.listLead;
      rest = body;
      restOffset = bodyOffset;
      rule = 'directive:list-item';
    } else return null;
  }
  if (!lead) return null;
  let coordinating: string[] = [...coLeads];
  const co = COORD.exec(rest);
  if (co && co.index <= 3) {
    const after = rest.slice(co.index + co[0].length);
    const list = unitList(after, agencies, restOffset + co.index + co[0].length);
    coordinating = [...coLeads, ...list.units];
    rest = after.slice(list.end);
  }
  const deadline = findDeadline(rest, ctx.year) ?? findDeadline(text, ctx.year);
  let task = rest;
  if (deadline && task.includes(deadline.dueText)) {
    task = task
      .replace(deadline.dueText, ' ')
      .replace(/\s*(?:hoàn thành|xong)\s*(?=[,.;]|$)/iu, '');
  }
  task = tidyTask(task);
  if (task.length < 8) return null;
  const product = PRODUCT.exec(task)?.[0]?.trim();
  const auth = AUTHORITY_IN.exec(text)?.[1] ?? ctx.authority ?? undefined;
  return {
    lead,
    coordinating: coordinating.filter((c) => c !== lead),
    task: task.charAt(0).toUpperCase() + task.slice(1),
    ...(deadline?.due ? { due: deadline.due } : {}),
    dueText: deadline?.dueText ?? '',
    ...(product ? { product } : {}),
    ...(auth ? { authority: auth } : {}),
    quote: text,
    start: sentence.start,
    end: sentence.end,
    rule: [rule, deadline ? (deadline.due ? 'due:resolved' : 'due:standing') : 'due:none'].join(
      ' ',
    ),
    ambiguous: rule === 'directive:chu-tri-text' || rule === 'directive:list-item' || !deadline,
  };
}

/** "2. Bộ Tài chính:" alone on its line: the unit the tasks below belong to. */
export function listHeadingLead(sentence: Sentence): string | null {
  const body = sentence.text.replace(LIST_MARK, '').trim();
  const m = /^(.{3,90}?):$/su.exec(body);
  if (!m) return null;
  const a = findAgencies(m[1] ?? '');
  return a[0] && a[0].start === 0 ? a[0].name : null;
}

/** "Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại…": who assigns the notice's tasks. */
export function noticeAuthority(text: string): string | null {
  const m = /(?:kết luận|ý kiến chỉ đạo)\s+của\s+(.{5,80}?)\s+tại\s/iu.exec(text.slice(0, 3000));
  return m?.[1]?.trim() ?? null;
}
