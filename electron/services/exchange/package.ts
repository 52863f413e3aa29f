// Sealing and opening packages (security.md, "Packages between ministries"): sign the
// manifest, name every recipient, then age-encrypt once to all of them and to the sender.
// Opening fails closed, in this order: size → decrypt → strict parse → known sender →
// signature → I am a named recipient → hashes → not a replay, not expired. Nothing here
// touches a vault: the caller passes its contacts and its memory of opened packages.
// Files stream both ways (issue: bounded resources): sealing reads items in 64 KiB pieces and
// writes the package chunk by chunk; opening is one pass that decrypts, parses and hashes as it
// reads (package-receiver.ts), then the checks below run on what it kept — before any of it is
// handed over.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { IdentityCard } from '../../../shared/exchange/card';
import {
  manifest as manifestSchema,
  type Manifest,
  type ManifestItem,
} from '../../../shared/exchange/manifest';
import { AppFailure } from '../../../shared/result';
import type { WriteMode } from '../files/atomic-file';
import { decryptAgeFile, decryptAgeFrom, encryptAge, encryptAgeToFile } from './age/age';
import type { SizedSource } from './age/stream';
import { collectDeadChunks } from './age/young-garbage';
import { bufferCipherSource, sourceLength, type ByteSource } from './byte-source';
import { isSafeAttachmentName } from '../../../shared/exchange/attachment-name';
import { assertCardValid, cardFingerprint } from './card';
import { containerSources } from './container';
import {
  PackageReceiver,
  memoryItemStore,
  tempItemStore,
  type ItemBody,
  type ItemStore,
  type Received,
} from './package-receiver';
import { exchangeFailures } from './failures';
import { signWith, verifyWith, type OrgSecrets } from './keys';
import { encodeManifest, hashPlaces, readManifest } from './manifest';

export const PACKAGE_DOMAIN = 'briefing-desk/package/v1\0';
export const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;

export interface Party {
  card: IdentityCard;
  secrets: OrgSecrets;
}

export interface SealInput {
  sender: Party;
  recipients: readonly IdentityCard[];
  items: readonly { item: Omit<ManifestItem, 'size' | 'sha256'>; bytes: ByteSource }[];
  note?: string;
  expiresAt?: string | null;
  now: Date;
  packageId?: string;
}

const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest();
// What is signed: the domain prefix, then the SHA-256 of the canonical manifest bytes.

type MeasuredItem = { item: Omit<ManifestItem, 'size' | 'sha256'> } & SizedSource;

/** Stands for every hash until the items have passed: a hash is always 64 hex digits. */
const UNHASHED = '0'.repeat(64);

/**
 * The manifest with every hash still UNHASHED: checked by the schema before a byte is written,
 * and as long as the final one (canonical JSON writes hex digits as they are).
 */
function buildManifest(input: SealInput, items: readonly MeasuredItem[]): Manifest {
  const senderFp = cardFingerprint(input.sender.card);
  const parsed = manifestSchema.safeParse({
    format: 'briefing-desk/package',
    version: 1,
    packageId: input.packageId ?? randomUUID(),
    createdAt: input.now.toISOString(),
    expiresAt: input.expiresAt ?? null,
    sender: { name: input.sender.card.name, unit: input.sender.card.unit, fingerprint: senderFp },
    recipients: [...new Set([...input.recipients.map(cardFingerprint), senderFp])],
    note: input.note ?? '',
    items: items.map(({ item, length }) => ({ ...item, size: length, sha256: UNHASHED })),
  });
  if (!parsed.success)
    throw exchangeFailures.notBuilt(
      'Không lập được bản kê của gói từ nội dung đã chọn.',
      'The package manifest could not be built from the chosen content.',
      parsed.error,
    );
  return parsed.data;
}

/** Room left for the manifest, the age header and the tags: what is sealed must be openable. */
const MAX_CONTENT_BYTES = MAX_PACKAGE_BYTES - 16 * 1024 * 1024;

/** Renderings travel only as clean `.pdf`/`.docx` names: refused when sealing as when opening. */
function checkAttachmentNames(
  items: readonly Pick<ManifestItem, 'kind' | 'name'>[],
  sealing: boolean,
) {
  for (const item of items)
    if (item.kind === 'rendering' && !isSafeAttachmentName(item.name)) {
      if (!sealing) throw exchangeFailures.unsafeAttachment(item.name);
      throw AppFailure.of(
        'invalid-input',
        `Tên tệp kèm "${item.name}" không dùng được: chỉ gửi tệp .pdf hoặc .docx có tên hợp lệ.`,
        `The attachment name "${item.name}" cannot be used: only .pdf or .docx files with a clean name are sent.`,
      );
    }
}

/**
 * Measures and checks: the container's sources (version 2, each item read once, its hash taken
 * as it is encrypted), the recipients' age keys, and the manifest — complete, hashes and all,
 * once the sources have been read to their end (`signed()`; it throws before that).
 */
function prepareSeal(input: SealInput): {
  signed: () => Manifest;
  sources: SizedSource[];
  ages: string[];
} {
  const items: MeasuredItem[] = input.items.map(({ item, bytes }) => ({
    item,
    source: bytes,
    length: sourceLength(bytes),
  }));
  if (items.reduce((n, i) => n + i.length, 0) > MAX_CONTENT_BYTES)
    throw exchangeFailures.tooLargeToSeal(MAX_PACKAGE_BYTES / 1024 / 1024);
  checkAttachmentNames(
    input.items.map((i) => i.item),
    true,
  );
  const unhashed = buildManifest(input, items);
  let manifest: Manifest | null = null;
  // Measured now (the container's length depends on it), completed once the items have passed.
  const template = encodeManifest(unhashed);
  const places = hashPlaces(template, unhashed.items.length);
  const sources = containerSources(
    items.map(({ item, source, length }) => ({ kind: item.kind, source, length })),
    template.length,
    (hashes) => {
      const hex = hashes.map((h) => h.toString('hex'));
      const bytes = Buffer.from(template);
      hex.forEach((h, i) => bytes.write(h, places[i]!, 'latin1'));
      manifest = {
        ...unhashed,
        items: unhashed.items.map((it, i) => ({ ...it, sha256: hex[i]! })),
      };
      const signature = signWith(input.sender.secrets, PACKAGE_DOMAIN, sha256(bytes));
      return { manifest: bytes, signature: Buffer.from(signature, 'base64') };
    },
  );
  const ages = [
    ...new Set([...input.recipients.map((c) => c.ageRecipient), input.sender.card.ageRecipient]),
  ];
  const signed = () => {
    if (manifest === null) throw new Error('package: sealed before its items were read');
    return manifest;
  };
  return { signed, sources, ages };
}

/** Seals into memory (small packages, tests); sealPackageToFile is the streaming one. */
export function sealPackage(input: SealInput): { bytes: Buffer; manifest: Manifest } {
  const { signed, sources, ages } = prepareSeal(input);
  const bytes = encryptAge(sources, ages);
  return { bytes, manifest: signed() };
}

/**
 * Seals into the file `target`, written 64 KiB at a time through a temp file beside it ('never'
 * refuses an existing file). Each item is read once, hashed and encrypted on the same pieces:
 * a file whose length changed since it was measured is refused (readFileInto), and nothing
 * appears under `target` then.
 */
export function sealPackageToFile(
  input: SealInput,
  target: string,
  mode: WriteMode = 'never',
): { manifest: Manifest } {
  const { signed, sources, ages } = prepareSeal(input);
  encryptAgeToFile(sources, ages, target, mode);
  return { manifest: signed() };
}

export interface OpenContext {
  me: Party;
  /** A verified contact by fingerprint, with whether its card was revoked; null if unknown. */
  findContact(fingerprint: string): { card: IdentityCard; revoked: boolean } | null;
  /** Whether this sender's package with this id was imported already (replay). */
  seenPackage(senderFingerprint: string, packageId: string): boolean;
  now: Date;
}

export interface OpenedPackage {
  manifest: Manifest;
  sender: IdentityCard;
  items: { item: ManifestItem; bytes: Buffer }[];
}

/** An opened package whose items may be temp files: dispose() removes them. */
export interface OpenedPackageFile {
  manifest: Manifest;
  sender: IdentityCard;
  items: { item: ManifestItem; body: ItemBody }[];
  /** The temp folder of received files, or null when every item is in memory. */
  tempDir: string | null;
  dispose(): void;
}

/** Opens from memory: the streaming opener over a buffer, every item kept in memory. */
export function openPackage(bytes: Uint8Array, ctx: OpenContext): OpenedPackage {
  if (bytes.length > MAX_PACKAGE_BYTES)
    throw exchangeFailures.tooLarge(MAX_PACKAGE_BYTES / 1024 / 1024);
  const receiver = new PackageReceiver(memoryItemStore());
  decryptAgeFrom(bufferCipherSource(bytes), ctx.me.secrets.ageIdentity, receiver);
  const opened = verify(receiver.finish(), ctx);
  return {
    ...opened,
    items: opened.items.map(({ item, body }) => ({
      item,
      bytes: (body as { bytes: Buffer }).bytes,
    })),
  };
}

/**
 * Opens a package file, read 64 KiB at a time: records stay in memory, renderings (and records
 * past a bound) go to a private temp folder under `tempRoot`. Everything is verified, in the
 * fail-closed order, before this returns; on any refusal the temp folder is already gone.
 */
export function openPackageFile(
  file: string,
  ctx: OpenContext,
  tempRoot?: string,
): OpenedPackageFile {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw AppFailure.of(
      'not-found',
      'Không đọc được tệp gói đã chọn.',
      'The chosen package file cannot be read.',
    );
  }
  if (size > MAX_PACKAGE_BYTES) throw exchangeFailures.tooLarge(MAX_PACKAGE_BYTES / 1024 / 1024);
  const store: ItemStore & { readonly dir: string | null } = tempItemStore(tempRoot);
  const receiver = new PackageReceiver(store);
  try {
    decryptAgeFile(file, ctx.me.secrets.ageIdentity, receiver);
    // The last chunks' buffers go before the manifest is parsed, which is the other peak.
    collectDeadChunks();
    const opened = verify(receiver.finish(), ctx);
    return { ...opened, tempDir: store.dir, dispose: () => store.dispose() };
  } catch (e) {
    receiver.abort();
    store.dispose();
    throw e;
  }
}

/** The checks after decryption, in the fail-closed order, on what pass one received. */
function verify(
  container: Received,
  ctx: OpenContext,
): { manifest: Manifest; sender: IdentityCard; items: { item: ManifestItem; body: ItemBody }[] } {
  const manifest = readManifest(container.manifest);
  if (container.items.length !== manifest.items.length)
    throw exchangeFailures.corrupt('số mục không khớp / item count mismatch');
  // Version 2: where each item was kept followed its prefix's kind; the signed manifest decides.
  if (manifest.items.some((it, i) => (container.kinds[i] ?? it.kind) !== it.kind))
    throw exchangeFailures.corrupt('loại mục không khớp bản kê / item kind mismatch');

  const myFp = cardFingerprint(ctx.me.card);
  const contact =
    manifest.sender.fingerprint === myFp
      ? { card: ctx.me.card, revoked: false } // re-reading what I sent
      : ctx.findContact(manifest.sender.fingerprint);
  if (!contact)
    throw exchangeFailures.unknownSender(manifest.sender.name, manifest.sender.fingerprint);
  if (contact.revoked) throw exchangeFailures.revokedSender(contact.card.name);
  assertCardValid(contact.card, ctx.now);
  const signature = Buffer.from(container.signature).toString('base64');
  // readManifest accepted these bytes only as the canonical encoding of `manifest`.
  const digest = sha256(container.manifest);
  if (!verifyWith(contact.card.signingKey, PACKAGE_DOMAIN, digest, signature))
    throw exchangeFailures.badSignature();
  if (!manifest.recipients.includes(myFp)) throw exchangeFailures.forwarded();
  // Only what was verified is shown: the signed claim of who sent it must be the pinned card's.
  if (manifest.sender.name !== contact.card.name || manifest.sender.unit !== contact.card.unit)
    throw exchangeFailures.senderMismatch(
      manifest.sender.unit
        ? `${manifest.sender.name} — ${manifest.sender.unit}`
        : manifest.sender.name,
      contact.card.unit ? `${contact.card.name} — ${contact.card.unit}` : contact.card.name,
    );
  checkAttachmentNames(manifest.items, false);
  const items = manifest.items.map((item, i) => {
    const got = container.items[i]!;
    if (got.size !== item.size || got.sha256 !== item.sha256)
      throw exchangeFailures.hashMismatch(item.name);
    return { item, body: got.body };
  });
  // Keyed by sender and id: a co-recipient sending its own package under the same id first
  // cannot make the genuine one look like a replay.
  if (ctx.seenPackage(manifest.sender.fingerprint, manifest.packageId))
    throw exchangeFailures.replay(manifest.packageId);
  if (manifest.expiresAt !== null && Date.parse(manifest.expiresAt) <= ctx.now.getTime())
    throw exchangeFailures.expired(manifest.expiresAt);
  return { manifest, sender: contact.card, items };
}
