// Sealing and opening packages (security.md, "Packages between ministries"): sign the
// manifest, name every recipient, then age-encrypt once to all of them and to the sender.
// Opening fails closed, in this order: size → decrypt → strict parse → known sender →
// signature → I am a named recipient → hashes → not a replay, not expired. Nothing here
// touches a vault: the caller passes its contacts and its memory of opened packages.
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../../shared/exchange/canonical';
import type { IdentityCard } from '../../../shared/exchange/card';
import {
  manifest as manifestSchema,
  type Manifest,
  type ManifestItem,
} from '../../../shared/exchange/manifest';
import { decryptAge, encryptAge } from './age/age';
import { cardFingerprint } from './card';
import { decodeContainer, encodeContainer } from './container';
import { exchangeFailures } from './failures';
import { signWith, verifyWith, type OrgSecrets } from './keys';

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
const manifestDigest = (m: Manifest): Buffer => sha256(Buffer.from(canonicalJson(m), 'utf8'));

export function sealPackage(input: SealInput): { bytes: Buffer; manifest: Manifest } {
  const senderFp = cardFingerprint(input.sender.card);
  const recipientFps = input.recipients.map(cardFingerprint);
  const manifest = manifestSchema.parse({
    format: 'briefing-desk/package',
    version: 1,
    packageId: input.packageId ?? randomUUID(),
    createdAt: input.now.toISOString(),
    expiresAt: input.expiresAt ?? null,
    sender: { name: input.sender.card.name, unit: input.sender.card.unit, fingerprint: senderFp },
    recipients: [...new Set([...recipientFps, senderFp])],
    note: input.note ?? '',
    items: input.items.map(({ item, bytes }) => ({
      ...item,
      size: bytes.length,
      sha256: sha256(bytes).toString('hex'),
    })),
  });
  const signature = Buffer.from(
    signWith(input.sender.secrets, PACKAGE_DOMAIN, manifestDigest(manifest)),
    'base64',
  );
  const inner = encodeContainer({
    manifest: Buffer.from(canonicalJson(manifest), 'utf8'),
    signature,
    items: input.items.map(({ bytes }) => Buffer.from(bytes)),
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
  seenPackage(packageId: string): boolean;
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
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(container.manifest));
  } catch {
    throw exchangeFailures.corrupt('bản kê không đọc được / unreadable manifest');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success || canonicalJson(parsed.data) !== container.manifest.toString('utf8'))
    throw exchangeFailures.corrupt('bản kê sai cấu trúc / malformed manifest');
  const manifest = parsed.data;
  if (container.items.length !== manifest.items.length)
    throw exchangeFailures.corrupt('số mục không khớp / item count mismatch');

  const myFp = cardFingerprint(ctx.me.card);
  const fromMe = manifest.sender.fingerprint === myFp;
  const contact = fromMe
    ? { card: ctx.me.card, revoked: false }
    : ctx.findContact(manifest.sender.fingerprint);
  if (!contact)
    throw exchangeFailures.unknownSender(manifest.sender.name, manifest.sender.fingerprint);
  if (contact.revoked) throw exchangeFailures.revokedSender(contact.card.name);
  if (
    !verifyWith(
      contact.card.signingKey,
      PACKAGE_DOMAIN,
      manifestDigest(manifest),
      container.signature.toString('base64'),
    )
  )
    throw exchangeFailures.badSignature();
  if (!manifest.recipients.includes(myFp)) throw exchangeFailures.forwarded();
  manifest.items.forEach((item, i) => {
    const data = container.items[i]!;
    if (data.length !== item.size || sha256(data).toString('hex') !== item.sha256)
      throw exchangeFailures.hashMismatch(item.name);
  });
  if (ctx.seenPackage(manifest.packageId)) throw exchangeFailures.replay(manifest.packageId);
  if (manifest.expiresAt !== null && Date.parse(manifest.expiresAt) <= ctx.now.getTime())
    throw exchangeFailures.expired(manifest.expiresAt);
  return {
    manifest,
    sender: contact.card,
    items: manifest.items.map((item, i) => ({ item, bytes: container.items[i]! })),
  };
}
