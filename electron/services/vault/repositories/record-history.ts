// Revisions of meetings, directives, indicators and observations (issue 9): every write of a
// record stores that version whole, with who wrote it, when, and the SHA-256 of its canonical
// content (the same hash packages use: content without local bookkeeping). Briefs keep theirs
// in brief_revisions; history.ts reads both.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../shared/exchange/canonical';
import type { RecordMeta } from '../../../../shared/domain';
import type { VaultContext } from '../context';
import { author } from './user-profile';

export type RecordTable = 'meetings' | 'directives' | 'indicators' | 'observations';
export type RecordKindName = 'meeting' | 'directive' | 'indicator' | 'observation';
export type AnyKind = RecordKindName | 'brief';

export const KIND_OF_TABLE: Record<RecordTable, RecordKindName> = {
  meetings: 'meeting',
  directives: 'directive',
  indicators: 'indicator',
  observations: 'observation',
};
export const TABLE_OF_KIND: Record<RecordKindName, RecordTable> = {
  meeting: 'meetings',
  directive: 'directives',
  indicator: 'indicators',
  observation: 'observations',
};

/** The SHA-256 of a record's content: everything but its revision and timestamps. */
export function recordHash(record: RecordMeta): string {
  const {
    revision: _r,
    createdAt: _c,
    updatedAt: _u,
    ...content
  } = record as RecordMeta & Record<string, unknown>;
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/** Stores the version just written. A revision number met again (a record back from the trash) keeps the stored copy. */
export function appendRevision(ctx: VaultContext, table: RecordTable, record: RecordMeta): void {
  ctx
    .stmt(
      'INSERT INTO record_revisions (kind, record_id, revision, saved_at, saved_by, sha256, body) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (kind, record_id, revision) DO NOTHING',
    )
    .run(
      KIND_OF_TABLE[table],
      record.id,
      record.revision,
      record.updatedAt,
      author(ctx),
      recordHash(record),
      JSON.stringify(record),
    );
}

/** Which kind of record an id is, among the live ones; null if none. */
export function liveKindOf(ctx: VaultContext, id: string): AnyKind | null {
  for (const [table, kind] of Object.entries(KIND_OF_TABLE) as [RecordTable, RecordKindName][]) {
    if (ctx.stmt(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) return kind;
  }
  return ctx.stmt('SELECT 1 FROM briefs WHERE id = ?').get(id) ? 'brief' : null;
}

export function storedRevision<R>(
  ctx: VaultContext,
  kind: RecordKindName,
  id: string,
  revision: number,
): R | null {
  const row = ctx
    .stmt('SELECT body FROM record_revisions WHERE kind = ? AND record_id = ? AND revision = ?')
    .get(kind, id, revision) as { body: string } | undefined;
  return row ? (JSON.parse(row.body) as R) : null;
}

/** Forgets every stored version of a record (emptying the trash, undoing an import's addition). */
export function dropRevisions(ctx: VaultContext, kind: AnyKind, id: string): void {
  if (kind === 'brief') ctx.stmt('DELETE FROM brief_revisions WHERE brief_id = ?').run(id);
  else ctx.stmt('DELETE FROM record_revisions WHERE kind = ? AND record_id = ?').run(kind, id);
}
