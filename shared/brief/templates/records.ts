// Phrases built from the records, in the wording of conclusion notices and reports
// (document-format.md §3.3): who chaired, which meeting, who attended, what each task asks of
// whom and by when, and the header every template starts from.
import { isTask, type Directive } from '../../domain/directive';
import type { Indicator, IndicatorWithObservations, Observation } from '../../domain/indicator';
import type { LegalReference } from '../../domain/legal-ref';
import type { Meeting, Person } from '../../domain/meeting';
import { formatMeetingWhen, formatShortDate } from '../../format/date';
import { formatLegalCitation } from '../../format/legal-number';
import { foldForSearch } from '../../text';
import type { BodyBlock, ParagraphNode } from '../body';
import { meetingReference } from '../live';
import type { Brief, BriefForm, BriefHeader } from '../model';
import { distinctUnits, inSentence, meetingPhrase, sentenceCaseName } from '../wording';
import { lowerLead, p, sentence, upperFirst } from './build';
import type { BriefOrganisation, TemplateContext } from './context';

/** "Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo". */
export function chairFull(chair: Person): string {
  const who =
    [chair.title, chair.name]
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' ') || 'Chủ trì cuộc họp';
  return chair.committeeRole.trim() ? `${who}, ${chair.committeeRole.trim()}` : who;
}

/** "Thủ tướng Chính phủ Phạm Minh Chính" (no committee role), for repeated mentions. */
export const chairShort = (chair: Person): string =>
  [chair.title, chair.name]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ') || 'Chủ trì cuộc họp';

export { meetingPhrase } from '../wording';

/** "Chiều 26/8/2025, tại Trụ sở Chính phủ, Thủ tướng … đã chủ trì cuộc họp …." */
export function openingSentence(m: Meeting): string {
  const raw = formatMeetingWhen(m.date, m.partOfDay, m.time);
  // "26/8/2025" → "Ngày 26/8/2025"; "14 giờ 00, ngày 26/8/2025" → "Vào hồi 14 giờ 00, …".
  const when = /^\d{1,2}\/\d/.test(raw)
    ? `Ngày ${raw}`
    : /^\d/.test(raw)
      ? `Vào hồi ${raw}`
      : upperFirst(raw);
  const where = m.location.trim() ? `, tại ${m.location.trim()}` : '';
  const online =
    m.mode !== 'in-person' && m.connectionPoints.length > 0
      ? ` theo hình thức trực tiếp kết hợp trực tuyến với ${m.connectionPoints.length} điểm cầu`
      : m.mode === 'online'
        ? ' theo hình thức trực tuyến'
        : '';
  return `${when}${where}, ${chairFull(m.chair)} đã chủ trì ${meetingPhrase(m.title)}${online}.`;
}

const MAX_NAMED_ATTENDEES = 12;

function attendeePhrase(a: Person): string {
  const roles = [a.title, a.committeeRole]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
  if (a.name.trim())
    return roles ? `đồng chí ${a.name.trim()}, ${roles}` : `đồng chí ${a.name.trim()}`;
  return roles.charAt(0).toLowerCase() + roles.slice(1);
}

/** "Tham dự cuộc họp có đồng chí …; đồng chí …; lãnh đạo các bộ, ngành." or "" when unknown. */
export function attendanceSentence(m: Meeting): string {
  const named = m.attendees.map(attendeePhrase).filter(Boolean);
  if (named.length === 0) return '';
  const shown = named.slice(0, MAX_NAMED_ATTENDEES);
  const more = named.length > shown.length ? '; cùng các đại biểu khác' : '';
  return `Tham dự cuộc họp có ${shown.join('; ')}${more}.`;
}

export const leadOf = (d: Directive): string => d.leadUnit.trim() || d.assignee.trim();

/** "… . Cơ quan chủ trì: Bộ Ngoại giao; cơ quan phối hợp: Bộ Công Thương; thời hạn: 30/9/2025." */
/** "Cơ quan chủ trì: …; cơ quan phối hợp: …; thời hạn: …." — or '' when the task names none. */
export function assignmentSentence(d: Directive): string {
  const details: string[] = [];
  if (leadOf(d))
    details.push(
      `cơ quan chủ trì: ${distinctUnits([leadOf(d)])
        .map(inSentence)
        .join(', ')}`,
    );
  if (d.coordinatingUnits.length > 0)
    details.push(
      `cơ quan phối hợp: ${distinctUnits(d.coordinatingUnits).map(inSentence).join(', ')}`,
    );
  if (d.deadline) details.push(`thời hạn: ${formatShortDate(d.deadline)}`);
  return details.length > 0 ? `${upperFirst(details.join('; '))}.` : '';
}

export function taskSentence(d: Directive): string {
  const task = sentence(d.task || '…');
  const assignment = assignmentSentence(d);
  return assignment ? `${task} ${assignment}` : task;
}

const contentWords = (s: string) =>
  new Set(
    foldForSearch(s)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  );

/**
 * Whether a task only restates the conclusion it came from (most of its words are the
 * conclusion's): the notice then prints the conclusion once with the assignment, instead of
 * the same sentence twice in a row.
 */
export function restates(conclusion: string, task: string): boolean {
  const words = contentWords(task);
  if (words.size === 0) return true;
  const said = contentWords(conclusion);
  return [...words].filter((w) => said.has(w)).length / words.size >= 0.6;
}

/**
 * The meeting's own tasks, in the order the register keeps them: what task lists, task tables
 * and the "Cơ quan chủ trì" recipients are made of. Recommendations are left out (issue 10 §5).
 */
export const meetingDirectives = (ctx: TemplateContext): Directive[] =>
  ctx.directives.filter((d) => d.meetingId === ctx.meeting.id && isTask(d));

/** What a meeting template drafts from, read the same way by each of them. */
export interface MeetingParts {
  m: Meeting;
  org: BriefOrganisation;
  /** The meeting's own tasks (meetingDirectives). */
  directives: Directive[];
  /** The chair as the body of a brief names them (chairShort). */
  chair: string;
}

/**
 * The meeting, the issuing organisation, the meeting's tasks and the chair's short name: the
 * start of the conclusion notice, the letter, the plan, the report and the submission, kept
 * here so that a change to which tasks a brief lists or how it names the chair reaches all five.
 */
export function meetingParts(ctx: TemplateContext): MeetingParts {
  const m = ctx.meeting;
  return {
    m,
    org: ctx.organisation,
    directives: meetingDirectives(ctx),
    chair: chairShort(m.chair),
  };
}

/** The delegates' recommendations heard at the meeting (kind 'recommendation'). */
export const meetingRecommendations = (ctx: TemplateContext): Directive[] =>
  ctx.directives.filter((d) => d.meetingId === ctx.meeting.id && !isTask(d));

/**
 * A recommendation as a clerk lists it: its words only. It was given to no one, so never a
 * lead unit, coordinating units or a deadline, even if the record happens to hold them.
 */
export const recommendationItem = (d: Directive): string[] => [sentence(d.task || '…')];

/**
 * A legal ground as the plan's "Căn cứ …" lines and the submission's grounds cite it: the full
 * citation with its issuer and long date, then the document's title, lower-cased at its lead.
 */
export const legalGround = (r: LegalReference): string =>
  `${formatLegalCitation(r, { dateStyle: 'long', withIssuer: true })}${r.title.trim() ? ` ${lowerLead(r.title)}` : ''}`;

/** Units that receive tasks, once each, in order of first appearance. */
export function taskedUnits(directives: readonly Directive[]): string[] {
  // Once each, ";"-lists split, a group covered by a wider one dropped (shared/brief/wording.ts).
  return distinctUnits(
    directives.flatMap((d) => [leadOf(d), ...d.coordinatingUnits]).filter(Boolean),
  );
}

/** Each indicator with its newest observation; indicators without any are left out. */
export function latestFigures(
  indicators: readonly IndicatorWithObservations[],
): { indicator: Indicator; observation: Observation }[] {
  return indicators.flatMap((i) => {
    const [newest] = i.observations;
    return newest ? [{ indicator: i, observation: newest }] : [];
  });
}

export function baseHeader(
  org: BriefOrganisation,
  ctx: Pick<TemplateContext, 'today'> & { meeting: Pick<Meeting, 'urgency' | 'secrecy'> },
  o: { form: BriefForm; typeAbbrev: string; typeName: string; abstract: string },
): BriefHeader {
  return {
    form: o.form,
    superiorBody: org.superiorBody,
    issuingBody: org.name,
    numberSymbol: {
      number: null,
      typeAbbrev: o.form === 'official-letter' ? '' : o.typeAbbrev,
      issuerAbbrev: org.abbreviation,
      unitAbbrev: o.form === 'official-letter' ? org.draftingUnit : '',
    },
    place: org.place,
    date: ctx.today,
    typeName: o.typeName,
    abstract: o.abstract,
    addressees: [],
    legalBases: [],
    signature: { ...org.signer },
    secondSignature: null,
    recipients: [],
    archiveUnits: org.draftingUnit.trim() ? [org.draftingUnit.trim()] : [],
    drafter: { initials: org.drafterInitials, copies: null },
    urgency: ctx.meeting.urgency,
    secrecy: ctx.meeting.secrecy,
    circulation: 'none',
    draft: true,
  };
}

/**
 * The brief a template drafts from meeting m: one frame for every template, so a new field of
 * the model is added here and not in each of them.
 */
export function meetingBrief(
  template: Brief['template'],
  m: Meeting | null,
  header: BriefHeader,
  content: BodyBlock[],
): Brief {
  return { version: 1, template, meetingId: m?.id ?? null, header, body: { type: 'doc', content } };
}

/**
 * "Thực hiện kết luận của <chair> tại <the meeting>, <Organisation> <then>": how a letter, a
 * report and a submission that act on a meeting's conclusions open, the meeting a live reference.
 */
export function actingOnConclusion(
  m: Meeting,
  chair: string,
  org: BriefOrganisation,
  then: string,
): ParagraphNode {
  return p(
    `Thực hiện kết luận của ${chair} tại `,
    meetingReference(m),
    `, ${sentenceCaseName(org.name)} ${then}`,
  );
}
