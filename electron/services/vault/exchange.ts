// Opening packages into the vault. Everything is verified first (exchange/package.ts), then each
// item is planned against the vault — add, skip, update, mine newer, conflict — and imported in
// one transaction with the user's choice for each conflict. Nothing is ever silently overwritten.
import type { IdentityCard } from '../../../shared/exchange/card';
import type { ItemKind } from '../../../shared/exchange/manifest';
import { AppFailure } from '../../../shared/result';
import { cardFingerprint } from '../exchange/card';
import { openPackage, type OpenedPackage } from '../exchange/package';
import type { VaultContext } from './context';
import { exchangeLog, findContact, logExchange, myIdentity } from './exchange-identity';
import {
  ORDER,
  contentHash,
  parseItem,
  planItem,
  setBase,
  writeTheirs,
  type MergeAction,
  type RecordKind,
  type Resolution,
} from './exchange-merge';

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
      action: planItem(ctx, item.kind, value, pkg.manifest.sender.fingerprint),
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
        setBase(ctx, kind, id, preview.sender.fingerprint, hash, source, preview.packageId);
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

export function myCard(ctx: VaultContext): { card: IdentityCard; fingerprint: string } {
  const { card } = myIdentity(ctx);
  return { card, fingerprint: cardFingerprint(card) };
}

export { exchangeLog };
