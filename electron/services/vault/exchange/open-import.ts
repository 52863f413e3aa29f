// Opening packages into the vault. Everything is verified first (exchange/package.ts), then each
// item is planned against the vault — add, skip, update, mine newer, conflict — and imported in
// one transaction with the user's choice for each conflict. Nothing is ever silently
// overwritten, and every open, refused or not, leaves a line in the audit log.
import type { IdentityCard } from '../../../../shared/exchange/card';
import type { ItemKind } from '../../../../shared/exchange/manifest';
import { recordName } from '../../../../shared/exchange/record-name';
import { AppFailure } from '../../../../shared/result';
import { cardFingerprint } from '../../exchange/card';
import {
  openPackage,
  openPackageFile,
  type OpenContext,
  type OpenedPackageFile,
} from '../../exchange/package';
import { itemBytes, type ItemBody } from '../../exchange/package-receiver';
import type { VaultContext } from '../context';
import { findContact } from './contacts';
import { myIdentity } from './identity';
import { previewDifferences, type FieldDifference } from './diff';
import { logExchange, type LogAction } from './log';
import { startImportJournal } from './import-journal';
import {
  ORDER,
  SELF_PEER,
  baseOf,
  contentHash,
  parseItem,
  planItem,
  setBase,
  writeTheirs,
  type MergeAction,
  type RecordKind,
  type Resolution,
} from './merge';

export interface PreviewItem {
  /** What a resolution is keyed by: `<kind>:<record id>`. */
  key: string;
  kind: ItemKind;
  name: string;
  recordId: string | null;
  size: number;
  action: MergeAction | 'attachment';
  /** For an update or a conflict: the fields where mine and theirs differ (exchange-diff.ts). */
  differences?: FieldDifference[];
}

export interface PackagePreview {
  packageId: string;
  createdAt: string;
  expiresAt: string | null;
  note: string;
  sender: {
    name: string;
    unit: string;
    fingerprint: string;
    known: true;
    /** How this vault's contacts list names the sender; null when the package is my own. */
    contactName: string | null;
  };
  items: PreviewItem[];
}

/** A package in memory, or a package file read streaming ({ file }: an absolute path). */
export type PackageInput = Uint8Array | { file: string };

/** Opens either way, with the file opener's shape: items as bodies, dispose() for temp files. */
function openInput(input: PackageInput, ctx: OpenContext): OpenedPackageFile {
  if (!(input instanceof Uint8Array)) return openPackageFile(input.file, ctx);
  const opened = openPackage(input, ctx);
  return {
    ...opened,
    items: opened.items.map(({ item, bytes }) => ({ item, body: { bytes } })),
    tempDir: null,
    dispose: () => {},
  };
}

interface Planned {
  pkg: OpenedPackageFile;
  preview: PackagePreview;
  values: Map<string, unknown>;
  /** The sender's lineage: whose base the merge compares with. */
  peer: string;
}

/** Runs `work`; a refusal is written to the audit log (with its reason code) and re-thrown. */
function audited<T>(
  ctx: VaultContext,
  action: LogAction,
  known: { packageId: string | null; fingerprints: string[] },
  work: () => T,
): T {
  try {
    return work();
  } catch (e) {
    const code = e instanceof AppFailure ? e.error.code : 'internal';
    logExchange(ctx, { action, ...known, summary: code, detail: { kind: 'refused', code } });
    throw e;
  }
}

const missingReference = (what: string, target: string) =>
  AppFailure.of(
    'not-found',
    `"${what}" dẫn chiếu ${target} không có trong kho và không có trong gói: chưa thể nhập. Hãy đề nghị đơn vị gửi kèm ${target}.`,
    `"${what}" refers to a ${target === 'cuộc họp' ? 'meeting' : 'indicator'} that is neither in this vault nor in the package: it cannot be imported. Ask the sender to include it.`,
  );

/** Directives need their meeting, observations their indicator: in the vault or the package. */
function checkReferences(ctx: VaultContext, items: PreviewItem[], values: Map<string, unknown>) {
  const inPackage = new Set(items.map((i) => i.key));
  const present = (kind: 'meeting' | 'indicator', id: string) =>
    inPackage.has(`${kind}:${id}`) ||
    Boolean(ctx.stmt(`SELECT 1 FROM ${kind}s WHERE id = ?`).get(id));
  for (const item of items) {
    if (item.action === 'skip-identical' || item.action === 'mine-newer') continue;
    const v = values.get(item.key) as { meetingId?: string | null; indicatorId?: string };
    if (item.kind === 'directive' && v.meetingId && !present('meeting', v.meetingId))
      throw missingReference(item.name, 'cuộc họp');
    if (item.kind === 'observation' && v.indicatorId && !present('indicator', v.indicatorId))
      throw missingReference(item.name, 'chỉ tiêu');
  }
}

/** Opens and plans; on a refusal after opening, the received temp files are removed. */
function plan(ctx: VaultContext, input: PackageInput, action: LogAction): Planned {
  const me = myIdentity(ctx);
  const myFp = cardFingerprint(me.card);
  const pkg = audited(ctx, 'open-refused', { packageId: null, fingerprints: [] }, () =>
    openInput(input, {
      me,
      findContact: (fp) => {
        const c = findContact(ctx, fp);
        return c ? { card: c.card, revoked: c.revokedAt !== null } : null;
      },
      seenPackage: (sender, id) =>
        Boolean(
          ctx
            .stmt('SELECT 1 FROM packages_opened WHERE sender_fingerprint = ? AND package_id = ?')
            .get(sender, id),
        ),
      now: new Date(),
    }),
  );
  const m = pkg.manifest;
  const senderFp = m.sender.fingerprint;
  const contact = senderFp === myFp ? null : findContact(ctx, senderFp);
  const peer = contact?.lineage ?? SELF_PEER;
  try {
    return planOpened(ctx, pkg, peer, contact?.name ?? null, action);
  } catch (e) {
    pkg.dispose();
    throw e;
  }
}

function planOpened(
  ctx: VaultContext,
  pkg: OpenedPackageFile,
  peer: string,
  contactName: string | null,
  action: LogAction,
): Planned {
  const m = pkg.manifest;
  const senderFp = m.sender.fingerprint;
  return audited(ctx, action, { packageId: m.packageId, fingerprints: [senderFp] }, () => {
    const values = new Map<string, unknown>();
    for (const { item, body } of pkg.items) {
      if (item.kind === 'rendering') continue;
      const key = `${item.kind}:${item.recordId}`;
      const value = parseItem(item.kind, itemBytes(body));
      if ((value as { id?: unknown }).id !== item.recordId || values.has(key))
        throw AppFailure.of(
          'package-corrupt',
          'Mã bản ghi không khớp bản kê. Không có gì được nhập.',
          'A record id does not match the manifest. Nothing was imported.',
        );
      values.set(key, value);
    }
    // Names come from the parsed records (an observation's from its indicator, in the package
    // or in the vault), never from the manifest's words about them.
    const indicatorName = (id: string) => {
      const inPackage = values.get(`indicator:${id}`) as { name: string } | undefined;
      if (inPackage) return inPackage.name;
      const row = ctx.stmt('SELECT body FROM indicators WHERE id = ?').get(id) as
        { body: string } | undefined;
      return row ? (JSON.parse(row.body) as { name: string }).name : null;
    };
    const items = pkg.items.map(({ item }): PreviewItem => {
      const key = `${item.kind}:${item.recordId ?? item.name}`;
      const base = { key, kind: item.kind, recordId: item.recordId, size: item.size };
      // An attachment has no record: its name is the file name, checked by the opener.
      if (item.kind === 'rendering') return { ...base, name: item.name, action: 'attachment' };
      const value = values.get(key);
      const action = planItem(ctx, item.kind, value, peer);
      return {
        ...base,
        name: recordName(item.kind, value, indicatorName),
        action,
        ...previewDifferences(ctx, item.kind, value, action),
      };
    });
    checkReferences(ctx, items, values);
    return {
      pkg,
      values,
      peer,
      preview: {
        packageId: m.packageId,
        createdAt: m.createdAt,
        expiresAt: m.expiresAt,
        note: m.note,
        sender: {
          name: m.sender.name,
          unit: m.sender.unit,
          fingerprint: senderFp,
          known: true,
          contactName,
        },
        items,
      },
    };
  });
}

/** Verifies the package and says what importing would do; writes nothing but the audit line. */
export function previewPackage(ctx: VaultContext, input: PackageInput): PackagePreview {
  const { preview, pkg } = plan(ctx, input, 'open-refused');
  // A preview keeps nothing: the renderings received are removed at once.
  pkg.dispose();
  logExchange(ctx, {
    action: 'open',
    packageId: preview.packageId,
    fingerprints: [preview.sender.fingerprint],
    summary: `${preview.items.length} mục, xem trước / items, preview`,
    detail: { kind: 'items', items: preview.items.length },
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
  /**
   * Rendered files that came with the briefs (not stored in the vault: the user saves them),
   * in memory or in temp files that live until release().
   */
  attachments: { name: string; recordId: string | null; body: ItemBody }[];
  /** Removes the attachments' temp files: the caller calls it once it has saved them. */
  release(): void;
}

const unresolvedConflicts = (n: number, keys: { key: string; name: string }[]) =>
  AppFailure.of(
    'conflict',
    `Có ${n} bản ghi bị sửa ở cả hai nơi; hãy chọn giữ bản của mình, lấy bản của họ hoặc giữ cả hai. Chưa có gì được nhập.`,
    `${n} record(s) changed on both sides; choose keep mine, take theirs or keep both. Nothing was imported.`,
    { issues: keys.map((i) => ({ path: i.key, message: i.name })) },
  );

/**
 * Imports in one transaction. Every conflict needs a resolution (by item key); without one the
 * import is refused before anything is written. `expectedPackageId` (the package the user
 * previewed) guards the resolutions against being applied to another package.
 */
export function importPackage(
  ctx: VaultContext,
  input: PackageInput,
  resolutions: Readonly<Record<string, Resolution>>,
  expectedPackageId?: string,
): ImportSummary {
  const planned = plan(ctx, input, 'import-refused');
  try {
    return importPlanned(ctx, planned, resolutions, expectedPackageId);
  } catch (e) {
    planned.pkg.dispose();
    throw e;
  }
}

function importPlanned(
  ctx: VaultContext,
  { pkg, preview, values, peer }: Planned,
  resolutions: Readonly<Record<string, Resolution>>,
  expectedPackageId: string | undefined,
): ImportSummary {
  const known = { packageId: preview.packageId, fingerprints: [preview.sender.fingerprint] };
  return audited(ctx, 'import-refused', known, () => {
    if (expectedPackageId !== undefined && expectedPackageId !== preview.packageId)
      throw AppFailure.of(
        'invalid-input',
        `Đây là gói ${preview.packageId}, không phải gói đã xem trước (${expectedPackageId}). Chưa có gì được nhập.`,
        `This is package ${preview.packageId}, not the one previewed (${expectedPackageId}). Nothing was imported.`,
      );
    const unresolved = preview.items.filter((i) => i.action === 'conflict' && !resolutions[i.key]);
    if (unresolved.length > 0) throw unresolvedConflicts(unresolved.length, unresolved);
    const summary: ImportSummary = {
      packageId: preview.packageId,
      added: 0,
      updated: 0,
      skipped: 0,
      keptMine: 0,
      copies: 0,
      attachments: pkg.items
        .filter((i) => i.item.kind === 'rendering')
        .map((i) => ({ name: i.item.name, recordId: i.item.recordId, body: i.body })),
      release: () => pkg.dispose(),
    };
    const source = pkg.sender.name;
    const remember = (kind: RecordKind, id: string, hash: string) => {
      // The version is already the base with this partner: keep that row (and whose it is).
      if (baseOf(ctx, kind, id, peer) !== hash)
        setBase(ctx, { kind, id, peer, hash, sourceOrg: source, packageId: preview.packageId });
    };
    ctx.tx(() => {
      // What this import changes, so it can be undone as one unit (import-journal.ts).
      const journal = startImportJournal(ctx, peer);
      const records = preview.items
        .filter((i) => i.action !== 'attachment')
        .sort((a, b) => ORDER.indexOf(a.kind as RecordKind) - ORDER.indexOf(b.kind as RecordKind));
      for (const item of records) {
        const kind = item.kind as RecordKind;
        const theirs = values.get(item.key)!;
        const hash = contentHash(kind, theirs);
        const action = item.action as MergeAction;
        // An update may be declined too ("keep mine" for that record), a conflict must be chosen.
        const choice =
          action === 'conflict' || action === 'update' ? (resolutions[item.key] ?? null) : null;
        journal.note(kind, item.recordId!);
        if (action === 'add') {
          writeTheirs(ctx, kind, theirs, 'add', source);
          journal.wrote(kind, item.recordId!);
          summary.added++;
        } else if ((action === 'update' && choice !== 'mine') || choice === 'theirs') {
          writeTheirs(ctx, kind, theirs, 'replace', source);
          journal.wrote(kind, item.recordId!);
          summary.updated++;
        } else if (choice === 'both') {
          const copy = writeTheirs(ctx, kind, theirs, 'copy', source);
          journal.added(kind, copy.id);
          remember(kind, copy.id, contentHash(kind, copy.value));
          summary.copies++;
        } else if (choice === 'mine') summary.keptMine++;
        else summary.skipped++;
        // What they sent becomes the base with them — unless mine is newer, whose base it is already.
        if (action !== 'mine-newer') remember(kind, item.recordId!, hash);
      }
      ctx
        .stmt(
          'INSERT INTO packages_opened (package_id, sender_fingerprint, opened_at) VALUES (?, ?, ?)',
        )
        .run(preview.packageId, preview.sender.fingerprint, new Date().toISOString());
      journal.save(preview.packageId, source);
      logExchange(ctx, {
        action: 'import',
        ...known,
        summary: `+${summary.added} ~${summary.updated} =${summary.skipped} mine:${summary.keptMine} both:${summary.copies}`,
        detail: {
          kind: 'imported',
          added: summary.added,
          updated: summary.updated,
          skipped: summary.skipped,
          keptMine: summary.keptMine,
          copies: summary.copies,
        },
      });
    });
    return summary;
  });
}

export function myCard(ctx: VaultContext): { card: IdentityCard; fingerprint: string } {
  const { card } = myIdentity(ctx);
  return { card, fingerprint: cardFingerprint(card) };
}
