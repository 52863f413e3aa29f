// The templates by CLI name. Each returns a complete, schema-valid brief: the result goes
// through the brief schema, so text is NFC and every bound holds before anything is saved.
import { brief as briefSchema, type Brief, type TemplateName } from '../model';
import { conclusionNotice } from './conclusion-notice';
import type { TemplateContext } from './context';
import { minutes } from './minutes';
import { officialLetter } from './official-letter';
import { plan } from './plan';
import { report } from './report';
import { submission } from './submission';
import { talkingPoints } from './talking-points';

export type { BriefOrganisation, TemplateContext } from './context';
export { meetingPhrase, openingSentence, taskSentence } from './records';

export type MeetingTemplateName = Exclude<TemplateName, 'blank' | 'directive-report'>;

export const TEMPLATES: Record<MeetingTemplateName, (ctx: TemplateContext) => Brief> = {
  'conclusion-notice': conclusionNotice,
  report,
  'talking-points': talkingPoints,
  submission,
  'official-letter': officialLetter,
  plan,
  minutes,
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as MeetingTemplateName[];

/** Vietnamese and English names for a template picker. */
export const TEMPLATE_LABELS: Record<Exclude<TemplateName, 'blank'>, { vi: string; en: string }> = {
  'conclusion-notice': { vi: 'Thông báo kết luận', en: 'Conclusion notice' },
  report: { vi: 'Báo cáo', en: 'Report' },
  'talking-points': { vi: 'Đề cương phát biểu', en: 'Talking points' },
  submission: { vi: 'Tờ trình', en: 'Submission' },
  'official-letter': { vi: 'Công văn', en: 'Official letter' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  minutes: { vi: 'Biên bản', en: 'Minutes' },
  'directive-report': {
    vi: 'Báo cáo tình hình thực hiện nhiệm vụ',
    en: 'Directive completion report',
  },
};

export function createBrief(name: MeetingTemplateName, ctx: TemplateContext): Brief {
  return briefSchema.parse(TEMPLATES[name](ctx));
}
export { directiveReport, type DirectiveReportContext } from './directive-report';
