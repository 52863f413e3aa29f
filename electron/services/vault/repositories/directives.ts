// Directives ("nhiệm vụ"): the register's filters, inline progress updates, and the link to
// the meeting that gave them. "Overdue" and "incomplete 6 rõ" use the domain's own rules
// (isOverdue, missingRo); the SQL only narrows the rows first.
import {
  directiveFields,
  isOverdue,
  missingRo,
  settleCompletion,
  type Directive,
  type DirectiveProgressUpdate,
} from '../../../../shared/domain';
import type { DirectiveFilter, DirectiveSort } from '../../../../shared/contract';
import { foldForSearch } from '../../../../shared/text';
import type { VaultContext } from '../context';
import { failures } from '../failures';
import { getRecord, saveRecord, writeRecord, type RecordSpec } from './record-store';
import { trashRecord } from './trash';
import type { SearchDoc } from './search-index';
import type { DirectiveSave } from '../types';

const TITLE_CHARS = 160;

/** A directive has no title: its task's first line stands in for one. */
export function directiveTitle(d: Directive): string {
  const line = (d.task.split('\n')[0] ?? '').trim() || d.deliverable.trim() || d.assignee.trim();
  return line.length > TITLE_CHARS ? `${line.slice(0, TITLE_CHARS - 1)}…` : line;
}

export function directiveSearchDoc(d: Directive): SearchDoc {
  return {
    title: d.task,
    shown: directiveTitle(d),
    fields: [
      d.assignee,
      d.leadUnit,
      d.coordinatingUnits.join(', '),
      d.deliverable,
      d.authority,
      d.responsibility,
      ...d.progressNotes.map((n) => n.text),
    ],
  };
}

export const directiveSpec: RecordSpec<Directive> = {
  table: 'directives',
  fieldKeys: Object.keys(directiveFields.shape),
  columns: (d) => ({
    meeting_id: d.meetingId,
    status: d.status,
    deadline: d.deadline,
    completed_on: d.completedOn,
    assignee: d.assignee,
    assignee_key: foldForSearch(d.assignee),
    lead_unit: d.leadUnit,
    lead_unit_key: foldForSearch(d.leadUnit),
    pillar: d.pillar,
    missing_ro: missingRo(d).length,
  }),
  search: { kind: 'directive', doc: (_ctx, d) => directiveSearchDoc(d) },
  beforeWrite: (ctx, d) => {
    if (d.meetingId !== null && !ctx.stmt('SELECT 1 FROM meetings WHERE id = ?').get(d.meetingId)) {
      throw failures.unknownMeeting();
    }
  },
};

/** Before a meeting is deleted: its directives stay, unlinked, each as a new revision. */
export function detachDirectivesFromMeeting(ctx: VaultContext, meetingId: string): void {
  const rows = ctx.stmt('SELECT body FROM directives WHERE meeting_id = ?').all(meetingId) as {
    body: string;
  }[];
  const now = new Date().toISOString();
  for (const { body } of rows) {
    const d = JSON.parse(body) as Directive;
    writeRecord(
      ctx,
      directiveSpec,
      { ...d, meetingId: null, conclusionId: null, revision: d.revision + 1, updatedAt: now },
      d,
    );
  }
}

/**
 * The register's orders (issue 13 §6). A directive without a deadline goes last either way;
 * ties fall back to creation order so a sort is stable between two reads.
 */
const ORDER: Record<DirectiveSort, string> = {
  'deadline-asc': 'deadline IS NULL, deadline, created_at, rowid',
  'deadline-desc': 'deadline IS NULL, deadline DESC, created_at, rowid',
  // Work to do first: not started, in progress, then done.
  status:
    "CASE status WHEN 'not-started' THEN 0 WHEN 'in-progress' THEN 1 ELSE 2 END, deadline IS NULL, deadline, rowid",
  'lead-unit': "lead_unit_key = '', lead_unit_key, deadline IS NULL, deadline, rowid",
  'updated-desc': 'updated_at DESC, rowid DESC',
};

export function listDirectives(
  ctx: VaultContext,
  filter: DirectiveFilter & { today: string },
): Directive[] {
  const where: string[] = [];
  const params: string[] = [];
  const add = (clause: string, ...values: string[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (filter.status !== undefined) add('status = ?', filter.status);
  if (filter.pillar !== undefined) add('pillar = ?', filter.pillar);
  if (filter.meetingId !== undefined) add('meeting_id = ?', filter.meetingId);
  const assignee = foldForSearch(filter.assignee ?? '').trim();
  if (assignee) add('instr(assignee_key, ?) > 0', assignee);
  const leadUnit = foldForSearch(filter.leadUnit ?? '').trim();
  if (leadUnit) add('instr(lead_unit_key, ?) > 0', leadUnit);
  if (filter.overdue)
    add("status <> 'done' AND deadline IS NOT NULL AND deadline < ?", filter.today);
  if (filter.incomplete) add('missing_ro > 0');
  const sql =
    `SELECT body FROM directives ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ` +
    `ORDER BY ${ORDER[filter.sort ?? 'deadline-asc']}`;
  let list = (ctx.stmt(sql).all(...params) as { body: string }[]).map(
    (r) => JSON.parse(r.body) as Directive,
  );
  if (filter.overdue) list = list.filter((d) => isOverdue(d, filter.today));
  if (filter.incomplete) list = list.filter((d) => missingRo(d).length > 0);
  return list;
}

/** The local calendar day: a task finished this evening was finished today, not tomorrow in UTC. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A save with the completion rule applied (settleCompletion): done ⇒ a date, reopened ⇒ none. */
export function saveDirective(
  ctx: VaultContext,
  input: DirectiveSave,
  today = localToday(),
): Directive {
  return ctx.tx(() => {
    const previous =
      input.id !== undefined && input.revision !== undefined
        ? (ctx.stmt('SELECT body FROM directives WHERE id = ?').get(input.id) as
            { body: string } | undefined)
        : undefined;
    const before = previous ? (JSON.parse(previous.body) as Directive) : null;
    return saveRecord(ctx, directiveSpec, {
      ...input,
      completedOn: settleCompletion(input.status, input.completedOn, before, today),
    });
  });
}

export function updateProgress(
  ctx: VaultContext,
  update: DirectiveProgressUpdate,
  today = localToday(),
): Directive {
  return ctx.tx(() => {
    const d = getRecord<Directive>(ctx, 'directives', update.id);
    if (d.revision !== update.revision) throw failures.conflict();
    return saveRecord(ctx, directiveSpec, {
      ...d,
      status: update.status,
      completedOn: settleCompletion(update.status, update.completedOn, d, today),
      progressNotes: update.note ? [...d.progressNotes, update.note] : d.progressNotes,
    });
  });
}

export const directivesRepository = (ctx: VaultContext) => ({
  list: (filter: DirectiveFilter & { today: string }) => listDirectives(ctx, filter),
  get: (id: string) => getRecord<Directive>(ctx, 'directives', id),
  save: (input: DirectiveSave) => saveDirective(ctx, input),
  updateProgress: (update: DirectiveProgressUpdate) => updateProgress(ctx, update),
  delete: (id: string, revision: number) =>
    void trashRecord(ctx, id, { kind: 'directive', revision }),
});
