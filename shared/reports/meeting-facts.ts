// A report's meeting facts (issue 12 §4) turned into a meeting, or merged into one the vault
// holds. Pure, so the review screen shows exactly what the import handler will write: empty
// fields are filled, differing ones are the user's pick (the vault's value unless told
// otherwise), attendees and connection points are added once — names compared without
// diacritics or case, after NFC.
import { z } from 'zod';
import { isoDate } from '../domain/common';
import type { Meeting, MeetingInput, Person } from '../domain/meeting';
import { LIMITS } from '../limits';
import { foldForSearch, nfc, requiredText, text, SHORT } from '../text';

export const personFact = z.object({ name: requiredText(SHORT), title: text(SHORT) }).strict();

/** What a report's opening paragraph says about its meeting, as the import call receives it. */
export const meetingFactsInput = z
  .object({
    date: isoDate.optional(),
    chair: personFact.optional(),
    place: text(SHORT).optional(),
    /** "34 tỉnh, thành phố": the sites connected online, as the report names them. */
    connectionText: text(SHORT).optional(),
    attendees: z.array(personFact).max(500),
  })
  .strict();
export type MeetingFacts = z.input<typeof meetingFactsInput>;

export const mergeField = z.enum(['date', 'chair', 'location']);
export type MergeField = z.infer<typeof mergeField>;
export type MergeChoice = 'mine' | 'theirs';
const choice = z.enum(['mine', 'theirs']);
export const mergePicks = z
  .object({
    date: choice.optional(),
    chair: choice.optional(),
    location: choice.optional(),
  })
  .strict();
export type MergePicks = z.infer<typeof mergePicks>;

export type FieldPlan =
  | { field: MergeField; action: 'fill'; theirs: string }
  | { field: MergeField; action: 'same'; mine: string }
  | { field: MergeField; action: 'differs'; mine: string; theirs: string };

export interface MergePlan {
  fields: FieldPlan[];
  /** Attendees the report names that the meeting does not list yet. */
  attendees: { added: { name: string; title: string }[]; already: number };
  connectionPoints: { added: string[]; already: number };
}

type Target = Pick<Meeting, 'date' | 'chair' | 'location' | 'attendees' | 'connectionPoints'>;

/** Two names are the same person or place whatever their accents, case or normal form. */
export const sameName = (a: string, b: string): boolean =>
  foldForSearch(nfc(a)).replace(/\s+/g, ' ').trim() ===
  foldForSearch(nfc(b)).replace(/\s+/g, ' ').trim();

const personText = (p: { title: string; name: string }) =>
  [p.title, p.name].filter((s) => s.trim()).join(' ');

function field(name: MergeField, mine: string, theirs: string | undefined): FieldPlan | null {
  if (!theirs?.trim()) return null;
  if (!mine.trim()) return { field: name, action: 'fill', theirs };
  if (sameName(mine, theirs)) return { field: name, action: 'same', mine };
  return { field: name, action: 'differs', mine, theirs };
}

/** Field by field, what the facts would fill or change in the meeting. */
export function meetingMergePlan(facts: MeetingFacts, meeting: Target): MergePlan {
  const fields: FieldPlan[] = [];
  const date = field('date', meeting.date, facts.date);
  if (date) fields.push(date);
  if (facts.chair) {
    // The chair is one person: the same name is the same chair, whatever title each wrote.
    const chair = meeting.chair.name.trim()
      ? sameName(meeting.chair.name, facts.chair.name)
        ? ({ field: 'chair', action: 'same', mine: personText(meeting.chair) } as const)
        : ({
            field: 'chair',
            action: 'differs',
            mine: personText(meeting.chair),
            theirs: personText(facts.chair),
          } as const)
      : ({ field: 'chair', action: 'fill', theirs: personText(facts.chair) } as const);
    fields.push(chair);
  }
  const place = field('location', meeting.location, facts.place);
  if (place) fields.push(place);
  const known = [meeting.chair, ...meeting.attendees];
  const added: { name: string; title: string }[] = [];
  let already = 0;
  for (const a of facts.attendees) {
    if ([...known, ...added].some((k) => k.name.trim() && sameName(k.name, a.name))) already++;
    else added.push({ name: a.name, title: a.title });
  }
  const sites = facts.connectionText?.trim() ? [facts.connectionText.trim()] : [];
  const newSites = sites.filter((s) => !meeting.connectionPoints.some((c) => sameName(c.site, s)));
  return {
    fields,
    attendees: { added, already },
    connectionPoints: { added: newSites, already: sites.length - newSites.length },
  };
}

const asPerson = (p: { name: string; title: string }): Person => ({
  name: p.name,
  title: p.title,
  organisation: '',
  committeeRole: '',
});

/**
 * The meeting after the merge: a field the meeting left empty takes the report's value; a
 * differing one changes only when the user picked the report's ("theirs").
 */
export function applyMeetingMerge<M extends Target & Pick<Meeting, 'mode' | 'sources'>>(
  meeting: M,
  facts: MeetingFacts,
  picks: MergePicks,
  source?: { title: string },
): M {
  const plan = meetingMergePlan(facts, meeting);
  const take = (f: FieldPlan) =>
    f.action === 'fill' || (f.action === 'differs' && picks[f.field] === 'theirs');
  const out: M = { ...meeting };
  for (const f of plan.fields) {
    if (!take(f)) continue;
    if (f.field === 'date' && facts.date) out.date = facts.date;
    if (f.field === 'location' && facts.place) out.location = facts.place;
    if (f.field === 'chair' && facts.chair)
      out.chair = { ...meeting.chair, name: facts.chair.name, title: facts.chair.title };
  }
  out.attendees = [...meeting.attendees, ...plan.attendees.added.map(asPerson)];
  out.connectionPoints = [
    ...meeting.connectionPoints,
    ...plan.connectionPoints.added.map((site) => ({ site, hostOfficial: '', attendees: [] })),
  ];
  // Sites connected online make an in-person meeting a hybrid one.
  if (out.connectionPoints.length && meeting.mode === 'in-person') out.mode = 'hybrid';
  if (source?.title.trim() && !meeting.sources.some((s) => sameName(s.title, source.title)))
    out.sources = [...meeting.sources, sourceEntry(source.title)];
  return out;
}

const sourceEntry = (title: string) => ({
  outlet: '',
  title: title.slice(0, LIMITS.title),
  date: null,
  url: '',
});

/** A new meeting from the facts, with the title and summary the user gave it. */
export function meetingFromFacts(
  facts: MeetingFacts,
  given: { id: string; title: string; date: string; summary: string; sourceTitle: string },
): MeetingInput {
  const sites = facts.connectionText?.trim() ? [facts.connectionText.trim()] : [];
  const attendees: Person[] = [];
  for (const a of facts.attendees)
    if (
      !attendees.some((k) => sameName(k.name, a.name)) &&
      !(facts.chair && sameName(facts.chair.name, a.name))
    )
      attendees.push(asPerson(a));
  return {
    id: given.id,
    title: given.title,
    kind: 'regular',
    date: given.date,
    partOfDay: null,
    time: null,
    mode: sites.length ? 'hybrid' : 'in-person',
    location: facts.place ?? '',
    connectionPoints: sites.map((site) => ({ site, hostOfficial: '', attendees: [] })),
    chair: facts.chair ? asPerson(facts.chair) : asPerson({ name: '', title: '' }),
    attendees,
    purpose: '',
    summary: given.summary,
    results: '',
    difficulties: '',
    conclusions: [],
    legalReferences: [],
    sources: given.sourceTitle.trim() ? [sourceEntry(given.sourceTitle)] : [],
    secrecy: 'none',
    urgency: 'none',
  };
}

/** The facts of the engine's proposal, in the shape the import call takes. */
export function factsOfProposal(m: {
  date?: string;
  chair?: { name: string; title: string };
  place?: string;
  connectionText?: string;
  attendees: { name: string; title: string }[];
}): MeetingFacts {
  return {
    ...(m.date ? { date: m.date } : {}),
    ...(m.chair ? { chair: { name: m.chair.name, title: m.chair.title } } : {}),
    ...(m.place ? { place: m.place } : {}),
    ...(m.connectionText ? { connectionText: m.connectionText } : {}),
    attendees: m.attendees.map((a) => ({ name: a.name, title: a.title })),
  };
}
