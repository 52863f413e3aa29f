// Kế hoạch (KH), document-format.md §3.5: the legal bases, I. purpose and requirements, II. the
// task table (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm),
// III. organisation of the work (responsibilities, reporting, funding).
import { joinUnits, sentenceCaseName } from '../wording';
import { directiveTable } from '../live';
import type { Brief } from '../model';
import { h, p, upperFirst as upperFirstOf } from './build';
import type { TemplateContext } from './context';
import {
  baseHeader,
  meetingPhrase,
  taskedUnits,
  meetingBrief,
  meetingParts,
  legalGround,
} from './records';

export function plan(ctx: TemplateContext): Brief {
  const { m, org, directives, chair } = meetingParts(ctx);
  const units = taskedUnits(directives);

  const header = baseHeader(org, ctx, {
    form: 'named',
    typeAbbrev: 'KH',
    typeName: 'Kế hoạch',
    abstract: `Triển khai thực hiện kết luận của ${chair} tại ${meetingPhrase(m.title)}`,
  });
  header.legalBases = m.legalReferences.map((r) => `Căn cứ ${legalGround(r)}`);
  header.recipients = units;

  return meetingBrief('plan', m, header, [
    p(
      `${sentenceCaseName(org.name)} ban hành Kế hoạch triển khai thực hiện kết luận của ${chair} tại ${meetingPhrase(m.title)} như sau:`,
    ),
    h(2, 'Mục đích, yêu cầu'),
    h(3, 'Mục đích'),
    p(m.purpose.trim() || 'Triển khai đầy đủ, kịp thời các kết luận và nhiệm vụ được giao.'),
    h(3, 'Yêu cầu'),
    p(
      'Mỗi nhiệm vụ bảo đảm rõ người, rõ việc, rõ thời gian, rõ thẩm quyền, rõ trách nhiệm, rõ sản phẩm; ' +
        'phân công cụ thể cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành.',
    ),
    h(2, 'Nhiệm vụ, giải pháp'),
    p(
      'Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm như sau:',
    ),
    directiveTable(directives, 'plan', m.id),
    h(2, 'Tổ chức thực hiện'),
    h(3, 'Phân công trách nhiệm'),
    p(
      units.length > 0
        ? `${upperFirstOf(joinUnits(units))} chủ động triển khai các nhiệm vụ được giao, bảo đảm tiến độ và chất lượng.`
        : 'Các cơ quan được giao nhiệm vụ chủ động triển khai, bảo đảm tiến độ và chất lượng.',
    ),
    h(3, 'Chế độ báo cáo'),
    p(
      `Định kỳ hằng quý, các cơ quan báo cáo kết quả thực hiện về ${sentenceCaseName(org.name)} để tổng hợp, báo cáo ${chair}.`,
    ),
    h(3, 'Kinh phí'),
    p(
      'Kinh phí thực hiện bố trí từ dự toán ngân sách nhà nước giao hằng năm của các cơ quan theo quy định.',
    ),
  ]);
}
