// Báo cáo (BC), document-format.md §3.2: I. results with the key figures and the state of the
// tasks, II. shortcomings, III. next tasks, IV. recommendations. Sent upward, so it carries
// "Kính gửi" and "Nơi nhận" starts "Như trên". The delegates' recommendations recorded at the
// meeting go to IV as plain items; the counts, the "6 rõ" table and III are tasks only.
import { isOverdue } from '../../domain/directive';
import type { InlineNode } from '../body';
import { directiveTable, indicatorFigure } from '../live';
import type { Brief } from '../model';
import { blocksOf, bullets, guide, h, p, sentence } from './build';
import type { TemplateContext } from './context';
import {
  baseHeader,
  latestFigures,
  meetingPhrase,
  meetingRecommendations,
  recommendationItem,
  taskSentence,
  meetingBrief,
  actingOnConclusion,
  meetingParts,
} from './records';

/** "Tốc độ tăng trưởng GDP: 7,52% (6 tháng đầu năm 2025)¹. Mức tăng cao nhất …" */
export function figureItems(ctx: TemplateContext): (string | InlineNode)[][] {
  return latestFigures(ctx.indicators).map(({ indicator, observation }) => {
    const comparison = observation.comparison.trim();
    return [
      `${indicator.name}: `,
      indicatorFigure(indicator, observation),
      comparison ? `. ${sentence(comparison)}` : '.',
    ];
  });
}

export function report(ctx: TemplateContext): Brief {
  const { m, org, directives, chair } = meetingParts(ctx);
  const done = directives.filter((d) => d.status === 'done').length;
  const running = directives.filter((d) => d.status === 'in-progress').length;
  const waiting = directives.filter((d) => d.status === 'not-started').length;
  const overdue = directives.filter((d) => isOverdue(d, ctx.today)).length;
  const open = directives.filter((d) => d.status !== 'done');
  const recommendations = meetingRecommendations(ctx);
  const figures = figureItems(ctx);

  const header = baseHeader(org, ctx, {
    form: 'named',
    typeAbbrev: 'BC',
    typeName: 'Báo cáo',
    abstract: `Kết quả thực hiện kết luận của ${chair} tại ${meetingPhrase(m.title)}`,
  });
  header.addressees = [m.chair.title.trim() || chair];
  header.recipients = ['Như trên'];

  return meetingBrief('report', m, header, [
    actingOnConclusion(m, chair, org, `báo cáo kết quả thực hiện như sau:`),
    h(2, 'Kết quả đạt được'),
    h(3, 'Kết quả chung'),
    ...(m.results.trim()
      ? blocksOf(m.results, 'point')
      : [guide('(Nêu các kết quả nổi bật, có số liệu và so sánh cùng kỳ.)')]),
    ...(figures.length > 0 ? [h(3, 'Một số chỉ tiêu chủ yếu'), bullets(figures)] : []),
    h(3, 'Tình hình thực hiện nhiệm vụ'),
    p(
      `Tổng số ${directives.length} nhiệm vụ: hoàn thành ${done}; đang thực hiện ${running}; chưa triển khai ${waiting}` +
        (overdue > 0 ? `; trong đó ${overdue} nhiệm vụ quá hạn.` : '.'),
    ),
    directiveTable(directives, 'six-ro', m.id),
    h(2, 'Tồn tại, hạn chế và nguyên nhân'),
    ...(m.difficulties.trim()
      ? blocksOf(m.difficulties, 'decimal')
      : [guide('(Nêu tồn tại, hạn chế; nguyên nhân khách quan và chủ quan.)')]),
    h(2, 'Nhiệm vụ, giải pháp thời gian tới'),
    open.length > 0
      ? bullets(open.map((d) => [taskSentence(d)]))
      : guide('(Nêu nhiệm vụ, giải pháp trọng tâm.)'),
    h(2, 'Kiến nghị, đề xuất'),
    recommendations.length > 0
      ? bullets(recommendations.map(recommendationItem))
      : guide('(Nêu các kiến nghị, đề xuất cụ thể với cấp trên.)'),
  ]);
}
