// The merge rules of issue 4 §2, record by record: what identifies a record's content across
// vaults (a hash without local bookkeeping), the base — the hash of the version last exchanged
// with that partner — that tells "theirs is newer and mine unchanged" from "both changed", the
// strict reading of a record from a package, and writing theirs (keeping its id and origin, or
// as a labelled copy).
//
// Bases are kept per partner: if I edit a record after sending it to B and then send it to C,
// B's later reply (made from the older version) must come back as a conflict, not overwrite
// what I changed in between.
import { createHash, randomUUID } from 'node:crypto';
import {
  parseBrief,
  registerEntry,
  type Brief,
  type RegisterEntry,
} from '../../../../shared/brief';
import { canonicalJson } from '../../../../shared/exchange/canonical';
import type { ItemKind } from '../../../../shared/exchange/manifest';
import {
  directive as directiveSchema,
  indicator as indicatorSchema,
  meeting as meetingSchema,
  observation as observationSchema,
  type RecordMeta,
} from '../../../../shared/domain';
import { recordId } from '../../../../shared/domain/common';
import { DEFAULT_DIRECTIVE_KIND } from '../../../../shared/domain/directive';
import { nameText } from '../../../../shared/text';
import { AppFailure } from '../../../../shared/result';
import type { VaultContext } from '../context';
import { briefsRepository } from '../repositories/briefs';
import { lifecycleRepository } from '../repositories/brief-lifecycle';
import { directiveSpec } from '../repositories/directives';
import { indicatorSpec, observationSpec } from '../repositories/indicators';
import { meetingSpec } from '../repositories/meetings';
import { getRecord, writeRecord, type RecordSpec } from '../repositories/record-store';

export type RecordKind = Exclude<ItemKind, 'rendering'>;
export type MergeAction = 'add' | 'skip-identical' | 'update' | 'mine-newer' | 'conflict';
export type Resolution = 'mine' | 'theirs' | 'both';

/** The partner key of my own packages (re-reading what I sent). */
export const SELF_PEER = 'self';

/** A brief travels as its content with the id and origin it has in the sender's vault. */
export interface BriefItem {
  id: string;
  originOrg: string;
  brief: Brief;
  /** An issued brief travels with its entry of the sender's outgoing register (issue 10). */
  register?: RegisterEntry;
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

/**
 * What identifies a record's content across vaults: everything but local bookkeeping. A task's
 * default kind is left out, so a directive hashes as it did before kinds existed: the sync
 * bases recorded then still match, and a partner on an older release is not in conflict.
 */
export function contentHash(kind: RecordKind, value: unknown): string {
  if (kind === 'brief') return sha(canonicalJson((value as BriefItem).brief));
  const { revision: _r, createdAt: _c, updatedAt: _u, ...content } = value as AnyRecord;
  if (kind === 'directive' && (content as { kind?: unknown }).kind === DEFAULT_DIRECTIVE_KIND)
    delete (content as { kind?: unknown }).kind;
  return sha(canonicalJson(content));
}

/** My current version of a record, in the form it travels in; null if I do not have it. */
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

export const baseOf = (ctx: VaultContext, kind: RecordKind, id: string, peer: string) =>
  (
    ctx
      .stmt('SELECT base_hash FROM record_sync WHERE kind = ? AND id = ? AND peer = ?')
      .get(kind, id, peer) as { base_hash: string } | undefined
  )?.base_hash ?? null;

export interface SyncBase {
  kind: RecordKind;
  id: string;
  /** The partner's lineage (SELF_PEER for my own packages). */
  peer: string;
  hash: string;
  /** Who made this version: the package's sender, or this vault when it sent it. */
  sourceOrg: string;
  packageId: string;
}

export function setBase(ctx: VaultContext, b: SyncBase): void {
  ctx
    .stmt(
      'INSERT INTO record_sync (kind, id, peer, base_hash, source_org, package_id, at) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (kind, id, peer) DO UPDATE SET base_hash = excluded.base_hash, source_org = excluded.source_org, ' +
        'package_id = excluded.package_id, at = excluded.at',
    )
    .run(b.kind, b.id, b.peer, b.hash, b.sourceOrg, b.packageId, new Date().toISOString());
}

/** The decision rules of issue 4 §2, for one record from one partner. */
export function planItem(
  ctx: VaultContext,
  kind: RecordKind,
  theirs: unknown,
  peer: string,
): MergeAction {
  const id = (theirs as { id: string }).id;
  const current = mine(ctx, kind, id);
  if (current === null) return 'add';
  const theirsHash = contentHash(kind, theirs);
  const mineHash = contentHash(kind, current);
  if (theirsHash === mineHash) return 'skip-identical';
  const base = baseOf(ctx, kind, id, peer);
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
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw badItem(kind);
  }
  if (kind === 'brief') {
    const b = raw as Partial<BriefItem> | null;
    if (
      !b ||
      typeof b !== 'object' ||
      typeof b.id !== 'string' ||
      !recordId.safeParse(b.id).success ||
      typeof b.originOrg !== 'string'
    )
      throw badItem(kind);
    const parsed = parseBrief(b.brief);
    // The origin is shown and stored like any name: the one text policy, no special case.
    const origin = nameText(200).safeParse(b.originOrg);
    if (!parsed.ok || !origin.success || !origin.data) throw badItem(kind);
    const register = b.register === undefined ? undefined : registerEntry.safeParse(b.register);
    if (register && (!register.success || register.data.briefId !== b.id)) throw badItem(kind);
    return {
      id: b.id,
      originOrg: origin.data,
      brief: parsed.value,
      ...(register?.success ? { register: register.data } : {}),
    } satisfies BriefItem;
  }
  const parsed = SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) throw badItem(kind);
  return parsed.data;
}

/** `text` with ` (label)` after it, cut so the whole stays within the field's bound. */
const labelled = (text: string, label: string, max: number) =>
  `${text.slice(0, Math.max(0, max - label.length - 1))} ${label}`.trim();

/** Theirs as a copy beside mine: a new id and a label naming whose version it is. */
function asCopy(kind: RecordKind, theirs: unknown, from: string): unknown {
  const label = `(bản của ${from})`;
  if (kind === 'brief') {
    const { register: _register, ...b } = theirs as BriefItem;
    return {
      ...b,
      id: randomUUID(),
      brief: {
        ...b.brief,
        header: { ...b.brief.header, abstract: labelled(b.brief.header.abstract, label, 500) },
      },
    } satisfies BriefItem;
  }
  const r: Record<string, unknown> = { ...(theirs as AnyRecord), id: randomUUID() };
  if (kind === 'meeting') r.title = labelled(String(r.title), label, 1000);
  if (kind === 'directive') r.task = labelled(String(r.task), label, 20_000);
  if (kind === 'indicator') r.name = labelled(String(r.name), label, 300);
  if (kind === 'observation') r.source = labelled(String(r.source), label, 1000);
  return r;
}

export type WriteMode = 'add' | 'replace' | 'copy';

/** Writes theirs; returns what was written (for a copy: with its new id and label). */
export function writeTheirs(
  ctx: VaultContext,
  kind: RecordKind,
  incoming: unknown,
  mode: WriteMode,
  from: string,
): { id: string; value: unknown } {
  const theirs = mode === 'copy' ? asCopy(kind, incoming, from) : incoming;
  if (kind === 'brief') {
    const b = theirs as BriefItem;
    const briefs = briefsRepository(ctx);
    if (mode === 'replace') briefs.save(b.id, briefs.get(b.id).revision, b.brief);
    else briefs.create(b.brief, { id: b.id, originOrg: b.originOrg });
    // Their number comes with their document; a copy beside mine is a draft of my own.
    if (b.register && mode !== 'copy') lifecycleRepository(ctx).importEntry(b.register);
    return { id: b.id, value: b };
  }
  const record = theirs as AnyRecord;
  const previous = mode === 'replace' ? getRecord<AnyRecord>(ctx, TABLES[kind], record.id) : null;
  const written: AnyRecord = {
    ...record,
    createdAt: previous?.createdAt ?? record.createdAt,
    updatedAt: new Date().toISOString(),
    revision: (previous?.revision ?? 0) + 1,
    originOrg: record.originOrg,
  };
  writeRecord(ctx, SPECS[kind], written, previous);
  return { id: written.id, value: written };
}

export interface RecordSource {
  sourceOrg: string;
  packageId: string;
  at: string;
}

/**
 * Where a record's current content came from, for the registers ("nguồn: <org>, gói <id>"):
 * the latest version received from another organisation, while the record is still that
 * version. Once edited here the last update is this vault's own, and no source is shown.
 */
export function recordSource(ctx: VaultContext, kind: RecordKind, id: string): RecordSource | null {
  const rows = ctx
    .stmt(
      'SELECT base_hash, source_org, package_id, at FROM record_sync WHERE kind = ? AND id = ? AND source_org != ? ' +
        'ORDER BY at DESC, rowid DESC',
    )
    .all(kind, id, ctx.organisation) as {
    base_hash: string;
    source_org: string;
    package_id: string;
    at: string;
  }[];
  if (rows.length === 0) return null;
  const current = mine(ctx, kind, id);
  if (current === null) return null;
  const hash = contentHash(kind, current);
  const row = rows.find((r) => r.base_hash === hash);
  return row ? { sourceOrg: row.source_org, packageId: row.package_id, at: row.at } : null;
}
