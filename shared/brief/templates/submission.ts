// Tờ trình (TTr), document-format.md §3.4: "Kính gửi" the approving authority; I. necessity and
// grounds (the meeting's legal references), II. the proposal, III. views of the bodies
// concerned, IV. the request ("Kính trình … xem xét, phê duyệt").
import { sentenceCaseName } from '../wording';
import { directiveTable } from '../live';
import type { Brief } from '../model';
import { bullets, guide, h, numbered, p } from './build';
import type { TemplateContext } from './context';
import {
  baseHeader,
  meetingPhrase,
  meetingBrief,
  actingOnConclusion,
  meetingParts,
  legalGround,
} from './records';

export function submission(ctx: TemplateContext): Brief {
  const { m, org, directives, chair } = meetingParts(ctx);
  const approver = m.chair.title.trim() || chair;
  const subject = `Kế hoạch triển khai kết luận của ${chair} tại ${meetingPhrase(m.title)}`;
  const grounds = m.legalReferences.map((r) => [`${legalGround(r)};`]);

  const header = baseHeader(org, ctx, {
    form: 'named',
    typeAbbrev: 'TTr',
    typeName: 'Tờ trình',
    abstract: `Về việc phê duyệt ${subject}`,
  });
  header.addressees = [approver];
  header.recipients = ['Như trên'];

  return meetingBrief('submission', m, header, [
    actingOnConclusion(
      m,
      chair,
      org,
      `kính trình ${approver} xem xét, phê duyệt ${subject} như sau:`,
    ),
    h(2, 'Sự cần thiết và căn cứ'),
    ...(m.purpose.trim() ? [p(m.purpose.trim())] : [guide('(Nêu sự cần thiết.)')]),
    ...(grounds.length > 0 ? [p('Căn cứ:'), bullets(grounds)] : []),
    h(2, 'Nội dung đề xuất'),
    h(3, 'Mục tiêu'),
    guide('(Nêu mục tiêu cần đạt.)'),
    h(3, 'Nội dung chủ yếu'),
    m.conclusions.length > 0
      ? numbered(
          m.conclusions.map((c) => [c.text]),
          'point',
        )
      : guide('(Nêu nội dung chủ yếu.)'),
    h(3, 'Phân công thực hiện'),
    directiveTable(directives, 'plan', m.id),
    h(2, 'Ý kiến của các cơ quan liên quan'),
    guide('(Tổng hợp ý kiến góp ý và việc tiếp thu, giải trình.)'),
    // The submitter's own request for approval: the delegates' recommendations are not
    // what is put to the approver here (the report carries them).
    h(2, 'Kiến nghị'),
    p(`${sentenceCaseName(org.name)} kính trình ${approver} xem xét, phê duyệt.`),
  ]);
}
