// Packages from and into this vault. Sealing gathers the records (a brief brings its meeting,
// the meeting's directives and the figures it cites), refuses anything carrying a secrecy mark,
// and remembers, per record, the hash of what was sent. Opening verifies everything first
// (exchange/package.ts), then plans each item against the vault — add, skip, update, mine
// newer, conflict — and imports in one transaction with the user's choice for each conflict.
// Records keep their ids and origin across vaults; nothing is ever silently overwritten.
import { createHash, randomUUID } from 'node:crypto';
import { inlineNodes, parseBrief, type Brief } from '../../../shared/brief';
import { canonicalJson } from '../../../shared/exchange/canonical';
import type { IdentityCard } from '../../../shared/exchange/card';
import type { ItemKind } from '../../../shared/exchange/manifest';
import {
  directive as directiveSchema,
  indicator as indicatorSchema,
  meeting as meetingSchema,
  observation as observationSchema,
  type Directive,
  type Indicator,
  type Meeting,
  type Observation,
  type RecordMeta,
} from '../../../shared/domain';
import { recordId } from '../../../shared/domain/common';
import { AppFailure } from '../../../shared/result';
import { cardFingerprint } from '../exchange/card';
import { openPackage, sealPackage, type OpenedPackage } from '../exchange/package';
import type { VaultContext } from './context';
import { briefsRepository } from './briefs';
import { directiveSpec } from './directives';
import {
  contactByName,
  exchangeLog,
  findContact,
  logExchange,
  myIdentity,
} from './exchange-identity';
import { indicatorSpec, observationSpec } from './indicators';
import { meetingSpec } from './meetings';
import { getRecord, writeRecord, type RecordSpec } from './record-store';

export type RecordKind = Exclude<ItemKind, 'rendering'>;
export type MergeAction = 'add' | 'skip-identical' | 'update' | 'mine-newer' | 'conflict';
export type Resolution = 'mine' | 'theirs' | 'both';

/** A brief travels as its content with the id and origin it has in the sender's vault. */
interface BriefItem {
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
const ORDER: RecordKind[] = ['meeting', 'indicator', 'observation', 'directive', 'brief'];

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** What identifies a record's content across vaults: everything but local bookkeeping. */
export function contentHash(kind: RecordKind, value: unknown): string {
  if (kind === 'brief') return sha(canonicalJson((value as BriefItem).brief));
  const { revision: _r, createdAt: _c, updatedAt: _u, ...content } = value as AnyRecord;
  return sha(canonicalJson(content));
}

function mine(ctx: VaultContext, kind: RecordKind, id: string): unknown {
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

const baseOf = (ctx: VaultContext, kind: RecordKind, id: string) =>
  (ctx
    .stmt('SELECT base_hash, source_org, package_id, at FROM record_sync WHERE kind = ? AND id = ?')
    .get(kind, id) as
    { base_hash: string; source_org: string; package_id: string; at: string } | undefined) ?? null;

function setBase(
  ctx: VaultContext,
  kind: RecordKind,
  id: string,
  hash: string,
  sourceOrg: string,
  packageId: string,
) {
  ctx
    .stmt(
      'INSERT INTO record_sync (kind, id, base_hash, source_org, package_id, at) VALUES (?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (kind, id) DO UPDATE SET base_hash = excluded.base_hash, source_org = excluded.source_org, package_id = excluded.package_id, at = excluded.at',
    )
    .run(kind, id, hash, sourceOrg, packageId, new Date().toISOString());
}

/** The decision rules of issue 4 §2, per record. */
export function planItem(ctx: VaultContext, kind: RecordKind, theirs: unknown): MergeAction {
  const id = (theirs as { id: string }).id;
  const current = mine(ctx, kind, id);
  if (current === null) return 'add';
  const theirsHash = contentHash(kind, theirs);
  const mineHash = contentHash(kind, current);
  if (theirsHash === mineHash) return 'skip-identical';
  const base = baseOf(ctx, kind, id)?.base_hash;
  if (base === mineHash) return 'update';
  if (base === theirsHash) return 'mine-newer';
  return 'conflict';
}

const secretRefusal = (what: string) =>
  AppFailure.of(
    'forbidden',
    `"${what}" mang dấu độ mật: không được đóng gói gửi đi (Luật Bảo vệ bí mật nhà nước).`,
    `"${what}" carries a secrecy mark: it cannot be put into a package (Law on the Protection of State Secrets).`,
  );

export interface SealRequest {
  to: readonly string[];
  briefIds?: readonly string[];
  meetingIds?: readonly string[];
  directiveIds?: readonly string[];
  note?: string;
  expiresAt?: string | null;
}

interface Gathered {
  kind: RecordKind;
  id: string;
  name: string;
  value: unknown;
}

function gather(ctx: VaultContext, req: SealRequest): Gathered[] {
  const out = new Map<string, Gathered>();
  const add = (kind: RecordKind, id: string, name: string, value: unknown) =>
    out.set(`${kind}:${id}`, { kind, id, name, value });
  const addMeeting = (id: string) => {
    const m = getRecord<Meeting>(ctx, 'meetings', id);
    if (m.secrecy !== 'none') throw secretRefusal(m.title);
    add('meeting', m.id, m.title, m);
    const ds = (
      ctx.stmt('SELECT body FROM directives WHERE meeting_id = ?').all(id) as { body: string }[]
    ).map((r) => JSON.parse(r.body) as Directive);
    for (const d of ds) if (d.secrecy === 'none') add('directive', d.id, d.task.slice(0, 80), d);
  };
  for (const id of req.briefIds ?? []) {
    const row = ctx.stmt('SELECT origin_org FROM briefs WHERE id = ?').get(id) as
      { origin_org: string } | undefined;
    const brief = briefsRepository(ctx).get(id).brief;
    if (brief.header.secrecy !== 'none')
      throw secretRefusal(brief.header.abstract || brief.header.typeName);
    add(
      'brief',
      id,
      [brief.header.typeName, brief.header.abstract].filter(Boolean).join(' ') || id,
      { id, originOrg: row!.origin_org, brief } satisfies BriefItem,
    );
    if (brief.meetingId && ctx.stmt('SELECT 1 FROM meetings WHERE id = ?').get(brief.meetingId))
      addMeeting(brief.meetingId);
    for (const node of inlineNodes(brief.body.content)) {
      if (node.type !== 'indicatorFigure') continue;
      const o = ctx
        .stmt('SELECT body FROM observations WHERE id = ?')
        .get(node.attrs.observationId) as { body: string } | undefined;
      if (!o) continue;
      const obs = JSON.parse(o.body) as Observation;
      const ind = getRecord<Indicator>(ctx, 'indicators', obs.indicatorId);
      add('indicator', ind.id, ind.name, ind);
      add('observation', obs.id, `${ind.name} (${obs.id.slice(0, 8)})`, obs);
    }
  }
  for (const id of req.meetingIds ?? []) addMeeting(id);
  for (const id of req.directiveIds ?? []) {
    const d = getRecord<Directive>(ctx, 'directives', id);
    if (d.secrecy !== 'none') throw secretRefusal(d.task.slice(0, 80));
    add('directive', d.id, d.task.slice(0, 80), d);
  }
  return [...out.values()].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

export function sealFromVault(ctx: VaultContext, req: SealRequest) {
  const me = myIdentity(ctx);
  if (req.to.length === 0)
    throw AppFailure.of(
      'invalid-input',
      'Chọn ít nhất một đơn vị nhận.',
      'Choose at least one recipient.',
    );
  const recipients = req.to.map((name) => {
    const c = contactByName(ctx, name);
    if (c.revokedAt !== null)
      throw AppFailure.of(
        'forbidden',
        `Thẻ của "${c.name}" đã bị thu hồi.`,
        `"${c.name}"'s card was revoked.`,
      );
    return c;
  });
  const items = gather(ctx, req);
  if (items.length === 0)
    throw AppFailure.of('invalid-input', 'Gói chưa có nội dung.', 'The package is empty.');
  const { bytes, manifest } = sealPackage({
    sender: me,
    recipients: recipients.map((c) => c.card),
    items: items.map((g) => ({
      item: { name: g.name, kind: g.kind, recordId: g.id },
      bytes: Buffer.from(canonicalJson(g.value), 'utf8'),
    })),
    note: req.note ?? '',
    expiresAt: req.expiresAt ?? null,
    now: new Date(),
  });
  ctx.tx(() => {
    for (const g of items)
      setBase(
        ctx,
        g.kind,
        g.id,
        contentHash(g.kind, g.value),
        ctx.organisation,
        manifest.packageId,
      );
    ctx
      .stmt(
        'INSERT INTO packages_sent (package_id, recipients, items, sealed_at) VALUES (?, ?, ?, ?)',
      )
      .run(
        manifest.packageId,
        JSON.stringify(manifest.recipients),
        items.length,
        manifest.createdAt,
      );
    logExchange(ctx, {
      action: 'seal',
      packageId: manifest.packageId,
      fingerprints: manifest.recipients,
      summary: `${items.length} mục → ${recipients.map((r) => r.name).join(', ')}`,
    });
  });
  const date = manifest.createdAt.slice(0, 10);
  return { bytes, manifest, fileName: `Goi ${date} ${manifest.packageId.slice(0, 8)}.bdpack` };
}

function opened(ctx: VaultContext, bytes: Uint8Array): OpenedPackage {
  const me = myIdentity(ctx);
  try {
    return openPackage(bytes, {
      me,
      findContact: (fp) => {
        const c = findContact(ctx, fp);
        return c ? { card: c.card, revoked: c.revokedAt !== null } : null;
      },
      seenPackage: (id) =>
        Boolean(ctx.stmt('SELECT 1 FROM packages_opened WHERE package_id = ?').get(id)),
      now: new Date(),
    });
  } catch (e) {
    if (e instanceof AppFailure)
      logExchange(ctx, {
        action: 'open-refused',
        packageId: null,
        fingerprints: [],
        summary: e.error.code,
      });
    throw e;
  }
}

export interface PreviewItem {
  key: string;
  kind: ItemKind;
  name: string;
  recordId: string | null;
  action: MergeAction | 'attachment';
}

export interface PackagePreview {
  packageId: string;
  createdAt: string;
  expiresAt: string | null;
  note: string;
  sender: { name: string; unit: string; fingerprint: string; known: true };
  items: PreviewItem[];
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
function parseItem(kind: RecordKind, bytes: Buffer): unknown {
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

function plan(
  ctx: VaultContext,
  pkg: OpenedPackage,
): { preview: PackagePreview; values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  const items = pkg.items.map(({ item, bytes }): PreviewItem => {
    const key = `${item.kind}:${item.recordId ?? item.name}`;
    if (item.kind === 'rendering')
      return {
        key,
        kind: item.kind,
        name: item.name,
        recordId: item.recordId,
        action: 'attachment',
      };
    const value = parseItem(item.kind, bytes);
    if ((value as { id?: unknown }).id !== item.recordId)
      throw AppFailure.of(
        'package-corrupt',
        'Mã bản ghi không khớp bản kê.',
        'A record id does not match the manifest.',
      );
    values.set(key, value);
    return {
      key,
      kind: item.kind,
      name: item.name,
      recordId: item.recordId,
      action: planItem(ctx, item.kind, value),
    };
  });
  const m = pkg.manifest;
  return {
    values,
    preview: {
      packageId: m.packageId,
      createdAt: m.createdAt,
      expiresAt: m.expiresAt,
      note: m.note,
      sender: {
        name: m.sender.name,
        unit: m.sender.unit,
        fingerprint: m.sender.fingerprint,
        known: true,
      },
      items,
    },
  };
}

/** Verifies the package and says what importing would do; writes nothing but the audit line. */
export function previewPackage(ctx: VaultContext, bytes: Uint8Array): PackagePreview {
  const pkg = opened(ctx, bytes);
  const { preview } = plan(ctx, pkg);
  logExchange(ctx, {
    action: 'open',
    packageId: preview.packageId,
    fingerprints: [preview.sender.fingerprint],
    summary: `${preview.items.length} mục (xem trước)`,
  });
  return preview;
}

function writeTheirs(
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

export interface ImportSummary {
  packageId: string;
  added: number;
  updated: number;
  skipped: number;
  keptMine: number;
  copies: number;
}

/**
 * Imports in one transaction. Every conflict needs a resolution (by item key); without one the
 * import is refused before anything is written.
 */
export function importPackage(
  ctx: VaultContext,
  bytes: Uint8Array,
  resolutions: Readonly<Record<string, Resolution>>,
): ImportSummary {
  const pkg = opened(ctx, bytes);
  const { preview, values } = plan(ctx, pkg);
  const unresolved = preview.items.filter((i) => i.action === 'conflict' && !resolutions[i.key]);
  if (unresolved.length > 0)
    throw AppFailure.of(
      'conflict',
      `Có ${unresolved.length} bản ghi bị sửa ở cả hai nơi; hãy chọn giữ bản của mình, lấy bản của họ hoặc giữ cả hai. Chưa có gì được nhập.`,
      `${unresolved.length} record(s) changed on both sides; choose keep mine, take theirs or keep both. Nothing was imported.`,
      { issues: unresolved.map((i) => ({ path: i.key, message: i.name })) },
    );
  const summary: ImportSummary = {
    packageId: preview.packageId,
    added: 0,
    updated: 0,
    skipped: 0,
    keptMine: 0,
    copies: 0,
  };
  const source = pkg.sender.name;
  ctx.tx(() => {
    for (const item of [...preview.items].sort(
      (a, b) => ORDER.indexOf(a.kind as RecordKind) - ORDER.indexOf(b.kind as RecordKind),
    )) {
      if (item.action === 'attachment') continue;
      const kind = item.kind as RecordKind;
      const theirs = values.get(item.key)!;
      const hash = contentHash(kind, theirs);
      const id = item.recordId!;
      switch (item.action) {
        case 'add':
          writeTheirs(ctx, kind, theirs, false, false);
          summary.added++;
          break;
        case 'update':
          writeTheirs(ctx, kind, theirs, true, false);
          summary.updated++;
          break;
        case 'skip-identical':
        case 'mine-newer':
          summary.skipped++;
          break;
        case 'conflict': {
          const choice = resolutions[item.key]!;
          if (choice === 'theirs') {
            writeTheirs(ctx, kind, theirs, true, false);
            summary.updated++;
          } else if (choice === 'both') {
            writeTheirs(ctx, kind, theirs, false, true);
            summary.copies++;
          } else summary.keptMine++;
          break;
        }
      }
      // The version just seen becomes the base: unless mine is newer, which keeps its base.
      if (
        item.action !== 'mine-newer' &&
        !(item.action === 'conflict' && resolutions[item.key] === 'both')
      )
        setBase(ctx, kind, id, hash, source, preview.packageId);
    }
    ctx
      .stmt(
        'INSERT INTO packages_opened (package_id, sender_fingerprint, opened_at) VALUES (?, ?, ?)',
      )
      .run(preview.packageId, preview.sender.fingerprint, new Date().toISOString());
    logExchange(ctx, {
      action: 'import',
      packageId: preview.packageId,
      fingerprints: [preview.sender.fingerprint],
      summary: `+${summary.added} ~${summary.updated} =${summary.skipped} mine:${summary.keptMine} both:${summary.copies}`,
    });
  });
  return summary;
}

/** Where a record's last exchanged version came from, for the registers ("nguồn"). */
export function recordSource(
  ctx: VaultContext,
  kind: RecordKind,
  id: string,
): { sourceOrg: string; packageId: string; at: string } | null {
  const b = baseOf(ctx, kind, id);
  return b && b.source_org !== ctx.organisation
    ? { sourceOrg: b.source_org, packageId: b.package_id, at: b.at }
    : null;
}

export function myCard(ctx: VaultContext): { card: IdentityCard; fingerprint: string } {
  const { card } = myIdentity(ctx);
  return { card, fingerprint: cardFingerprint(card) };
}

export { exchangeLog };
