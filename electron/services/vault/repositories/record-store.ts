// The save rules every record type shares (shared/domain/common.ts); deletes go through the
// trash (trash.ts):
//  - no id → a new UUID, revision 1, origin = this vault's organisation;
//  - id without revision → insert with that id (sample data and imports keep their ids);
//    'conflict' if the id is taken;
//  - id with revision → update only if the stored revision is the one the caller saw, else
//    'conflict'; an unknown id is 'not-found'.
// The record, its indexed columns, its search entry and its revision (record-history.ts) are
// written in one transaction.
import { randomUUID } from 'node:crypto';
import type { RecordMeta } from '../../../../shared/domain';
import type { VaultContext } from '../context';
import { failures } from '../failures';
import { appendRevision, recordHash } from './record-history';
import { indexDoc, unindexDoc, type SearchDoc, type SearchKind } from './search-index';

type Column = string | number | null;

export interface RecordSpec<R extends RecordMeta> {
  table: 'meetings' | 'directives' | 'indicators' | 'observations';
  /** The domain fields (besides meta) in schema order: the record is shaped from these only. */
  fieldKeys: readonly string[];
  /**
   * Fills what an older body or an input built in code (sample data, a restored revision)
   * leaves out, with the schema's defaults, before anything is written.
   */
  complete?(record: R): R;
  /** The indexed columns (besides meta and body) derived from the record. */
  columns(record: R): Record<string, Column>;
  search?: { kind: SearchKind; doc(ctx: VaultContext, record: R): SearchDoc };
  /** Checks references before a write (e.g. the meeting a directive points at exists). */
  beforeWrite?(ctx: VaultContext, record: R): void;
  afterWrite?(ctx: VaultContext, record: R, previous: R | null): void;
  beforeDelete?(ctx: VaultContext, record: R): void;
  afterDelete?(ctx: VaultContext, record: R): void;
}

export interface SaveInput {
  id?: string | undefined;
  revision?: number | undefined;
}

const nowIso = () => new Date().toISOString();

function storedMeta(
  ctx: VaultContext,
  table: string,
  id: string,
): { revision: number; body: string } | undefined {
  return ctx.stmt(`SELECT revision, body FROM ${table} WHERE id = ?`).get(id) as
    { revision: number; body: string } | undefined;
}

export function getRecord<R>(
  ctx: VaultContext,
  table: RecordSpec<RecordMeta>['table'],
  id: string,
): R {
  const row = ctx.stmt(`SELECT body FROM ${table} WHERE id = ?`).get(id) as
    { body: string } | undefined;
  if (!row) throw failures.notFound();
  return JSON.parse(row.body) as R;
}

function pickFields(input: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (input as Record<string, unknown>)[k];
  return out;
}

export function saveRecord<R extends RecordMeta, I extends SaveInput>(
  ctx: VaultContext,
  spec: RecordSpec<R>,
  input: I,
): R {
  const fields = pickFields(input, spec.fieldKeys);
  return ctx.tx(() => {
    const now = nowIso();
    const fresh = (id: string): RecordMeta => ({
      id,
      createdAt: now,
      updatedAt: now,
      revision: 1,
      originOrg: ctx.organisation,
    });
    let meta: RecordMeta;
    let previous: R | null = null;
    if (input.id === undefined) {
      meta = fresh(randomUUID());
    } else {
      const stored = storedMeta(ctx, spec.table, input.id);
      if (input.revision === undefined) {
        if (stored) throw failures.idTaken();
        meta = fresh(input.id);
      } else {
        if (!stored) throw failures.notFound();
        if (stored.revision !== input.revision) throw failures.conflict();
        previous = JSON.parse(stored.body) as R;
        meta = {
          id: previous.id,
          createdAt: previous.createdAt,
          updatedAt: now,
          revision: stored.revision + 1,
          originOrg: previous.originOrg,
        };
      }
    }
    const next = { ...meta, ...fields } as R;
    // Saving what is already stored writes nothing, as for briefs: no revision that changes
    // nothing in the history, no new time on the record (the hash leaves both out).
    if (previous !== null && sameContent(spec, next, previous)) return previous;
    return writeRecord(ctx, spec, next, previous);
  });
}

const sameContent = <R extends RecordMeta>(spec: RecordSpec<R>, next: R, stored: R): boolean =>
  recordHash(spec.complete ? spec.complete(next) : next) === recordHash(stored);

/**
 * Writes a fully formed record (meta included): used by saves and by cascading rewrites.
 * previous is the stored version being replaced, or null for an insert. Returns the record as
 * stored (completed with the spec's defaults).
 */
export function writeRecord<R extends RecordMeta>(
  ctx: VaultContext,
  spec: RecordSpec<R>,
  given: R,
  previous: R | null,
): R {
  const record = spec.complete ? spec.complete(given) : given;
  const insert = previous === null;
  spec.beforeWrite?.(ctx, record);
  const cols: Record<string, Column> = {
    id: record.id,
    revision: record.revision,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    origin_org: record.originOrg,
    ...spec.columns(record),
    body: JSON.stringify(record),
  };
  const names = Object.keys(cols);
  // Column names come from the spec (code), never from input; every value is bound.
  const sql = insert
    ? `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`
    : `UPDATE ${spec.table} SET ${names
        .filter((n) => n !== 'id')
        .map((n) => `${n} = @${n}`)
        .join(', ')} WHERE id = @id`;
  ctx.stmt(sql).run(cols);
  if (spec.search) indexDoc(ctx, spec.search.kind, record.id, spec.search.doc(ctx, record));
  appendRevision(ctx, spec.table, record);
  spec.afterWrite?.(ctx, record, previous);
  return record;
}

/** Removes a stored record, its search entry and what its spec cascades (the trash keeps a copy). */
export function removeRecord<R extends RecordMeta>(
  ctx: VaultContext,
  spec: RecordSpec<R>,
  record: R,
): void {
  spec.beforeDelete?.(ctx, record);
  ctx.stmt(`DELETE FROM ${spec.table} WHERE id = ?`).run(record.id);
  if (spec.search) unindexDoc(ctx, spec.search.kind, record.id);
  spec.afterDelete?.(ctx, record);
}
