// The history of any record by id (issue 9 §3): its revisions newest first — number, when, who,
// content hash — each with the fields it changed against the one before, and restore, which
// writes an old version's content as the newest revision (the versions in between stay).
import type { Brief } from '../../../../shared/brief';
import {
  DEFAULT_DIRECTIVE_KIND,
  fieldChanges,
  type FieldChange,
  type RecordMeta,
} from '../../../../shared/domain';
import { AppFailure } from '../../../../shared/result';
import { briefsRepository } from './briefs';
import type { VaultContext } from '../context';
import { directiveSpec } from './directives';
import { failures } from '../failures';
import { indicatorSpec, observationSpec } from './indicators';
import { meetingSpec } from './meetings';
import {
  liveKindOf,
  storedRevision,
  TABLE_OF_KIND,
  type AnyKind,
  type RecordKindName,
} from './record-history';
import { getRecord, writeRecord, type RecordSpec } from './record-store';
import { trashedKind } from './trash';

export interface RevisionEntry {
  revision: number;
  at: string;
  by: string;
  hash: string;
  /** Against the revision before it (the first: every field it set). */
  changes: FieldChange[];
}

export interface RecordHistory {
  id: string;
  kind: AnyKind;
  inTrash: boolean;
  /** The live record's revision (null while it is in the trash). */
  current: number | null;
  revisions: RevisionEntry[];
}

interface Row {
  revision: number;
  saved_at: string;
  saved_by: string;
  sha256: string;
  body: string;
}

/** The fields a brief's history compares: its header one level down. */
const BRIEF_NESTED = ['header'];

function kindOf(ctx: VaultContext, id: string): { kind: AnyKind; inTrash: boolean } {
  const live = liveKindOf(ctx, id);
  if (live) return { kind: live, inTrash: false };
  const trashed = trashedKind(ctx, id);
  if (trashed) return { kind: trashed, inTrash: true };
  throw failures.notFound();
}

function rows(ctx: VaultContext, kind: AnyKind, id: string): Row[] {
  return (
    kind === 'brief'
      ? ctx
          .stmt(
            'SELECT revision, saved_at, saved_by, sha256, body FROM brief_revisions WHERE brief_id = ? ORDER BY revision',
          )
          .all(id)
      : ctx
          .stmt(
            'SELECT revision, saved_at, saved_by, sha256, body FROM record_revisions WHERE kind = ? AND record_id = ? ORDER BY revision',
          )
          .all(kind, id)
  ) as Row[];
}

export function recordHistory(ctx: VaultContext, id: string): RecordHistory {
  const { kind, inTrash } = kindOf(ctx, id);
  let previous: Record<string, unknown> | null = null;
  const entries: RevisionEntry[] = [];
  for (const r of rows(ctx, kind, id)) {
    const stored = JSON.parse(r.body) as Record<string, unknown>;
    // A directive saved before kinds existed was a task: no "kind" change on its next save.
    const body = kind === 'directive' ? { kind: DEFAULT_DIRECTIVE_KIND, ...stored } : stored;
    const changes = fieldChanges(
      previous,
      body,
      kind === 'brief' ? { ignore: [], nested: BRIEF_NESTED } : {},
    );
    entries.push({ revision: r.revision, at: r.saved_at, by: r.saved_by, hash: r.sha256, changes });
    previous = body;
  }
  const current = inTrash
    ? null
    : (
        ctx
          .stmt(
            `SELECT revision FROM ${kind === 'brief' ? 'briefs' : TABLE_OF_KIND[kind]} WHERE id = ?`,
          )
          .get(id) as { revision: number }
      ).revision;
  return { id, kind, inTrash, current, revisions: entries.reverse() };
}

/** The store of a kind of record: history restores through it, and so does undoing an import. */
export function specOf(kind: RecordKindName): RecordSpec<RecordMeta> {
  const specs = {
    meeting: meetingSpec,
    directive: directiveSpec,
    indicator: indicatorSpec,
    observation: observationSpec,
  };
  return specs[kind] as unknown as RecordSpec<RecordMeta>;
}

const inTrash = () =>
  AppFailure.of(
    'conflict',
    'Bản ghi đang ở thùng rác: hãy khôi phục nó từ thùng rác trước.',
    'The record is in the trash: restore it from the trash first.',
  );

/**
 * Writes revision `from`'s content as the newest revision. `seen` (the revision the caller
 * looked at) guards against restoring over a save made meanwhile; the CLI omits it.
 */
export function restoreRevision(
  ctx: VaultContext,
  id: string,
  from: number,
  seen?: number,
): { kind: AnyKind; revision: number } {
  return ctx.tx(() => {
    const { kind, inTrash: trashed } = kindOf(ctx, id);
    if (trashed) throw inTrash();
    if (kind === 'brief') {
      const briefs = briefsRepository(ctx);
      const current = briefs.get(id).revision;
      if (seen !== undefined && seen !== current) throw failures.conflict();
      const old = briefs.revision(id, from) as Brief; // 'not-found' for an unknown revision
      return { kind, revision: briefs.save(id, current, old).revision };
    }
    const current = getRecord<RecordMeta>(ctx, TABLE_OF_KIND[kind], id);
    if (seen !== undefined && seen !== current.revision) throw failures.conflict();
    const old = storedRevision<RecordMeta>(ctx, kind, id, from);
    if (!old) throw failures.notFound();
    const restored = {
      ...old,
      id,
      createdAt: current.createdAt,
      revision: current.revision + 1,
      updatedAt: new Date().toISOString(),
    };
    // The spec's checks apply: a directive whose old meeting is gone is refused with the reason.
    writeRecord(ctx, specOf(kind), restored, current);
    return { kind, revision: restored.revision };
  });
}

export const historyRepository = (ctx: VaultContext) => ({
  of: (id: string) => recordHistory(ctx, id),
  restore: (id: string, from: number, seen?: number) => restoreRevision(ctx, id, from, seen),
});
