// Directives ("nhiệm vụ"): the register's filters, inline progress updates, and the link to
// the meeting that gave them. "Overdue" and "incomplete 6 rõ" use the domain's own rules
// (isOverdue, missingRo), written as SQL so a page and its count come from SQL alone.
import {
  DEFAULT_DIRECTIVE_KIND,
  directiveFields,
  directiveStatus,
  missingRo,
  settleCompletion,
  type Directive,
  type DirectiveProgressUpdate,
} from '../../../../shared/domain';
import type { DirectiveFilter, DirectiveSort } from '../../../../shared/contract';
import { directiveTitle } from '../../../../shared/record-title';
import { foldForSearch } from '../../../../shared/text';
import type { VaultContext } from '../context';
import { failures } from '../failures';
import { getRecord, saveRecord, writeRecord, type RecordSpec } from './record-store';
import { trashRecord } from './trash';
import type { SearchDoc } from './search-index';
import type { DirectiveSave } from '../types';

/** Not done: a deadline passed on one of these is overdue (isOverdue). */
const OPEN_STATUSES = directiveStatus.options
  .filter((s) => s !== 'done')
  .map((s) => `'${s}'`)
  .join(', ');

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
  // A body saved before kinds existed (a restored revision, a trashed record) is a task.
  complete: (d) => ({ ...d, kind: d.kind ?? DEFAULT_DIRECTIVE_KIND }),
  columns: (d) => ({
    kind: d.kind,
    meeting_id: d.meetingId,
    status: d.status,
    deadline: d.deadline,
    completed_on: d.completedOn,
    assignee: d.assignee,
    assignee_key: foldForSearch(d.assignee),
    lead_unit: d.leadUnit,
    lead_unit_key: foldForSearch(d.leadUnit),
    pillar: d.pillar,
    // 0 for a recommendation: it has no "6 rõ" to miss (missingRo).
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
 * ties fall back to creation order (then the id) so a sort is stable between two reads and
 * pages never overlap. Each order is walked along an index of migration 0009 written with the
 * same expressions, so a page stops after its rows instead of sorting the register: keep the
 * two in step. By deadline, latest first, is the exact reverse of its index.
 */
const ORDER: Record<DirectiveSort, string> = {
  'deadline-asc': 'deadline IS NULL, deadline, created_at, id',
  'deadline-desc': 'deadline IS NOT NULL DESC, deadline DESC, created_at DESC, id DESC',
  // Work to do first: not started, in progress, then done.
  status:
    "CASE status WHEN 'not-started' THEN 0 WHEN 'in-progress' THEN 1 ELSE 2 END, deadline IS NULL, deadline, created_at, id",
  'lead-unit': "lead_unit_key = '', lead_unit_key, deadline IS NULL, deadline, created_at, id",
  'updated-desc': 'updated_at DESC, id DESC',
};

/**
 * The filter as SQL. Exact, not a first narrowing: a page and its count come from SQL alone.
 * "Overdue" is isOverdue's rule (a status other than done is one of the two others, written
 * as IN so the count walks the status index), and `missing_ro` is missingRo's count, written
 * with every save (directiveSpec.columns).
 *
 * `forPage`: a page walks the index of its order (migration 0009), which carries the filtered
 * columns, and stops after its rows; a unary + keeps the planner from taking the status or
 * pillar index instead and then sorting thousands of rows. The meeting filter keeps its index
 * (a meeting gives a handful of tasks), and the count takes whichever index fits.
 */
function directiveWhere(
  filter: DirectiveFilter & { today: string },
  forPage: boolean,
): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  const add = (clause: string, ...values: string[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  const p = forPage ? '+' : '';
  if (filter.kind !== undefined) add(`${p}kind = ?`, filter.kind);
  if (filter.status !== undefined) add(`${p}status = ?`, filter.status);
  if (filter.pillar !== undefined) add(`${p}pillar = ?`, filter.pillar);
  if (filter.meetingId !== undefined) add('meeting_id = ?', filter.meetingId);
  const assignee = foldForSearch(filter.assignee ?? '').trim();
  if (assignee) add('instr(assignee_key, ?) > 0', assignee);
  const leadUnit = foldForSearch(filter.leadUnit ?? '').trim();
  if (leadUnit) add('instr(lead_unit_key, ?) > 0', leadUnit);
  // Only tasks can be overdue or miss a "rõ" (isOverdue, missingRo): a recommendation's
  // missing_ro is 0 when it is written, its deadline is no one's.
  if (filter.overdue)
    add(
      `${p}kind = 'directive' AND ${p}status IN (${OPEN_STATUSES}) AND ${p}deadline < ?`,
      filter.today,
    );
  if (filter.incomplete) add(`${p}missing_ro > 0`);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const bodies = (rows: unknown[]) =>
  (rows as { body: string }[]).map((r) => JSON.parse(r.body) as Directive);

/** Every directive the filter leaves, in the register's order (printing, exports, pickers). */
export function listDirectives(
  ctx: VaultContext,
  filter: DirectiveFilter & { today: string },
): Directive[] {
  const { where, params } = directiveWhere(filter, true);
  const order = ORDER[filter.sort ?? 'deadline-asc'];
  return bodies(ctx.stmt(`SELECT body FROM directives ${where} ORDER BY ${order}`).all(...params));
}

/** One page of the register and the filter's count, both in SQL (LIMIT/OFFSET, COUNT). */
export function pageDirectives(
  ctx: VaultContext,
  query: DirectiveFilter & { today: string; offset: number; limit: number },
): { rows: Directive[]; total: number } {
  const page = directiveWhere(query, true);
  const count = directiveWhere(query, false);
  const order = ORDER[query.sort ?? 'deadline-asc'];
  // One read transaction: the count and the page describe the same register.
  return ctx.db
    .transaction(() => {
      const rows = bodies(
        ctx
          .stmt(`SELECT body FROM directives ${page.where} ORDER BY ${order} LIMIT ? OFFSET ?`)
          .all(...page.params, query.limit, query.offset),
      );
      const total = ctx
        .stmt(`SELECT count(*) FROM directives ${count.where}`)
        .pluck()
        .get(...count.params) as number;
      return { rows, total };
    })
    .deferred();
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
  page: (query: DirectiveFilter & { today: string; offset: number; limit: number }) =>
    pageDirectives(ctx, query),
  get: (id: string) => getRecord<Directive>(ctx, 'directives', id),
  save: (input: DirectiveSave) => saveDirective(ctx, input),
  updateProgress: (update: DirectiveProgressUpdate) => updateProgress(ctx, update),
  delete: (id: string, revision: number) =>
    void trashRecord(ctx, id, { kind: 'directive', revision }),
});
