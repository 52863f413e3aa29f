// Sealing from the vault: gathers the records (a brief brings its meeting, the meeting's
// directives and the figures it cites), refuses anything carrying a secrecy mark, and remembers
// per record the hash of what was sent, so a later reply can be merged without a false conflict.
import { inlineNodes } from '../../../shared/brief';
import { canonicalJson } from '../../../shared/exchange/canonical';
import {
  type Directive,
  type Indicator,
  type Meeting,
  type Observation,
} from '../../../shared/domain';
import { AppFailure } from '../../../shared/result';
import { sealPackage } from '../exchange/package';
import type { VaultContext } from './context';
import { briefsRepository } from './briefs';
import { contactByName, logExchange, myIdentity } from './exchange-identity';
import { getRecord } from './record-store';
import { ORDER, contentHash, setBase, type BriefItem, type RecordKind } from './exchange-merge';

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
    for (const partner of recipients.map((c) => c.fingerprint))
      for (const g of items)
        setBase(
          ctx,
          g.kind,
          g.id,
          partner,
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
