// Packages a verified contact could make by hand: a genuine package of theirs, decrypted,
// its manifest rewritten and signed again with their own key, encrypted to the same people.
// Everything a real attacker holding a contact's keys can do, with the real pieces.
import { createHash } from 'node:crypto';
import { decryptAge, encryptAge } from '../../../electron/services/exchange/age/age';
import { decodeContainer, encodeContainer } from '../../../electron/services/exchange/container';
import { signWith, type OrgSecrets } from '../../../electron/services/exchange/keys';
import { encodeManifest, readManifest } from '../../../electron/services/exchange/manifest';
import { PACKAGE_DOMAIN } from '../../../electron/services/exchange/package';
import { openKeyed } from '../../../electron/services/vault/storage/connection';
import type { Manifest } from '../../../shared/exchange/manifest';
import type { Ministry } from './helpers';

/** A ministry's own secrets, read from its vault file (as its holder could). */
export function secretsOf(m: Ministry): OrgSecrets {
  const db = openKeyed(m.file, m.dek, { readonly: true });
  try {
    const row = db.prepare('SELECT secrets FROM org_identity').get() as { secrets: string };
    return JSON.parse(row.secrets) as OrgSecrets;
  } finally {
    db.close();
  }
}

/**
 * `pkg` (sealed by `sender`) with its manifest changed by `edit` and, optionally, its items
 * replaced; signed again by the sender's key and encrypted to `ageRecipients`.
 */
export function reforge(
  sender: Ministry,
  pkg: Uint8Array,
  ageRecipients: string[],
  edit: (m: Manifest) => Manifest,
  items?: (old: readonly Uint8Array[]) => Uint8Array[],
): Buffer {
  const secrets = secretsOf(sender);
  const inner = decodeContainer(decryptAge(pkg, secrets.ageIdentity));
  const newItems = items ? items(inner.items) : inner.items;
  const m = edit(readManifest(inner.manifest));
  const fixed: Manifest = {
    ...m,
    items: m.items.map((it, i) => ({
      ...it,
      size: newItems[i]!.length,
      sha256: createHash('sha256').update(newItems[i]!).digest('hex'),
    })),
  };
  const manifest = encodeManifest(fixed);
  const digest = createHash('sha256').update(manifest).digest();
  const signature = Buffer.from(signWith(secrets, PACKAGE_DOMAIN, digest), 'base64');
  const kinds = fixed.items.map((it) => it.kind);
  return encryptAge(
    encodeContainer({ manifest, signature, items: newItems, kinds }),
    ageRecipients,
  );
}
