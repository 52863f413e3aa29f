import { z } from 'zod';
import { isoDate, pillar, recordId, recordSchemas, secrecyLevel } from './common';
import { text, requiredText, SHORT, LONG } from '../text';
import { LIMITS } from '../limits';

export const directiveStatus = z.enum(['not-started', 'in-progress', 'done']);
export type DirectiveStatus = z.infer<typeof directiveStatus>;

/**
 * What a record of the register is (issue 10 §5): a task the meeting assigned (`nhiệm vụ`), or
 * a delegate's recommendation (`kiến nghị`) the meeting heard but gave to nobody. Only tasks
 * have "6 rõ", deadlines and lead units; a recommendation is never counted, reminded of or
 * printed as an assignment. Records from before the field existed are tasks.
 */
export const directiveKind = z.enum(['directive', 'recommendation']);
export type DirectiveKind = z.infer<typeof directiveKind>;
export const DEFAULT_DIRECTIVE_KIND: DirectiveKind = 'directive';

/** Whether a record is a task (older bodies without a kind are). */
export const isTask = (d: { kind?: DirectiveKind | undefined }): boolean =>
  (d.kind ?? DEFAULT_DIRECTIVE_KIND) === 'directive';

export const progressNote = z.object({
  date: isoDate,
  text: requiredText(LONG),
});
export type ProgressNote = z.infer<typeof progressNote>;

/**
 * A task (`nhiệm vụ`). The first six fields are the leadership's "6 rõ": who, what, by when,
 * under whose authority, who answers for it, what it delivers.
 */
export const directiveFields = z.object({
  kind: directiveKind.default(DEFAULT_DIRECTIVE_KIND),
  assignee: text(SHORT),
  task: text(LONG),
  deadline: isoDate.nullable(),
  authority: text(SHORT),
  responsibility: text(SHORT),
  deliverable: text(LIMITS.medium),
  leadUnit: text(SHORT),
  coordinatingUnits: z.array(requiredText(SHORT)).max(100),
  pillar: pillar,
  status: directiveStatus,
  completedOn: isoDate.nullable(),
  progressNotes: z.array(progressNote).max(1000),
  meetingId: recordId.nullable(),
  conclusionId: z.string().max(40).nullable(),
  secrecy: secrecyLevel,
});

export const { stored: directive, input: directiveInput } = recordSchemas(directiveFields);
export type Directive = z.infer<typeof directive>;
export type DirectiveInput = z.input<typeof directiveInput>;

/** The inline update of the register: status and, optionally, a new progress note. */
export const directiveProgressUpdate = z.object({
  id: recordId,
  revision: z.number().int().min(1),
  status: directiveStatus,
  completedOn: isoDate.nullable(),
  note: progressNote.nullable(),
});
export type DirectiveProgressUpdate = z.infer<typeof directiveProgressUpdate>;

/**
 * A directive with nothing stated yet: every "rõ" blank, not started, in no meeting. The
 * editor's new directive starts from it and the sample directives are built on it, so a field
 * added to directives gets its blank value in one place.
 */
export function blankDirective(): DirectiveInput {
  return {
    kind: 'directive',
    assignee: '',
    task: '',
    deadline: null,
    authority: '',
    responsibility: '',
    deliverable: '',
    leadUnit: '',
    coordinatingUnits: [],
    pillar: 'general',
    status: 'not-started',
    completedOn: null,
    progressNotes: [],
    meetingId: null,
    conclusionId: null,
    secrecy: 'none',
  };
}

export const SIX_RO = [
  'assignee',
  'task',
  'deadline',
  'authority',
  'responsibility',
  'deliverable',
] as const;
export type RoField = (typeof SIX_RO)[number];

/**
 * Which of the "6 rõ" a directive leaves blank; an empty list means the task is complete. A
 * recommendation assigns nothing, so it misses none.
 */
export function missingRo(d: Pick<Directive, RoField> & { kind?: DirectiveKind }): RoField[] {
  if (!isTask(d)) return [];
  return SIX_RO.filter((k) => {
    const v = d[k];
    return v === null || v.trim() === '';
  });
}

/** Overdue: a task not done whose deadline has passed (today is the user's local date). */
export function isOverdue(
  d: Pick<Directive, 'status' | 'deadline'> & { kind?: DirectiveKind },
  today: string,
): boolean {
  return isTask(d) && d.status !== 'done' && d.deadline !== null && d.deadline < today;
}

/** Done late: a task finished after the deadline. */
export function isDoneLate(
  d: Pick<Directive, 'status' | 'deadline' | 'completedOn'> & { kind?: DirectiveKind },
): boolean {
  return (
    isTask(d) &&
    d.status === 'done' &&
    d.deadline !== null &&
    d.completedOn !== null &&
    d.completedOn > d.deadline
  );
}

/**
 * The completion date a save stores (issue 8): a task marked done keeps the date the caller
 * gave, else the date it already had, else today; a task that is not done has none.
 */
export function settleCompletion(
  status: DirectiveStatus,
  completedOn: string | null,
  previous: Pick<Directive, 'status' | 'completedOn'> | null,
  today: string,
): string | null {
  if (status !== 'done') return null;
  if (completedOn !== null) return completedOn;
  return previous?.status === 'done' && previous.completedOn ? previous.completedOn : today;
}
