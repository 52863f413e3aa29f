// The merge rules of issue 4 §2, record by record: what identifies a record's content across
// vaults (a hash without local bookkeeping), the base — the hash of the version last exchanged —
// that tells "theirs is newer and mine unchanged" from "both changed", the strict reading of a
// record from a package, and writing theirs (keeping its id and origin, or as a copy).
import { createHash, randomUUID } from 'node:crypto';
import { parseBrief, type Brief } from '../../../shared/brief';
import { canonicalJson } from '../../../shared/exchange/canonical';
import type { ItemKind } from '../../../shared/exchange/manifest';
import {
  directive as directiveSchema,
  indicator as indicatorSchema,
  meeting as meetingSchema,
  observation as observationSchema,
  type RecordMeta,
} from '../../../shared/domain';
import { recordId } from '../../../shared/domain/common';
import { AppFailure } from '../../../shared/result';
import type { VaultContext } from './context';
import { briefsRepository } from './briefs';
import { directiveSpec } from './directives';
import { indicatorSpec, observationSpec } from './indicators';
import { meetingSpec } from './meetings';
import { getRecord, writeRecord, type RecordSpec } from './record-store';

export type RecordKind = Exclude<ItemKind, 'rendering'>;
export type MergeAction = 'add' | 'skip-identical' | 'update' | 'mine-newer' | 'conflict';
export type Resolution = 'mine' | 'theirs' | 'both';

/** A brief travels as its content with the id and origin it has in the sender's vault. */
export interface BriefItem {
  id: string;
  originOrg: string;
  brief: Brief;
}

type AnyRecord = RecordMeta & Record<string, unknown>;

const SPECS: Record<Exclude<RecordKind, 'brief'>, RecordSpec<AnyRecord>> = {
  meeting: meetingSpec as unknown as RecordSpec<AnyRecord>,
  directive: directiveSpec as unknown as RecordSpec<AnyRecord>,
  indicator: indicatorSpec as unknown as RecordSpec<AnyRecord>,
  observation: observationSpec as unknown as RecordSpec<AnyRecord>,
};
const TABLES = {
  meeting: 'meetings',
  directive: 'directives',
  indicator: 'indicators',
  observation: 'observations',
} as const;
/** Import order: what others point at comes first. */
export const ORDER: RecordKind[] = ['meeting', 'indicator', 'observation', 'directive', 'brief'];

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** What identifies a record's content across vaults: everything but local bookkeeping. */
export function contentHash(kind: RecordKind, value: unknown): string {
  if (kind === 'brief') return sha(canonicalJson((value as BriefItem).brief));
  const { revision: _r, createdAt: _c, updatedAt: _u, ...content } = value as AnyRecord;
  return sha(canonicalJson(content));
}

export function mine(ctx: VaultContext, kind: RecordKind, id: string): unknown {
  if (kind === 'brief') {
    const row = ctx.stmt('SELECT origin_org FROM briefs WHERE id = ?').get(id) as
      { origin_org: string } | undefined;
    return row
      ? ({
          id,
          originOrg: row.origin_org,
          brief: briefsRepository(ctx).get(id).brief,
        } satisfies BriefItem)
      : null;
  }
  const row = ctx.stmt(`SELECT body FROM ${TABLES[kind]} WHERE id = ?`).get(id) as
    { body: string } | undefined;
  return row ? (JSON.parse(row.body) as unknown) : null;
}

/**
 * The version last exchanged with one partner (by card fingerprint). Per partner, not per
 * record: after sending v1 to B and v2 to C, B's reply is judged against v1, not v2.
 */
export const baseOf = (ctx: VaultContext, kind: RecordKind, id: string, partner: string) =>
  (ctx
    .stmt(
      'SELECT base_hash, source_org, package_id, at FROM record_sync WHERE kind = ? AND id = ? AND partner = ?',
    )
    .get(kind, id, partner) as
    { base_hash: string; source_org: string; package_id: string; at: string } | undefined) ?? null;

export function setBase(
  ctx: VaultContext,
  kind: RecordKind,
  id: string,
  partner: string,
  hash: string,
  sourceOrg: string,
  packageId: string,
) {
  ctx
    .stmt(
      'INSERT INTO record_sync (kind, id, partner, base_hash, source_org, package_id, at) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (kind, id, partner) DO UPDATE SET base_hash = excluded.base_hash, source_org = excluded.source_org, package_id = excluded.package_id, at = excluded.at',
    )
    .run(kind, id, partner, hash, sourceOrg, packageId, new Date().toISOString());
}

/** The decision rules of issue 4 §2, per record. */
export function planItem(
  ctx: VaultContext,
  kind: RecordKind,
  theirs: unknown,
  partner: string,
): MergeAction {
  const id = (theirs as { id: string }).id;
  const current = mine(ctx, kind, id);
  if (current === null) return 'add';
  const theirsHash = contentHash(kind, theirs);
  const mineHash = contentHash(kind, current);
  if (theirsHash === mineHash) return 'skip-identical';
  const base = baseOf(ctx, kind, id, partner)?.base_hash;
  if (base === mineHash) return 'update';
  if (base === theirsHash) return 'mine-newer';
  return 'conflict';
}

const SCHEMAS = {
  meeting: meetingSchema,
  directive: directiveSchema,
  indicator: indicatorSchema,
  observation: observationSchema,
};

const badItem = (kind: string) =>
  AppFailure.of(
    'package-corrupt',
    `Một mục ${kind} trong gói không hợp lệ. Không có gì được nhập.`,
    `A ${kind} item in the package is not valid. Nothing was imported.`,
  );

/** A record from a package, through the same schemas as a save from the app (NFC, bounds). */
export function parseItem(kind: RecordKind, bytes: Buffer): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw badItem(kind);
  }
  if (kind === 'brief') {
    const b = raw as Partial<BriefItem> | null;
    const parsed = parseBrief(b?.brief);
    if (
      !b ||
      typeof b.id !== 'string' ||
      !recordId.safeParse(b.id).success ||
      typeof b.originOrg !== 'string' ||
      !parsed.ok
    )
      throw badItem(kind);
    return {
      id: b.id,
      originOrg: b.originOrg.normalize('NFC').slice(0, 200),
      brief: parsed.value,
    } satisfies BriefItem;
  }
  const parsed = SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) throw badItem(kind);
  return parsed.data;
}

export function writeTheirs(
  ctx: VaultContext,
  kind: RecordKind,
  theirs: unknown,
  replace: boolean,
  copy: boolean,
): string {
  if (kind === 'brief') {
    const b = theirs as BriefItem;
    if (copy || !replace)
      return briefsRepository(ctx).create(b.brief, {
        id: copy ? randomUUID() : b.id,
        originOrg: b.originOrg,
      }).id;
    const current = briefsRepository(ctx).get(b.id);
    return briefsRepository(ctx).save(b.id, current.revision, b.brief).id;
  }
  const spec = SPECS[kind];
  const incoming = theirs as AnyRecord;
  const now = new Date().toISOString();
  const previous = replace && !copy ? getRecord<AnyRecord>(ctx, TABLES[kind], incoming.id) : null;
  const id = copy ? randomUUID() : incoming.id;
  const record: AnyRecord = {
    ...incoming,
    id,
    createdAt: previous?.createdAt ?? incoming.createdAt,
    updatedAt: now,
    revision: (previous?.revision ?? 0) + 1,
    originOrg: incoming.originOrg,
  };
  writeRecord(ctx, spec, record, previous);
  return id;
}

/** Where a record's last exchanged version came from, for the registers ("nguồn"). */
export function recordSource(
  ctx: VaultContext,
  kind: RecordKind,
  id: string,
): { sourceOrg: string; packageId: string; at: string } | null {
  // The latest version received from anyone; one this vault sent is not a "source".
  const b = ctx
    .stmt(
      'SELECT source_org, package_id, at FROM record_sync WHERE kind = ? AND id = ? ORDER BY at DESC LIMIT 1',
    )
    .get(kind, id) as { source_org: string; package_id: string; at: string } | undefined;
  return b && b.source_org !== ctx.organisation
    ? { sourceOrg: b.source_org, packageId: b.package_id, at: b.at }
    : null;
}
