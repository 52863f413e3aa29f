// Briefs with their revisions. Every save that changes the content is a new revision holding
// the whole brief (canonical JSON), who saved it (this vault's organisation), when, and the
// SHA-256 of that JSON; the brief row points at its current revision and carries the columns
// the list shows. Saves name the revision the caller saw: a stale one is 'conflict'.
import { randomUUID } from 'node:crypto';
import {
  numberLine,
  type Brief,
  type BriefStatus,
  type TemplateName,
} from '../../../../shared/brief';
import type { BriefRevisionInfo, BriefSummary, StoredBrief } from '../../../../shared/contract';
import { canonicalContent } from './brief-content';
import { reindexBrief } from './brief-search';
import { figureProblems, figureStateIn, refreshStaleFigures } from './brief-figures';
import type { VaultContext } from '../context';
import { failures } from '../failures';
import { trashRecord } from './trash';
import { lifecycleFailures } from './lifecycle-failures';
import type { BriefExportRecord } from '../types';
import { author } from './user-profile';

interface BriefRow {
  id: string;
  revision: number;
  created_at: string;
  updated_at: string;
  origin_org: string;
  template: TemplateName;
  meeting_id: string | null;
  status: BriefStatus;
  corrects_id: string | null;
}

const nowIso = () => new Date().toISOString();

function briefRow(ctx: VaultContext, id: string): BriefRow {
  const row = ctx
    .stmt(
      'SELECT id, revision, created_at, updated_at, origin_org, template, meeting_id, status, corrects_id FROM briefs WHERE id = ?',
    )
    .get(id) as BriefRow | undefined;
  if (!row) throw failures.notFound();
  return row;
}

/** An issued document is frozen: a change is a new (correcting) document, never an edit. */
function assertEditable(row: BriefRow): void {
  if (row.status === 'issued') throw lifecycleFailures.issuedReadOnly();
}

function revisionRow(
  ctx: VaultContext,
  id: string,
  revision: number,
): { body: string; sha256: string } {
  const row = ctx
    .stmt('SELECT body, sha256 FROM brief_revisions WHERE brief_id = ? AND revision = ?')
    .get(id, revision) as { body: string; sha256: string } | undefined;
  if (!row) throw failures.notFound();
  return row;
}

function stored(ctx: VaultContext, row: BriefRow): StoredBrief {
  const brief = JSON.parse(revisionRow(ctx, row.id, row.revision).body) as Brief;
  return {
    id: row.id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    originOrg: row.origin_org,
    template: row.template,
    meetingId: row.meeting_id,
    status: row.status,
    correctsId: row.corrects_id,
    brief,
    ...figureProblems(ctx, brief),
  };
}

/** The list's columns; the meeting link only while that meeting exists (the JSON keeps the id). */
function columns(ctx: VaultContext, brief: Brief) {
  const meetingId =
    brief.meetingId !== null && ctx.stmt('SELECT 1 FROM meetings WHERE id = ?').get(brief.meetingId)
      ? brief.meetingId
      : null;
  return {
    template: brief.template,
    meeting_id: meetingId,
    type_name: brief.header.typeName,
    abstract: brief.header.abstract,
    number_symbol: numberLine(brief.header.numberSymbol, brief.header.form) ?? '',
  };
}

function insertRevision(
  ctx: VaultContext,
  id: string,
  revision: number,
  at: string,
  content: { json: string; sha256: string },
) {
  ctx
    .stmt(
      'INSERT INTO brief_revisions (brief_id, revision, saved_at, saved_by, sha256, body) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(id, revision, at, author(ctx), content.sha256, content.json);
}

/** A new brief; an imported one keeps the id and origin it has in the sender's vault. */
function createBrief(
  ctx: VaultContext,
  brief: Brief,
  imported?: { id: string; originOrg: string },
  correctsId: string | null = null,
): StoredBrief {
  return ctx.tx(() => {
    const id = imported?.id ?? randomUUID();
    const at = nowIso();
    ctx
      .stmt(
        'INSERT INTO briefs (id, revision, created_at, updated_at, origin_org, template, meeting_id, type_name, abstract, number_symbol, corrects_id) ' +
          'VALUES (@id, 1, @at, @at, @org, @template, @meeting_id, @type_name, @abstract, @number_symbol, @corrects_id)',
      )
      .run({
        id,
        at,
        org: imported?.originOrg ?? ctx.organisation,
        corrects_id: correctsId,
        ...columns(ctx, brief),
      });
    insertRevision(ctx, id, 1, at, canonicalContent(brief));
    reindexBrief(ctx, id);
    return stored(ctx, briefRow(ctx, id));
  });
}

/** Writes brief as the next revision, unless the caller's revision is stale. */
function saveBrief(ctx: VaultContext, id: string, revision: number, brief: Brief): StoredBrief {
  return ctx.tx(() => {
    const row = briefRow(ctx, id);
    if (row.revision !== revision) throw failures.conflict();
    assertEditable(row);
    const content = canonicalContent(brief);
    // A save of exactly the current content makes no revision: the history would fill with
    // identical copies (an editor's autosave, a double click) and say nothing new. The current
    // brief is returned unchanged, with its revision number.
    if (revisionRow(ctx, id, row.revision).sha256 === content.sha256) return stored(ctx, row);
    const next = row.revision + 1;
    const at = nowIso();
    insertRevision(ctx, id, next, at, content);
    ctx
      .stmt(
        'UPDATE briefs SET revision = @next, updated_at = @at, template = @template, meeting_id = @meeting_id, ' +
          'type_name = @type_name, abstract = @abstract, number_symbol = @number_symbol WHERE id = @id',
      )
      .run({ id, next, at, ...columns(ctx, brief) });
    reindexBrief(ctx, id);
    return stored(ctx, briefRow(ctx, id));
  });
}

function listBriefs(ctx: VaultContext, meetingId?: string): BriefSummary[] {
  const sql =
    'SELECT id, revision, template, type_name, abstract, number_symbol, meeting_id, updated_at, status FROM briefs ' +
    (meetingId === undefined ? '' : 'WHERE meeting_id = ? ') +
    'ORDER BY updated_at DESC, rowid DESC';
  const rows = (meetingId === undefined ? ctx.stmt(sql).all() : ctx.stmt(sql).all(meetingId)) as {
    id: string;
    revision: number;
    template: TemplateName;
    type_name: string;
    abstract: string;
    number_symbol: string;
    meeting_id: string | null;
    updated_at: string;
    status: BriefStatus;
  }[];
  return rows.map((r) => ({
    id: r.id,
    revision: r.revision,
    template: r.template,
    typeName: r.type_name,
    abstract: r.abstract,
    numberSymbol: r.number_symbol,
    meetingId: r.meeting_id,
    updatedAt: r.updated_at,
    status: r.status,
  }));
}

/** To the trash (trash.ts), with its revisions and export records. */
function deleteBrief(ctx: VaultContext, id: string, revision: number): void {
  ctx.tx(() => {
    const row = briefRow(ctx, id);
    if (row.revision !== revision) throw failures.conflict();
    // An issued document stays: its number is in the outgoing register.
    assertEditable(row);
    trashRecord(ctx, id, { kind: 'brief', revision });
  });
}

function revisions(ctx: VaultContext, id: string): BriefRevisionInfo[] {
  briefRow(ctx, id);
  return (
    ctx
      .stmt(
        'SELECT revision, saved_at, saved_by, sha256 FROM brief_revisions WHERE brief_id = ? ORDER BY revision DESC',
      )
      .all(id) as { revision: number; saved_at: string; saved_by: string; sha256: string }[]
  ).map((r) => ({
    revision: r.revision,
    savedAt: r.saved_at,
    savedBy: r.saved_by,
    sha256: r.sha256,
  }));
}

const oldRevision = (ctx: VaultContext, id: string, revision: number): Brief =>
  JSON.parse(revisionRow(ctx, id, revision).body) as Brief;

function recordExport(ctx: VaultContext, record: BriefExportRecord): void {
  ctx.tx(() => {
    revisionRow(ctx, record.briefId, record.revision); // the brief and that revision still exist
    ctx
      .stmt(
        'INSERT INTO brief_exports (brief_id, revision, format, sha256, exported_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(record.briefId, record.revision, record.format, record.sha256, record.exportedAt);
  });
}

function exportsOf(ctx: VaultContext, id: string): BriefExportRecord[] {
  return (
    ctx
      .stmt(
        'SELECT revision, format, sha256, exported_at FROM brief_exports WHERE brief_id = ? ORDER BY id',
      )
      .all(id) as {
      revision: number;
      format: 'docx' | 'pdf';
      sha256: string;
      exported_at: string;
    }[]
  ).map((r) => ({
    briefId: id,
    revision: r.revision,
    format: r.format,
    sha256: r.sha256,
    exportedAt: r.exported_at,
  }));
}

export const briefsRepository = (ctx: VaultContext) => ({
  list: (meetingId?: string) => listBriefs(ctx, meetingId),
  get: (id: string) => stored(ctx, briefRow(ctx, id)),
  create: (brief: Brief, imported?: { id: string; originOrg: string }, correctsId?: string) =>
    createBrief(ctx, brief, imported, correctsId ?? null),
  save: (id: string, revision: number, brief: Brief) => saveBrief(ctx, id, revision, brief),
  delete: (id: string, revision: number) => deleteBrief(ctx, id, revision),
  revisions: (id: string) => revisions(ctx, id),
  revision: (id: string, revision: number) => oldRevision(ctx, id, revision),
  /** A new revision whose content is that of `from` (no new one if it already is current). */
  restore: (id: string, revision: number, from: number) =>
    ctx.tx(() => saveBrief(ctx, id, revision, oldRevision(ctx, id, from))),
  refreshFigures: (id: string, revision: number) =>
    ctx.tx(() => {
      const current = stored(ctx, briefRow(ctx, id));
      if (current.revision !== revision) throw failures.conflict();
      const { brief, refreshed } = refreshStaleFigures(ctx, current.brief);
      return refreshed === 0 ? current : saveBrief(ctx, id, revision, brief);
    }),
  figureStates: () => figureStateIn(ctx),
  recordExport: (record: BriefExportRecord) => recordExport(ctx, record),
  exports: (id: string) => exportsOf(ctx, id),
});
