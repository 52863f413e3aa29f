// Công văn, Mẫu 1.5 (document-format.md §3.6): no type name; "V/v …" under the number;
// "Kính gửi" the units given tasks; the tasks; a request to report back; "Trân trọng./.".
import { sentenceCaseName } from '../wording';
import { formatShortDate } from '../../format/date';
import type { Brief } from '../model';
import { numbered, p } from './build';
import type { TemplateContext } from './context';
import {
  baseHeader,
  taskedUnits,
  taskSentence,
  meetingBrief,
  actingOnConclusion,
  meetingParts,
} from './records';

export function officialLetter(ctx: TemplateContext): Brief {
  const { m, org, directives, chair } = meetingParts(ctx);
  const units = taskedUnits(directives);

  const header = baseHeader(org, ctx, {
    form: 'official-letter',
    typeAbbrev: '',
    typeName: '',
    abstract: `triển khai kết luận của ${chair} tại cuộc họp ngày ${formatShortDate(m.date)}`,
  });
  header.addressees = units.length > 0 ? units : ['Các bộ, ngành, địa phương liên quan'];
  header.recipients = ['Như trên', `${chair} (để báo cáo)`];

  return meetingBrief('official-letter', m, header, [
    actingOnConclusion(m, chair, org, `đề nghị các cơ quan, đơn vị triển khai các nhiệm vụ sau:`),
    directives.length > 0 ? numbered(directives.map((d) => [taskSentence(d)])) : p('…'),
    p(
      `Đề nghị các cơ quan, đơn vị báo cáo kết quả thực hiện về ${sentenceCaseName(org.name)} trước ngày … để tổng hợp, báo cáo ${chair}.`,
    ),
    p('Trân trọng.'),
  ]);
}
