// Sealing from the vault: gathers the records (a brief brings its meeting, the meeting's
// directives and the figures it cites; an indicator its observations), refuses anything the
// user chose that carries a secrecy mark, leaves out — and names — marked directives that a
// meeting would have brought along, and remembers per record and recipient the hash of what
// was sent, so that recipient's reply can be merged without a false conflict.
import { inlineNodes } from '../../../../shared/brief';
import { canonicalJson } from '../../../../shared/exchange/canonical';
import { MAX_ITEM_NAME, type Manifest } from '../../../../shared/exchange/manifest';
import {
  SECRECY_MARK,
  type Directive,
  type Indicator,
  type Meeting,
  type Observation,
  type SecrecyLevel,
} from '../../../../shared/domain';
import { briefName, directiveName } from '../../../../shared/exchange/record-name';
import { observationTitle } from '../../../../shared/record-title';
import { AppFailure, type Bilingual } from '../../../../shared/result';
import type { WriteMode } from '../../files/atomic-file';
import { sealPackage, sealPackageToFile, type SealInput } from '../../exchange/package';
import type { VaultContext } from '../context';
import { briefsRepository } from '../repositories/briefs';
import { lifecycleRepository } from '../repositories/brief-lifecycle';
import { contactByName, type Contact } from './contacts';
import { myIdentity } from './identity';
import { logExchange } from './log';
import { ORDER, baseOf, contentHash, setBase, type BriefItem, type RecordKind } from './merge';
import { getRecord } from '../repositories/record-store';

const secretRefusal = (what: string, level: SecrecyLevel) =>
  AppFailure.of(
    'forbidden',
    `"${what}" mang dấu độ mật ${SECRECY_MARK[level]}: không được đóng gói gửi đi (Luật Bảo vệ bí mật nhà nước).`,
    `"${what}" carries the secrecy mark ${SECRECY_MARK[level]}: it cannot be put into a package (Law on the Protection of State Secrets).`,
  );

export interface SealRequest {
  /** Contact names, as listed (what `--to` takes). */
  to: readonly string[];
  briefIds?: readonly string[];
  meetingIds?: readonly string[];
  directiveIds?: readonly string[];
  /** Each with all its observations. */
  indicatorIds?: readonly string[];
  /** A chosen brief brings its meeting and that meeting's directives (the default). */
  withMeeting?: boolean;
  /** Rendered DOCX/PDF of chosen briefs (rendered by the caller from the latest revision). */
  renderings?: readonly { briefId: string; fileName: string; bytes: Uint8Array }[];
  note?: string;
  expiresAt?: string | null;
}

/** A record not put in the package although the selection would have brought it along. */
export interface LeftOut {
  kind: RecordKind;
  id: string;
  name: string;
  reason: Bilingual;
}

export interface SealedToFile {
  manifest: Manifest;
  fileName: string;
  leftOut: LeftOut[];
}

interface Gathered {
  kind: RecordKind;
  id: string;
  name: string;
  value: unknown;
}

function gather(ctx: VaultContext, req: SealRequest): { items: Gathered[]; leftOut: LeftOut[] } {
  const out = new Map<string, Gathered>();
  const leftOut: LeftOut[] = [];
  // Named as the manifest allows: a longer title is cut to its bound.
  const add = (kind: RecordKind, id: string, name: string, value: unknown) =>
    out.set(`${kind}:${id}`, { kind, id, name: name.slice(0, MAX_ITEM_NAME), value });
  const addMeeting = (id: string) => {
    const m = getRecord<Meeting>(ctx, 'meetings', id);
    if (m.secrecy !== 'none') throw secretRefusal(m.title, m.secrecy);
    add('meeting', m.id, m.title, m);
    const ds = (
      ctx.stmt('SELECT body FROM directives WHERE meeting_id = ?').all(id) as { body: string }[]
    ).map((r) => JSON.parse(r.body) as Directive);
    for (const d of ds) {
      if (d.secrecy === 'none') add('directive', d.id, directiveName(d), d);
      else
        leftOut.push({
          kind: 'directive',
          id: d.id,
          name: directiveName(d),
          reason: secretRefusal(directiveName(d), d.secrecy).error.message,
        });
    }
  };
  const addIndicator = (ind: Indicator, observations: 'all' | Observation[]) => {
    add('indicator', ind.id, ind.name, ind);
    const obs =
      observations === 'all'
        ? (
            ctx.stmt('SELECT body FROM observations WHERE indicator_id = ?').all(ind.id) as {
              body: string;
            }[]
          ).map((r) => JSON.parse(r.body) as Observation)
        : observations;
    for (const o of obs) add('observation', o.id, observationTitle(ind.name, o), o);
  };

  for (const id of req.briefIds ?? []) {
    const stored = briefsRepository(ctx).get(id);
    const brief = stored.brief;
    const name = briefName(id, brief);
    if (brief.header.secrecy !== 'none') throw secretRefusal(name, brief.header.secrecy);
    const entry = stored.status === 'issued' ? lifecycleRepository(ctx).entryOf(id) : null;
    add('brief', id, name, {
      id,
      originOrg: stored.originOrg,
      brief,
      ...(entry ? { register: entry } : {}),
    } satisfies BriefItem);
    if (
      req.withMeeting !== false &&
      brief.meetingId &&
      ctx.stmt('SELECT 1 FROM meetings WHERE id = ?').get(brief.meetingId)
    )
      addMeeting(brief.meetingId);
    for (const node of inlineNodes(brief.body.content)) {
      if (node.type !== 'indicatorFigure') continue;
      const o = ctx
        .stmt('SELECT body FROM observations WHERE id = ?')
        .get(node.attrs.observationId) as { body: string } | undefined;
      if (!o) continue;
      const obs = JSON.parse(o.body) as Observation;
      addIndicator(getRecord<Indicator>(ctx, 'indicators', obs.indicatorId), [obs]);
    }
  }
  for (const id of req.meetingIds ?? []) addMeeting(id);
  for (const id of req.directiveIds ?? []) {
    const d = getRecord<Directive>(ctx, 'directives', id);
    if (d.secrecy !== 'none') throw secretRefusal(directiveName(d), d.secrecy);
    add('directive', d.id, directiveName(d), d);
  }
  for (const id of req.indicatorIds ?? [])
    addIndicator(getRecord<Indicator>(ctx, 'indicators', id), 'all');
  const items = [...out.values()].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  // A directive chosen directly after its meeting left it out is no longer left out.
  return { items, leftOut: leftOut.filter((l) => !out.has(`directive:${l.id}`)) };
}

function recipientsOf(ctx: VaultContext, names: readonly string[]): Contact[] {
  if (names.length === 0)
    throw AppFailure.of(
      'invalid-input',
      'Chọn ít nhất một đơn vị nhận.',
      'Choose at least one recipient.',
    );
  const byFp = new Map<string, Contact>();
  for (const name of names) {
    const c = contactByName(ctx, name);
    if (c.revokedAt !== null)
      throw AppFailure.of(
        'forbidden',
        `Thẻ của "${c.name}" đã bị thu hồi: không gửi được cho đơn vị này.`,
        `"${c.name}"'s card was revoked: nothing can be sent to it.`,
      );
    byFp.set(c.fingerprint, c);
  }
  return [...byFp.values()];
}

export interface Sealed extends SealedToFile {
  bytes: Buffer;
}

/** Where a package is written, streaming, instead of being returned as bytes. */
export interface SealTarget {
  path: string;
  mode: WriteMode;
}

/** Seals into memory (tests, small packages); sealFromVaultToFile is what the app and CLI use. */
export function sealFromVault(ctx: VaultContext, req: SealRequest): Sealed {
  let bytes: Buffer = Buffer.alloc(0);
  const sealed = sealWith(ctx, req, (input) => {
    const r = sealPackage(input);
    bytes = r.bytes;
    return r;
  });
  return { ...sealed, bytes };
}

/** Seals into the file `target`, 64 KiB at a time (never over an existing file unless 'replace'). */
export const sealFromVaultToFile = (
  ctx: VaultContext,
  req: SealRequest,
  target: SealTarget,
): SealedToFile =>
  sealWith(ctx, req, (input) => sealPackageToFile(input, target.path, target.mode));

function sealWith(
  ctx: VaultContext,
  req: SealRequest,
  seal: (input: SealInput) => { manifest: Manifest },
): SealedToFile {
  const me = myIdentity(ctx);
  const recipients = recipientsOf(ctx, req.to);
  const now = new Date();
  if (req.expiresAt && Date.parse(req.expiresAt) <= now.getTime())
    throw AppFailure.of(
      'invalid-input',
      'Hạn mở gói phải ở sau thời điểm hiện tại.',
      'The expiry must be in the future.',
    );
  const { items, leftOut } = gather(ctx, req);
  if (items.length === 0)
    throw AppFailure.of('invalid-input', 'Gói chưa có nội dung.', 'The package is empty.');
  for (const r of req.renderings ?? [])
    if (!items.some((g) => g.kind === 'brief' && g.id === r.briefId))
      throw AppFailure.of(
        'invalid-input',
        'Bản in kèm theo phải là của một văn bản có trong gói.',
        'A rendering must belong to a brief in the package.',
      );
  const input: SealInput = {
    sender: me,
    recipients: recipients.map((c) => c.card),
    items: [
      ...items.map((g) => ({
        item: { name: g.name, kind: g.kind, recordId: g.id },
        bytes: Buffer.from(canonicalJson(g.value), 'utf8'),
      })),
      ...(req.renderings ?? []).map((r) => ({
        item: { name: r.fileName, kind: 'rendering' as const, recordId: r.briefId },
        bytes: r.bytes,
      })),
    ],
    note: req.note ?? '',
    expiresAt: req.expiresAt ?? null,
    now,
  };
  // A file is complete (renamed into place) before anything below records it as sent.
  const { manifest } = seal(input);
  ctx.tx(() => {
    for (const g of items) {
      const hash = contentHash(g.kind, g.value);
      for (const c of recipients)
        // Sending back the very version a partner sent keeps their row (and the source shown).
        if (baseOf(ctx, g.kind, g.id, c.lineage) !== hash)
          setBase(ctx, {
            kind: g.kind,
            id: g.id,
            peer: c.lineage,
            hash,
            sourceOrg: ctx.organisation,
            packageId: manifest.packageId,
          });
    }
    ctx
      .stmt(
        'INSERT INTO packages_sent (package_id, recipients, items, sealed_at) VALUES (?, ?, ?, ?)',
      )
      .run(
        manifest.packageId,
        JSON.stringify(manifest.recipients),
        manifest.items.length,
        manifest.createdAt,
      );
    logExchange(ctx, {
      action: 'seal',
      packageId: manifest.packageId,
      fingerprints: manifest.recipients,
      summary:
        `${manifest.items.length} mục → ${recipients.map((r) => r.name).join(', ')}` +
        (leftOut.length > 0 ? `; ${leftOut.length} mục mật không gửi / marked, not sent` : ''),
      detail: { kind: 'items', items: manifest.items.length, leftOut: leftOut.length },
    });
  });
  const date = manifest.createdAt.slice(0, 10);
  return {
    manifest,
    fileName: `Goi ${date} ${manifest.packageId.slice(0, 8)}.bdpack`,
    leftOut,
  };
}
