// Fixtures of the vault-exchange tests: ministries as desks over real encrypted vault files in
// temp folders, cards exchanged with the fingerprint compared, and a dump of every table read
// through a second connection — so "a refused open or import changed nothing" is a comparison.
import fs from 'node:fs';
import path from 'node:path';
import { encodeCardFile } from '../../../electron/services/exchange/card';
import { openKeyed } from '../../../electron/services/vault/storage/connection';
import {
  keysPathOf,
  readKeysFile,
  unwrapDek,
} from '../../../electron/services/vault/storage/key-slots';
import type { OpenVault } from '../../../electron/services/vault/types';
import { ORGANISATION } from '../briefs/helpers';
import { createVault, PASS, tempDir, testDesk } from '../handlers/helpers';

export async function ministry(
  org: string,
  sample = false,
  platform: Parameters<typeof testDesk>[0] = {},
) {
  const desk = testDesk(platform);
  const file = path.join(tempDir(), 'kho.bdvault');
  await createVault(desk, file, org);
  if (sample) {
    await desk.ok('sample.create', {});
    await desk.ok('organisation.set', { ...ORGANISATION, name: org });
  }
  const dek = await unwrapDek(readKeysFile(keysPathOf(file)), { passphrase: PASS });
  return { desk, vault: desk.session.require() as OpenVault, file, org, dek };
}
export type Ministry = Awaited<ReturnType<typeof ministry>>;

/** `to` adds `from`'s card after comparing the fingerprint; returns the name `to` knows it by. */
export function introduce(from: OpenVault, to: OpenVault): string {
  const { card, fingerprint } = from.exchange.myCard();
  return to.exchange.addContact(
    Buffer.from(encodeCardFile(card), 'utf8'),
    fingerprint.replace(/(\d{5})/g, '$1 '),
  ).name;
}

/** Both ways. */
export function acquaint(a: OpenVault, b: OpenVault): { bAtA: string; aAtB: string } {
  return { bAtA: introduce(b, a), aAtB: introduce(a, b) };
}

/**
 * Where most package tests start: a sender holding the sample data and a recipient, each with
 * the other's card verified (`bAtA` names the recipient among the sender's contacts).
 */
export async function acquaintedPair(
  senderOrg: string,
  recipientOrg: string,
  senderPlatform: Parameters<typeof testDesk>[0] = {},
) {
  const a = await ministry(senderOrg, true, senderPlatform);
  const b = await ministry(recipientOrg);
  return { a, b, ...acquaint(a.vault, b.vault) };
}

/** The error code of what `f` threw ('no error' if it returned). */
export function failureOf(f: () => unknown): string {
  try {
    f();
    return 'no error';
  } catch (e) {
    return (e as { error?: { code?: string } }).error?.code ?? String(e);
  }
}

export function failureMessage(f: () => unknown): { vi: string; en: string } {
  try {
    f();
  } catch (e) {
    const m = (e as { error?: { message?: { vi: string; en: string } } }).error?.message;
    if (m) return m;
  }
  throw new Error('expected a failure with a message');
}

/**
 * Every row of every table of the vault (the audit log aside: refusals are logged on purpose),
 * read through a second, read-only connection to the same encrypted file.
 */
export function vaultDump(m: Ministry): string {
  const db = openKeyed(m.file, m.dek, { readonly: true });
  try {
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('exchange_log', 'sqlite_sequence') ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const out: Record<string, string[]> = {};
    const row = (r: unknown) =>
      JSON.stringify(r, (_k, v: unknown) =>
        v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer'
          ? Buffer.from((v as { data: number[] }).data).toString('hex')
          : v,
      );
    // Sorted as text: full-text shadow tables have no rowid to order by.
    for (const t of tables) out[t] = db.prepare(`SELECT * FROM "${t}"`).all().map(row).sort();
    return JSON.stringify(out);
  } finally {
    db.close();
  }
}

/** The audit log's actions, oldest first. */
export const actions = (v: OpenVault) =>
  v.exchange
    .log()
    .map((e) => e.action)
    .reverse();

/** A 'save-package' handle for a fresh file, as a save dialog gives (the package goes there). */
export function packageTarget(m: Ministry): { file: string; path: string } {
  const where = path.join(tempDir(), 'goi.bdpack');
  return { file: m.desk.session.files.mint('save-package', where), path: where };
}

/** An 'open-package' handle in m's session for a package file, as an open dialog gives. */
export function packageSource(m: Ministry, file: string): string {
  return m.desk.session.files.mint('open-package', file);
}

/** Package bytes (sealed in memory by the services) as a file to open through the calls. */
export function packageFileOf(bytes: Buffer): string {
  const where = path.join(tempDir(), 'goi.bdpack');
  fs.writeFileSync(where, bytes);
  return where;
}

/**
 * The user of `v` reports progress on the version of directive `id` their vault holds (in
 * progress, with a dated note): what a partner does before sending a directive back.
 */
export function reportProgress(v: OpenVault, id: string, date: string, text: string): void {
  const held = v.directives.get(id);
  v.directives.updateProgress({
    id: held.id,
    revision: held.revision,
    status: 'in-progress',
    completedOn: null,
    note: { date, text },
  });
}
