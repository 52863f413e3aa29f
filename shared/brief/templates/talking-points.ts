// Đề cương phát biểu: the talking points of the organisation's leader at the meeting, with the
// key figures. A working paper: header and title, no number and no signature block (Decree 30
// lists no such type, so it takes no Appendix III abbreviation).
import { sentenceCaseName } from '../wording';
import type { Brief } from '../model';
import { blocksOf, bullets, h, p, pLeft } from './build';
import type { TemplateContext } from './context';
import {
  meetingDirectives,
  meetingPhrase,
  meetingRecommendations,
  recommendationItem,
  taskSentence,
} from './records';
import { figureItems } from './report';

export function talkingPoints(ctx: TemplateContext): Brief {
  const { meeting: m, organisation: org } = ctx;
  const speaker = [org.signer.title, org.signer.name]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
  const figures = figureItems(ctx);
  const priorities =
    m.conclusions.length > 0
      ? m.conclusions.map((c) => [c.text])
      : meetingDirectives(ctx).map((d) => [taskSentence(d)]);
  const chairTitle = m.chair.title.trim();
  // What the delegates proposed is something the speaker may take up, not a task to announce.
  const recommendations = meetingRecommendations(ctx).map(recommendationItem);

  return {
    version: 1,
    template: 'talking-points',
    meetingId: m.id,
    header: {
      form: 'internal',
      superiorBody: org.superiorBody,
      issuingBody: org.name,
      numberSymbol: {
        number: null,
        typeAbbrev: '',
        issuerAbbrev: org.abbreviation,
        unitAbbrev: '',
      },
      place: org.place,
      date: ctx.today,
      typeName: 'Đề cương phát biểu',
      abstract: `Của ${speaker ? `đồng chí ${speaker}` : `lãnh đạo ${sentenceCaseName(org.name)}`} tại ${meetingPhrase(m.title)}`,
      addressees: [],
      legalBases: [],
      signature: { authority: 'none', authorityOf: '', title: '', name: '' },
      secondSignature: null,
      recipients: [],
      archiveUnits: [],
      drafter: { initials: org.drafterInitials, copies: null },
      urgency: 'none',
      secrecy: m.secrecy,
      circulation: 'luu-hanh-noi-bo',
      draft: true,
    },
    body: {
      type: 'doc',
      content: [
        pLeft(chairTitle ? `Kính thưa đồng chí ${chairTitle},` : 'Kính thưa đồng chí chủ trì,'),
        pLeft('Kính thưa các đồng chí,'),
        p(
          `${sentenceCaseName(org.name)} cơ bản thống nhất với các báo cáo trình bày tại ${meetingPhrase(m.title)}. Xin phát biểu một số ý kiến sau:`,
        ),
        h(2, 'Kết quả nổi bật'),
        ...(figures.length > 0 ? [bullets(figures)] : blocksOf(m.results, 'decimal')),
        h(2, 'Một số hạn chế, khó khăn'),
        ...(m.difficulties.trim() ? blocksOf(m.difficulties, 'decimal') : [p('…')]),
        h(2, 'Nhiệm vụ trọng tâm thời gian tới'),
        priorities.length > 0 ? bullets(priorities) : p('…'),
        ...(recommendations.length > 0
          ? [h(2, 'Một số kiến nghị, đề xuất'), bullets(recommendations)]
          : []),
        p('Xin trân trọng cảm ơn.'),
      ],
    },
  };
}
