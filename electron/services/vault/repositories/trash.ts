// The trash (issue 9 §4). Deleting a record moves it here with what it needs to come back
// whole: a meeting with the directives and briefs it was linked to (they stay in the vault,
// unlinked, and are linked again on restore), an indicator with its observations, a brief with
// all its revisions and exports. Revisions of records stay in record_revisions meanwhile, so
// a trashed record's history can still be read. Only emptying the trash forgets for good.
import type {
  Directive,
  Indicator,
  Meeting,
  Observation,
  RecordMeta,
} from '../../../../shared/domain';
import { AppFailure } from '../../../../shared/result';
import type { VaultContext } from '../context';
import { directiveSpec } from './directives';
import { failures } from '../failures';
import { indicatorSpec, observationSpec } from './indicators';
import { meetingSpec } from './meetings';
import {
  dropRevisions,
  liveKindOf,
  TABLE_OF_KIND,
  type AnyKind,
  type RecordKindName,
} from './record-history';
import { removeRecord, writeRecord, type RecordSpec } from './record-store';
import { linksOf, recordTitle, type TrashLink } from './trash-links';
import { author } from './user-profile';
import { reindexBrief } from './brief-search';

interface BriefBundle {
  row: Record<string, string | number | null>;
  revisions: Record<string, string | number>[];
  exports: Record<string, string | number>[];
}

type Bundle =
  | {
      kind: 'meeting';
      record: Meeting;
      directives: { id: string; conclusionId: string | null }[];
      briefs: string[];
    }
  | { kind: 'directive'; record: Directive }
  | { kind: 'indicator'; record: Indicator; observations: Observation[] }
  | { kind: 'observation'; record: Observation }
  | { kind: 'brief'; brief: BriefBundle };

export interface TrashEntry {
  id: string;
  kind: AnyKind;
  title: string;
  deletedAt: string;
  deletedBy: string;
  links: TrashLink[];
}

type AnySpec = RecordSpec<RecordMeta>;
/** A function, not a table: the specs' modules import this one (delete goes through here). */
function specOf(kind: RecordKindName): AnySpec {
  switch (kind) {
    case 'meeting':
      return meetingSpec as unknown as AnySpec;
    case 'directive':
      return directiveSpec as unknown as AnySpec;
    case 'indicator':
      return indicatorSpec as unknown as AnySpec;
    case 'observation':
      return observationSpec as unknown as AnySpec;
  }
}

function storedBody<R>(ctx: VaultContext, kind: RecordKindName, id: string): R {
  const row = ctx.stmt(`SELECT body FROM ${TABLE_OF_KIND[kind]} WHERE id = ?`).get(id) as
    { body: string } | undefined;
  if (!row) throw failures.notFound();
  return JSON.parse(row.body) as R;
}

function briefBundle(ctx: VaultContext, id: string): BriefBundle {
  return {
    row: ctx.stmt('SELECT * FROM briefs WHERE id = ?').get(id) as BriefBundle['row'],
    revisions: ctx
      .stmt('SELECT * FROM brief_revisions WHERE brief_id = ? ORDER BY revision')
      .all(id) as BriefBundle['revisions'],
    exports: ctx
      .stmt('SELECT * FROM brief_exports WHERE brief_id = ? ORDER BY id')
      .all(id) as BriefBundle['exports'],
  };
}

const currentRevision = (ctx: VaultContext, kind: AnyKind, id: string): number =>
  (
    ctx
      .stmt(
        `SELECT revision FROM ${kind === 'brief' ? 'briefs' : TABLE_OF_KIND[kind]} WHERE id = ?`,
      )
      .get(id) as { revision: number } | undefined
  )?.revision ?? 0;

/** What deleting would affect, without deleting. */
export function deletionLinks(
  ctx: VaultContext,
  id: string,
): { kind: AnyKind; title: string; links: TrashLink[] } {
  const kind = liveKindOf(ctx, id);
  if (!kind) throw failures.notFound();
  const record = kind === 'brief' ? { id } : storedBody(ctx, kind, id);
  return { kind, title: recordTitle(ctx, kind, record), links: linksOf(ctx, kind, id) };
}

/**
 * Moves a record to the trash. `expected` names the kind the caller deletes and the revision
 * it saw (a stale one is 'conflict'); the CLI deletes by id alone.
 */
export function trashRecord(
  ctx: VaultContext,
  id: string,
  expected?: { kind: AnyKind; revision: number },
): TrashEntry {
  return ctx.tx(() => {
    const kind = liveKindOf(ctx, id);
    if (!kind || (expected && expected.kind !== kind)) throw failures.notFound();
    if (expected && currentRevision(ctx, kind, id) !== expected.revision) throw failures.conflict();
    if (trashedKind(ctx, id))
      throw AppFailure.of(
        'conflict',
        'Thùng rác đã có một bản trước của bản ghi này: hãy khôi phục hoặc xóa hẳn bản đó trước.',
        'The trash already holds an earlier copy of this record: restore it or empty it first.',
      );
    const { title, links } = deletionLinks(ctx, id);
    let bundle: Bundle;
    if (kind === 'brief') {
      bundle = { kind, brief: briefBundle(ctx, id) };
      ctx.stmt('DELETE FROM briefs WHERE id = ?').run(id); // revisions and exports cascade
      reindexBrief(ctx, id); // gone: leaves the index
    } else {
      const record = storedBody<RecordMeta>(ctx, kind, id);
      if (kind === 'meeting') {
        const m = record as Meeting;
        const directives = links
          .filter((l) => l.kind === 'directive')
          .map((l) => ({
            id: l.id,
            conclusionId: storedBody<Directive>(ctx, 'directive', l.id).conclusionId,
          }));
        bundle = {
          kind,
          record: m,
          directives,
          briefs: links.filter((l) => l.kind === 'brief').map((l) => l.id),
        };
      } else if (kind === 'indicator') {
        const observations = (
          ctx.stmt('SELECT body FROM observations WHERE indicator_id = ?').all(id) as {
            body: string;
          }[]
        ).map((r) => JSON.parse(r.body) as Observation);
        // Removed one by one (not by the foreign key's cascade) so each leaves the index too.
        for (const o of observations) removeRecord(ctx, specOf('observation'), o);
        bundle = { kind, record: record as Indicator, observations };
      } else if (kind === 'directive') bundle = { kind, record: record as Directive };
      else bundle = { kind: 'observation', record: record as Observation };
      removeRecord(ctx, specOf(kind), record); // a meeting's spec unlinks its directives first
    }
    const entry: TrashEntry = {
      id,
      kind,
      title,
      deletedAt: new Date().toISOString(),
      deletedBy: author(ctx),
      links,
    };
    ctx
      .stmt(
        'INSERT INTO trash (record_id, kind, title, deleted_at, deleted_by, links, bundle) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        id,
        kind,
        title,
        entry.deletedAt,
        entry.deletedBy,
        JSON.stringify(links),
        JSON.stringify(bundle),
      );
    return entry;
  });
}

interface TrashRow {
  record_id: string;
  kind: AnyKind;
  title: string;
  deleted_at: string;
  deleted_by: string;
  links: string;
  bundle: string;
}

const toEntry = (r: TrashRow): TrashEntry => ({
  id: r.record_id,
  kind: r.kind,
  title: r.title,
  deletedAt: r.deleted_at,
  deletedBy: r.deleted_by,
  links: JSON.parse(r.links) as TrashLink[],
});

export function listTrash(ctx: VaultContext): TrashEntry[] {
  return (
    ctx.stmt('SELECT * FROM trash ORDER BY deleted_at DESC, rowid DESC').all() as TrashRow[]
  ).map(toEntry);
}

export function trashedKind(ctx: VaultContext, id: string): AnyKind | null {
  return (
    (
      ctx.stmt('SELECT kind FROM trash WHERE record_id = ?').get(id) as
        { kind: AnyKind } | undefined
    )?.kind ?? null
  );
}

const parentInTrash = (what: string) =>
  AppFailure.of(
    'conflict',
    `${what} của bản ghi này không còn trong kho (có thể đang ở thùng rác): hãy khôi phục nó trước.`,
    `This record's ${what === 'Cuộc họp' ? 'meeting' : 'indicator'} is not in the vault (it may be in the trash): restore it first.`,
  );

const idTakenAgain = () =>
  AppFailure.of(
    'conflict',
    'Trong kho đã có một bản ghi cùng mã (ví dụ nhập lại từ gói): không khôi phục để khỏi ghi đè.',
    'The vault already holds a record with this id (imported again, for example): not restored, so nothing is overwritten.',
  );

function insertRows(ctx: VaultContext, table: string, rows: Record<string, unknown>[]): void {
  for (const row of rows) {
    const names = Object.keys(row);
    // Column names come from our own rows (SELECT * at deletion), never from input.
    ctx
      .stmt(
        `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`,
      )
      .run(row);
  }
}

function restoreBundle(ctx: VaultContext, bundle: Bundle): void {
  const now = new Date().toISOString();
  switch (bundle.kind) {
    case 'brief': {
      const row = { ...bundle.brief.row };
      const meeting = row.meeting_id;
      if (meeting !== null && !ctx.stmt('SELECT 1 FROM meetings WHERE id = ?').get(meeting))
        row.meeting_id = null;
      insertRows(ctx, 'briefs', [row]);
      insertRows(ctx, 'brief_revisions', bundle.brief.revisions);
      insertRows(ctx, 'brief_exports', bundle.brief.exports);
      reindexBrief(ctx, String(row.id));
      return;
    }
    case 'meeting': {
      writeRecord(ctx, specOf('meeting'), bundle.record, null);
      // Its directives and briefs come back to it if nothing else claimed them meanwhile.
      for (const link of bundle.directives) {
        const row = ctx.stmt('SELECT body FROM directives WHERE id = ?').get(link.id) as
          { body: string } | undefined;
        if (!row) continue;
        const d = JSON.parse(row.body) as Directive;
        if (d.meetingId !== null) continue;
        const relinked = {
          ...d,
          meetingId: bundle.record.id,
          conclusionId: link.conclusionId,
          revision: d.revision + 1,
          updatedAt: now,
        };
        writeRecord(ctx, specOf('directive'), relinked, d);
      }
      for (const b of bundle.briefs)
        ctx
          .stmt('UPDATE briefs SET meeting_id = ? WHERE id = ? AND meeting_id IS NULL')
          .run(bundle.record.id, b);
      return;
    }
    case 'directive':
      if (
        bundle.record.meetingId !== null &&
        !ctx.stmt('SELECT 1 FROM meetings WHERE id = ?').get(bundle.record.meetingId)
      )
        throw parentInTrash('Cuộc họp');
      writeRecord(ctx, specOf('directive'), bundle.record, null);
      return;
    case 'observation':
      if (!ctx.stmt('SELECT 1 FROM indicators WHERE id = ?').get(bundle.record.indicatorId))
        throw parentInTrash('Chỉ tiêu');
      writeRecord(ctx, specOf('observation'), bundle.record, null);
      return;
    case 'indicator':
      writeRecord(ctx, specOf('indicator'), bundle.record, null);
      for (const o of bundle.observations) {
        if (liveKindOf(ctx, o.id)) throw idTakenAgain();
        writeRecord(ctx, specOf('observation'), o, null);
      }
      return;
  }
}

/** Brings a record back from the trash with its links; returns what came back. */
export function restoreFromTrash(ctx: VaultContext, id: string): TrashEntry {
  return ctx.tx(() => {
    const row = ctx.stmt('SELECT * FROM trash WHERE record_id = ?').get(id) as TrashRow | undefined;
    if (!row) throw failures.notFound();
    if (liveKindOf(ctx, id)) throw idTakenAgain();
    restoreBundle(ctx, JSON.parse(row.bundle) as Bundle);
    ctx.stmt('DELETE FROM trash WHERE record_id = ?').run(id);
    return toEntry(row);
  });
}

/** Forgets everything in the trash (or one record), with its stored revisions. */
export function emptyTrash(ctx: VaultContext, id?: string): { removed: number } {
  return ctx.tx(() => {
    const rows = (
      id === undefined
        ? ctx.stmt('SELECT * FROM trash').all()
        : ctx.stmt('SELECT * FROM trash WHERE record_id = ?').all(id)
    ) as TrashRow[];
    if (id !== undefined && rows.length === 0) throw failures.notFound();
    for (const row of rows) {
      const bundle = JSON.parse(row.bundle) as Bundle;
      dropRevisions(ctx, row.kind, row.record_id);
      if (bundle.kind === 'indicator')
        for (const o of bundle.observations) dropRevisions(ctx, 'observation', o.id);
      ctx.stmt('DELETE FROM trash WHERE record_id = ?').run(row.record_id);
    }
    return { removed: rows.length };
  });
}

export const trashRepository = (ctx: VaultContext) => ({
  links: (id: string) => deletionLinks(ctx, id),
  delete: (id: string) => trashRecord(ctx, id),
  list: () => listTrash(ctx),
  restore: (id: string) => restoreFromTrash(ctx, id),
  empty: (id?: string) => emptyTrash(ctx, id),
});
