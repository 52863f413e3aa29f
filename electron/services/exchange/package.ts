// Sealing and opening packages (security.md, "Packages between ministries"): sign the
// manifest, name every recipient, then age-encrypt once to all of them and to the sender.
// Opening fails closed, in this order: size → decrypt → strict parse → known sender →
// signature → I am a named recipient → hashes → not a replay, not expired. Nothing here
// touches a vault: the caller passes its contacts and its memory of opened packages.
import { createHash, randomUUID } from 'node:crypto';
import type { IdentityCard } from '../../../shared/exchange/card';
import {
  manifest as manifestSchema,
  type Manifest,
  type ManifestItem,
} from '../../../shared/exchange/manifest';
import { AppFailure } from '../../../shared/result';
import { decryptAge, encryptAge } from './age/age';
import { isSafeAttachmentName } from '../../../shared/exchange/attachment-name';
import { assertCardValid, cardFingerprint } from './card';
import { containerParts, decodeContainer } from './container';
import { exchangeFailures } from './failures';
import { signWith, verifyWith, type OrgSecrets } from './keys';
import { encodeManifest, readManifest } from './manifest';

export const PACKAGE_DOMAIN = 'briefing-desk/package/v1\0';
export const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;

export interface Party {
  card: IdentityCard;
  secrets: OrgSecrets;
}

export interface SealInput {
  sender: Party;
  recipients: readonly IdentityCard[];
  items: readonly { item: Omit<ManifestItem, 'size' | 'sha256'>; bytes: Uint8Array }[];
  note?: string;
  expiresAt?: string | null;
  now: Date;
  packageId?: string;
}

const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest();
// What is signed: the domain prefix, then the SHA-256 of the canonical manifest bytes.

function buildManifest(input: SealInput): Manifest {
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
    items: input.items.map(({ item, bytes }) => ({
      ...item,
      size: bytes.length,
      sha256: sha256(bytes).toString('hex'),
    })),
  });
  if (!parsed.success)
    throw AppFailure.of(
      'invalid-input',
      'Không lập được bản kê của gói từ nội dung đã chọn.',
      'The package manifest could not be built from the chosen content.',
      {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
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

export function sealPackage(input: SealInput): { bytes: Buffer; manifest: Manifest } {
  if (input.items.reduce((n, { bytes }) => n + bytes.length, 0) > MAX_CONTENT_BYTES)
    throw exchangeFailures.tooLargeToSeal(MAX_PACKAGE_BYTES / 1024 / 1024);
  checkAttachmentNames(
    input.items.map((i) => i.item),
    true,
  );
  const manifest = buildManifest(input);
  const manifestBytes = encodeManifest(manifest);
  const signature = Buffer.from(
    signWith(input.sender.secrets, PACKAGE_DOMAIN, sha256(manifestBytes)),
    'base64',
  );
  // The container is encrypted section by section: large items are never copied into it.
  const inner = containerParts({
    manifest: manifestBytes,
    signature,
    items: input.items.map(({ bytes }) => bytes),
  });
  const ages = [
    ...new Set([...input.recipients.map((c) => c.ageRecipient), input.sender.card.ageRecipient]),
  ];
  return { bytes: encryptAge(inner, ages), manifest };
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

/** Verifies everything, in the fail-closed order, before returning a single byte of content. */
export function openPackage(bytes: Uint8Array, ctx: OpenContext): OpenedPackage {
  if (bytes.length > MAX_PACKAGE_BYTES)
    throw exchangeFailures.tooLarge(MAX_PACKAGE_BYTES / 1024 / 1024);
  const inner = decryptAge(bytes, ctx.me.secrets.ageIdentity);
  const container = decodeContainer(inner);
  const manifest = readManifest(container.manifest);
  if (container.items.length !== manifest.items.length)
    throw exchangeFailures.corrupt('số mục không khớp / item count mismatch');

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
    const data = container.items[i]!;
    if (data.length !== item.size || sha256(data).toString('hex') !== item.sha256)
      throw exchangeFailures.hashMismatch(item.name);
    return { item, bytes: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
  });
  // Keyed by sender and id: a co-recipient sending its own package under the same id first
  // cannot make the genuine one look like a replay.
  if (ctx.seenPackage(manifest.sender.fingerprint, manifest.packageId))
    throw exchangeFailures.replay(manifest.packageId);
  if (manifest.expiresAt !== null && Date.parse(manifest.expiresAt) <= ctx.now.getTime())
    throw exchangeFailures.expired(manifest.expiresAt);
  return { manifest, sender: contact.card, items };
}
