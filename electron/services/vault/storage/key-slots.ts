// The key slots of a vault, kept in the sidecar `X.bdvault.keys`. Each slot wraps the same
// database key (DEK) with AES-256-GCM under its own key-encryption key: Argon2id of the
// passphrase, HKDF of the high-entropy recovery key, or a random key the OS keychain guards.
// The AAD binds each wrap to its slot kind and the vault id, so a slot cannot be moved to
// another vault or passed off as another kind. A wrong secret fails the GCM tag: that, and
// nothing else, is "wrong passphrase".
import fs from 'node:fs';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { nfc } from '../../../../shared/text';
import { writeFileAtomic, type WriteMode } from '../../files/atomic-file';
import { failures } from '../failures';
import { deriveArgon2id, type Argon2Params, type KdfEngine } from './kdf';
import { parseRecoveryKey } from './recovery-key';
import type { UnlockSecret } from '../types';

export const KEYS_FORMAT = 'briefing-desk-vault-keys';
export const KEYS_VERSION = 1;
export const DEK_BYTES = 32;
const MAX_KEYS_FILE_BYTES = 64 * 1024;

const b64 = z
  .string()
  .max(8192)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const box = { iv: b64, ciphertext: b64, tag: b64 };

const passphraseSlot = z.object({
  kind: z.literal('passphrase'),
  kdf: z.object({
    name: z.literal('argon2id'),
    // Bounded so a hostile keys file cannot make the app allocate gigabytes.
    memoryKiB: z
      .number()
      .int()
      .min(64)
      .max(4 * 1024 * 1024),
    iterations: z.number().int().min(1).max(64),
    parallelism: z.number().int().min(1).max(16),
    salt: b64,
  }),
  ...box,
});
const recoverySlot = z.object({
  kind: z.literal('recovery'),
  kdf: z.object({ name: z.literal('hkdf-sha256'), salt: b64 }),
  ...box,
});
const keychainSlot = z.object({ kind: z.literal('keychain'), platformBlob: b64, ...box });
const slot = z.discriminatedUnion('kind', [passphraseSlot, recoverySlot, keychainSlot]);

const keysFileSchema = z.object({
  format: z.literal(KEYS_FORMAT),
  version: z.literal(KEYS_VERSION),
  vaultId: z.uuid(),
  cipher: z.literal('aegis'),
  slots: z.array(slot).max(8),
});
export type KeysFile = z.infer<typeof keysFileSchema>;
export type PassphraseSlot = z.infer<typeof passphraseSlot>;
type SlotKind = KeysFile['slots'][number]['kind'];
type Box = { iv: string; ciphertext: string; tag: string };

const aad = (kind: SlotKind, vaultId: string) =>
  Buffer.from(`${KEYS_FORMAT}/v${KEYS_VERSION}\0${kind}\0${vaultId}`, 'utf8');

function seal(kek: Buffer, kind: SlotKind, vaultId: string, dek: Buffer): Box {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv).setAAD(aad(kind, vaultId));
  const ciphertext = Buffer.concat([cipher.update(dek), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** The DEK, or null when the tag does not verify (wrong secret or altered slot). */
function unseal(kek: Buffer, kind: SlotKind, vaultId: string, sealed: Box): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(aad(kind, vaultId)).setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const dek = Buffer.concat([
      decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
      decipher.final(),
    ]);
    if (dek.length === DEK_BYTES) return dek;
    dek.fill(0);
    return null;
  } catch {
    return null;
  }
}

const recoveryKek = (recovery: Buffer, salt: Buffer, vaultId: string): Buffer =>
  Buffer.from(hkdfSync('sha256', recovery, salt, `${KEYS_FORMAT}/recovery\0${vaultId}`, 32));

export async function makePassphraseSlot(
  vaultId: string,
  dek: Buffer,
  passphrase: string,
  params: Argon2Params,
  engine?: KdfEngine,
): Promise<PassphraseSlot> {
  const salt = randomBytes(16);
  const password = Buffer.from(nfc(passphrase), 'utf8');
  const kek = await deriveArgon2id(password, salt, params, engine).finally(() => password.fill(0));
  try {
    const kdf = { name: 'argon2id' as const, ...params, salt: salt.toString('base64') };
    return { kind: 'passphrase', kdf, ...seal(kek, 'passphrase', vaultId, dek) };
  } finally {
    kek.fill(0);
  }
}

export function makeRecoverySlot(
  vaultId: string,
  dek: Buffer,
  recovery: Buffer,
): KeysFile['slots'][number] {
  const salt = randomBytes(16);
  const kek = recoveryKek(recovery, salt, vaultId);
  try {
    return {
      kind: 'recovery',
      kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') },
      ...seal(kek, 'recovery', vaultId, dek),
    };
  } finally {
    kek.fill(0);
  }
}

/** The keychain guards a random slot key, never the DEK itself, so the slot stays an AEAD wrap. */
export function makeKeychainSlot(
  vaultId: string,
  dek: Buffer,
  wrap: (secret: Buffer) => Buffer,
): KeysFile['slots'][number] {
  const kek = randomBytes(32);
  try {
    const platformBlob = wrap(kek).toString('base64');
    return { kind: 'keychain', platformBlob, ...seal(kek, 'keychain', vaultId, dek) };
  } finally {
    kek.fill(0);
  }
}

/** Unwraps the DEK with the user's secret; throws wrong-passphrase (or kin) and changes nothing. */
export async function unwrapDek(
  keys: KeysFile,
  secret: UnlockSecret,
  engine?: KdfEngine,
): Promise<Buffer> {
  if ('passphrase' in secret) {
    const s = keys.slots.find((x) => x.kind === 'passphrase');
    if (!s || s.kind !== 'passphrase') throw failures.notOurVault(); // parseKeysFile guarantees one
    const password = Buffer.from(nfc(secret.passphrase), 'utf8');
    const { memoryKiB, iterations, parallelism } = s.kdf;
    const kek = await deriveArgon2id(
      password,
      Buffer.from(s.kdf.salt, 'base64'),
      { memoryKiB, iterations, parallelism },
      engine,
    ).finally(() => password.fill(0));
    return finish(unseal(kek, 'passphrase', keys.vaultId, s), kek, failures.wrongPassphrase);
  }
  if ('recoveryKey' in secret) {
    const s = keys.slots.find((x) => x.kind === 'recovery');
    if (!s || s.kind !== 'recovery') throw failures.notOurVault(); // parseKeysFile guarantees one
    const recovery = parseRecoveryKey(secret.recoveryKey);
    const kek = recoveryKek(recovery, Buffer.from(s.kdf.salt, 'base64'), keys.vaultId);
    recovery.fill(0);
    return finish(unseal(kek, 'recovery', keys.vaultId, s), kek, failures.wrongRecoveryKey);
  }
  const s = keys.slots.find((x) => x.kind === 'keychain');
  if (!s || s.kind !== 'keychain') throw failures.noKeychainSlot();
  let kek: Buffer;
  try {
    kek = secret.keychain(Buffer.from(s.platformBlob, 'base64'));
  } catch {
    throw failures.keychainRefused();
  }
  return finish(
    kek.length === 32 ? unseal(kek, 'keychain', keys.vaultId, s) : null,
    kek,
    failures.keychainRefused,
  );
}

function finish(dek: Buffer | null, kek: Buffer, onFail: () => Error): Buffer {
  kek.fill(0);
  if (!dek) throw onFail();
  return dek;
}

export function newKeysFile(vaultId: string, slots: KeysFile['slots']): KeysFile {
  return { format: KEYS_FORMAT, version: KEYS_VERSION, vaultId, cipher: 'aegis', slots };
}

/** Replaces the slot of one kind (or drops it when replacement is null), keeping the others. */
export function withSlot(
  keys: KeysFile,
  kind: SlotKind,
  replacement: KeysFile['slots'][number] | null,
): KeysFile {
  const others = keys.slots.filter((s) => s.kind !== kind);
  return { ...keys, slots: replacement ? [...others, replacement] : others };
}

export const keysPathOf = (vaultPath: string) => `${vaultPath}.keys`;

export function readKeysFile(keysPath: string): KeysFile {
  let raw: Buffer;
  try {
    const size = fs.statSync(keysPath).size;
    if (size > MAX_KEYS_FILE_BYTES) throw failures.keysCorrupt(keysPath);
    raw = fs.readFileSync(keysPath);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw failures.keysMissing(keysPath);
    throw e;
  }
  return parseKeysFile(raw, keysPath);
}

export function parseKeysFile(raw: Buffer, keysPath: string): KeysFile {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw failures.keysCorrupt(keysPath);
  }
  const head = z
    .object({ format: z.literal(KEYS_FORMAT), version: z.number().int() })
    .safeParse(json);
  if (!head.success) throw failures.keysCorrupt(keysPath);
  if (head.data.version > KEYS_VERSION) throw failures.tooNew();
  const parsed = keysFileSchema.safeParse(json);
  if (!parsed.success) throw failures.keysCorrupt(keysPath);
  const kinds = parsed.data.slots.map((s) => s.kind);
  if (
    new Set(kinds).size !== kinds.length ||
    !kinds.includes('passphrase') ||
    !kinds.includes('recovery')
  ) {
    throw failures.keysCorrupt(keysPath);
  }
  return parsed.data;
}

/** 'replace' rewrites this vault's own keys (new slot); new vaults and copies use 'never'. */
export function writeKeysFile(keysPath: string, keys: KeysFile, mode: WriteMode = 'replace'): void {
  writeFileAtomic(keysPath, `${JSON.stringify(keysFileSchema.parse(keys), null, 2)}\n`, mode);
}
