// Biên bản, Mẫu 1.9 (document-format.md §3.7): no place and date in the header; "BIÊN BẢN" and
// the meeting's name; start time, place, participants, chair, secretary, proceedings; the closing
// line; the secretary and the chair sign side by side, "Nơi nhận" below. The delegates'
// recommendations are part of the proceedings (what was said), listed before the chair's
// conclusions; the minutes record, they assign nothing.
import { formatDecree30Date, formatMeetingWhen } from '../../format/date';
import type { Brief } from '../model';
import { blocksOf, bold, bullets, numbered, p, upperFirst } from './build';
import type { TemplateContext } from './context';
import {
  baseHeader,
  chairFull,
  meetingRecommendations,
  recommendationItem,
  meetingBrief,
} from './records';

export function minutes(ctx: TemplateContext): Brief {
  const { meeting: m, organisation: org } = ctx;
  const attendees = m.attendees
    .map((a) =>
      [a.name, a.title, a.committeeRole]
        .map((s) => s.trim())
        .filter(Boolean)
        .join(', '),
    )
    .filter(Boolean);
  const recommendations = meetingRecommendations(ctx).map(recommendationItem);
  const sites = m.connectionPoints.map((c) => c.site);
  const where = [
    m.location.trim() || '…',
    sites.length > 0 ? `kết nối trực tuyến với ${sites.length} điểm cầu` : '',
  ]
    .filter(Boolean)
    .join('; ');

  const header = baseHeader(org, ctx, {
    form: 'minutes',
    typeAbbrev: 'BB',
    typeName: 'Biên bản',
    abstract: m.title,
  });
  header.signature = { authority: 'none', authorityOf: '', title: 'Chủ tọa', name: m.chair.name };
  header.secondSignature = { title: 'Thư ký', name: '' };
  header.archiveUnits = ['Hồ sơ'];

  return meetingBrief('minutes', m, header, [
    p(
      bold('Thời gian bắt đầu: '),
      upperFirst(formatMeetingWhen(m.date, m.partOfDay, m.time)) + '.',
    ),
    p(bold('Địa điểm: '), where.endsWith('…') ? where : `${where}.`),
    p(bold('Thành phần tham dự:')),
    ...(attendees.length > 0 ? [bullets(attendees.map((a) => [`${a};`]))] : [p('…')]),
    p(bold('Chủ trì (chủ tọa): '), `${chairFull(m.chair)}.`),
    p(bold('Thư ký (người ghi biên bản): '), '…'),
    p(bold('Nội dung (theo diễn biến cuộc họp):')),
    ...(m.summary.trim() ? blocksOf(m.summary, 'bullet') : [p('…')]),
    ...blocksOf(m.results, 'bullet'),
    ...(recommendations.length > 0
      ? [p(bold('Ý kiến, kiến nghị của đại biểu:')), bullets(recommendations)]
      : []),
    ...(m.conclusions.length > 0
      ? [p(bold('Kết luận của chủ trì:')), numbered(m.conclusions.map((c) => [c.text]))]
      : []),
    p(`Cuộc họp kết thúc vào … giờ …, ${formatDecree30Date(m.date)}.`),
  ]);
}
