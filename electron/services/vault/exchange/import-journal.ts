// Imports as undoable units (issue 9 §5). While a package is imported the journal notes, for
// every record it writes, the revision before (none: added) and after, and the merge bases with
// the sender it replaces; it is saved in the import's transaction. Undo brings every record back
// to its revision before the import (as a new revision), removes what it added and puts the
// bases back, in one transaction — and refuses, naming the records, when any was changed after
// the import: undoing then would silently throw away that later work.
import { AppFailure } from '../../../../shared/result';
import type { RecordMeta } from '../../../../shared/domain';
import type { VaultContext } from '../context';
import type { RecordKind } from './merge';
import { reindexBrief } from '../repositories/brief-search';
import { restoreRevision, specOf } from '../repositories/history';
import { dropRevisions, TABLE_OF_KIND } from '../repositories/record-history';
import { removeRecord } from '../repositories/record-store';
import { recordTitle } from '../repositories/trash-links';
import { author } from '../repositories/user-profile';

interface Change {
  kind: RecordKind;
  id: string;
  /** null: the import added it. */
  before: number | null;
  after: number;
}

interface SyncRow {
  kind: string;
  id: string;
  peer: string;
  base_hash: string;
  source_org: string;
  package_id: string;
  at: string;
}

interface Journal {
  changes: Change[];
  /** The merge bases (kind, id, peer) as they were before, null where there was none. */
  bases: { kind: string; id: string; peer: string; row: SyncRow | null }[];
}

const revisionOf = (ctx: VaultContext, kind: RecordKind, id: string): number | null =>
  (
    ctx
      .stmt(
        `SELECT revision FROM ${kind === 'brief' ? 'briefs' : TABLE_OF_KIND[kind]} WHERE id = ?`,
      )
      .get(id) as { revision: number } | undefined
  )?.revision ?? null;

export function startImportJournal(ctx: VaultContext, peer: string) {
  const before = new Map<string, { kind: RecordKind; id: string; revision: number | null }>();
  const bases = new Map<string, Journal['bases'][number]>();
  const written = new Set<string>();
  return {
    /** Before anything of the import touches this record (or its base). */
    note(kind: RecordKind, id: string): void {
      const key = `${kind}:${id}`;
      if (!before.has(key)) before.set(key, { kind, id, revision: revisionOf(ctx, kind, id) });
      if (!bases.has(key)) {
        const row = ctx
          .stmt('SELECT * FROM record_sync WHERE kind = ? AND id = ? AND peer = ?')
          .get(kind, id, peer) as SyncRow | undefined;
        bases.set(key, { kind, id, peer, row: row ?? null });
      }
    },
    /** After the import wrote this record (noted before). */
    wrote(kind: RecordKind, id: string): void {
      written.add(`${kind}:${id}`);
    },
    /** A copy the import made under a new id: there was nothing before it. */
    added(kind: RecordKind, id: string): void {
      const key = `${kind}:${id}`;
      before.set(key, { kind, id, revision: null });
      bases.set(key, { kind, id, peer, row: null });
      written.add(key);
    },
    /** In the import's transaction, after its writes. */
    save(packageId: string, sender: string): void {
      const changes: Change[] = [];
      for (const key of written) {
        const b = before.get(key)!;
        const after = revisionOf(ctx, b.kind, b.id);
        // A replace that changed nothing (a brief saved with its own content) is no change.
        if (after !== null && after !== b.revision)
          changes.push({ kind: b.kind, id: b.id, before: b.revision, after });
      }
      const journal: Journal = { changes, bases: [...bases.values()] };
      ctx
        .stmt(
          'INSERT OR REPLACE INTO imports (package_id, sender, imported_at, imported_by, undone_at, changes) VALUES (?, ?, ?, ?, NULL, ?)',
        )
        .run(packageId, sender, new Date().toISOString(), author(ctx), JSON.stringify(journal));
    },
  };
}

export interface ImportRecord {
  packageId: string;
  sender: string;
  importedAt: string;
  importedBy: string;
  undoneAt: string | null;
  records: number;
}

interface ImportRow {
  package_id: string;
  sender: string;
  imported_at: string;
  imported_by: string;
  undone_at: string | null;
  changes: string;
}

export function listImports(ctx: VaultContext): ImportRecord[] {
  return (
    ctx.stmt('SELECT * FROM imports ORDER BY imported_at DESC, rowid DESC').all() as ImportRow[]
  ).map((r) => ({
    packageId: r.package_id,
    sender: r.sender,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    undoneAt: r.undone_at,
    records: (JSON.parse(r.changes) as Journal).changes.length,
  }));
}

const refuse = (vi: string, en: string, issues?: { path: string; message: string }[]) =>
  AppFailure.of('conflict', vi, en, issues ? { issues } : undefined);

function titleOf(ctx: VaultContext, kind: RecordKind, id: string): string {
  if (kind === 'brief') return recordTitle(ctx, 'brief', { id });
  const row = ctx.stmt(`SELECT body FROM ${TABLE_OF_KIND[kind]} WHERE id = ?`).get(id) as
    { body: string } | undefined;
  return row ? recordTitle(ctx, kind, JSON.parse(row.body)) : id;
}

/** Records outside the import that would lose what they point at if its additions went. */
function dependents(ctx: VaultContext, added: Set<string>, c: Change): string[] {
  const outside = (kind: RecordKind, sql: string) =>
    (ctx.stmt(sql).all(c.id) as { id: string }[])
      .filter((r) => !added.has(`${kind}:${r.id}`))
      .map((r) => titleOf(ctx, kind, r.id));
  if (c.kind === 'meeting')
    return [
      ...outside('directive', 'SELECT id FROM directives WHERE meeting_id = ?'),
      ...outside('brief', 'SELECT id FROM briefs WHERE meeting_id = ?'),
    ];
  if (c.kind === 'indicator')
    return outside('observation', 'SELECT id FROM observations WHERE indicator_id = ?');
  return [];
}

const ORDER: RecordKind[] = ['brief', 'directive', 'observation', 'indicator', 'meeting'];

export interface UndoSummary {
  packageId: string;
  restored: number;
  removed: number;
  forgotten: boolean;
}

export function undoImport(ctx: VaultContext, packageId: string, forget: boolean): UndoSummary {
  return ctx.tx(() => {
    const row = ctx.stmt('SELECT * FROM imports WHERE package_id = ?').get(packageId) as
      ImportRow | undefined;
    if (!row)
      throw AppFailure.of(
        'not-found',
        `Kho này không có lần nhập nào của gói ${packageId.slice(0, 80)}.`,
        `This vault has no import of package ${packageId.slice(0, 80)}.`,
      );
    if (row.undone_at !== null)
      throw refuse(
        `Lần nhập gói này đã được hoàn tác lúc ${row.undone_at}.`,
        `This import was already undone at ${row.undone_at}.`,
      );
    const journal = JSON.parse(row.changes) as Journal;
    const changedSince = journal.changes
      .map((c) => ({ c, now: revisionOf(ctx, c.kind, c.id) }))
      .filter(({ c, now }) => now !== c.after);
    if (changedSince.length > 0) {
      const issues = changedSince.map(({ c, now }) => ({
        path: `${c.kind}:${c.id}`,
        message:
          now === null
            ? `đã bị xóa sau lần nhập / deleted after the import`
            : `đã sửa sau lần nhập (phiên bản ${c.after} → ${now}) / changed after the import (revision ${c.after} → ${now}): ${titleOf(ctx, c.kind, c.id)}`,
      }));
      throw refuse(
        `Không hoàn tác được: ${changedSince.length} bản ghi đã được sửa hoặc xóa sau lần nhập này; hoàn tác sẽ làm mất phần sửa đó. Hãy xem lịch sử từng bản ghi và khôi phục phiên bản mong muốn.`,
        `Cannot undo: ${changedSince.length} record(s) were changed or deleted after this import; undoing would lose that work. Look at each record's history and restore the version you want.`,
        issues,
      );
    }
    const added = new Set(
      journal.changes.filter((c) => c.before === null).map((c) => `${c.kind}:${c.id}`),
    );
    const blocking = journal.changes
      .filter((c) => c.before === null)
      .flatMap((c) => dependents(ctx, added, c));
    if (blocking.length > 0)
      throw refuse(
        `Không hoàn tác được: ${blocking.length} bản ghi khác đang gắn với bản ghi do lần nhập này thêm vào (${blocking.slice(0, 3).join('; ')}).`,
        `Cannot undo: ${blocking.length} other record(s) are linked to records this import added (${blocking.slice(0, 3).join('; ')}).`,
      );
    const summary: UndoSummary = { packageId, restored: 0, removed: 0, forgotten: false };
    const ordered = [...journal.changes].sort(
      (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind),
    );
    for (const c of ordered) {
      if (c.before !== null) {
        restoreRevision(ctx, c.id, c.before);
        summary.restored++;
      } else if (c.kind === 'brief') {
        ctx.stmt('DELETE FROM briefs WHERE id = ?').run(c.id); // revisions and exports cascade
        reindexBrief(ctx, c.id); // gone: leaves the index
        summary.removed++;
      } else {
        const body = ctx
          .stmt(`SELECT body FROM ${TABLE_OF_KIND[c.kind]} WHERE id = ?`)
          .get(c.id) as { body: string };
        removeRecord(ctx, specOf(c.kind), JSON.parse(body.body) as RecordMeta);
        dropRevisions(ctx, c.kind, c.id);
        summary.removed++;
      }
    }
    for (const b of journal.bases) {
      ctx
        .stmt('DELETE FROM record_sync WHERE kind = ? AND id = ? AND peer = ?')
        .run(b.kind, b.id, b.peer);
      if (b.row)
        ctx
          .stmt(
            'INSERT INTO record_sync (kind, id, peer, base_hash, source_org, package_id, at) VALUES (@kind, @id, @peer, @base_hash, @source_org, @package_id, @at)',
          )
          .run(b.row);
    }
    if (forget)
      summary.forgotten =
        ctx.stmt('DELETE FROM packages_opened WHERE package_id = ?').run(packageId).changes > 0;
    ctx
      .stmt('UPDATE imports SET undone_at = ? WHERE package_id = ?')
      .run(new Date().toISOString(), packageId);
    return summary;
  });
}

export const importsRepository = (ctx: VaultContext) => ({
  list: () => listImports(ctx),
  undo: (packageId: string, forget: boolean) => undoImport(ctx, packageId, forget),
});
