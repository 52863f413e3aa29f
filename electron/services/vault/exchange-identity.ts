// This vault's identity (made on first use, so vaults from before packages get one too), its
// verified contacts, and the exchange audit log. Contacts are added only with the fingerprint
// the user compared by phone or on paper; a card for a known organisation with a new key is
// accepted only as a rotation signed by the old key.
import { canonicalJson } from '../../../shared/exchange/canonical';
import {
  formatFingerprint,
  parseFingerprintInput,
  type IdentityCard,
} from '../../../shared/exchange/card';
import { AppFailure } from '../../../shared/result';
import { cardFingerprint, issueCard, readCardFile, verifyRotation } from '../exchange/card';
import { generateOrgSecrets, type OrgSecrets } from '../exchange/keys';
import type { VaultContext } from './context';
import { failures } from './failures';

export interface Contact {
  name: string;
  fingerprint: string;
  organisation: string;
  unit: string;
  verifiedAt: string;
  revokedAt: string | null;
  card: IdentityCard;
}

export interface LogEntry {
  at: string;
  actor: string;
  action:
    | 'seal'
    | 'open'
    | 'open-refused'
    | 'import'
    | 'contact-add'
    | 'contact-rename'
    | 'contact-revoke';
  packageId: string | null;
  fingerprints: string[];
  summary: string;
}

const nowIso = () => new Date().toISOString();

export function myIdentity(ctx: VaultContext): { card: IdentityCard; secrets: OrgSecrets } {
  const row = ctx.stmt('SELECT secrets, card FROM org_identity WHERE singleton = 1').get() as
    { secrets: string; card: string } | undefined;
  if (row)
    return {
      secrets: JSON.parse(row.secrets) as OrgSecrets,
      card: JSON.parse(row.card) as IdentityCard,
    };
  return ctx.tx(() => {
    const secrets = generateOrgSecrets();
    const now = new Date();
    const card = issueCard({
      name: ctx.organisation,
      unit: '',
      secrets,
      validFrom: now.toISOString().slice(0, 10),
      validUntil: null,
      now,
    });
    ctx
      .stmt('INSERT INTO org_identity (singleton, secrets, card, created_at) VALUES (1, ?, ?, ?)')
      .run(JSON.stringify(secrets), JSON.stringify(card), now.toISOString());
    return { secrets, card };
  });
}

export function logExchange(ctx: VaultContext, entry: Omit<LogEntry, 'at' | 'actor'>): void {
  ctx
    .stmt(
      'INSERT INTO exchange_log (at, actor, action, package_id, fingerprints, summary) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(
      nowIso(),
      ctx.organisation,
      entry.action,
      entry.packageId,
      JSON.stringify(entry.fingerprints),
      entry.summary,
    );
}

export function exchangeLog(ctx: VaultContext): LogEntry[] {
  return (
    ctx
      .stmt(
        'SELECT at, actor, action, package_id, fingerprints, summary FROM exchange_log ORDER BY id DESC',
      )
      .all() as {
      at: string;
      actor: string;
      action: LogEntry['action'];
      package_id: string | null;
      fingerprints: string;
      summary: string;
    }[]
  ).map((r) => ({
    at: r.at,
    actor: r.actor,
    action: r.action,
    packageId: r.package_id,
    fingerprints: JSON.parse(r.fingerprints) as string[],
    summary: r.summary,
  }));
}

type ContactRow = {
  fingerprint: string;
  name: string;
  card: string;
  verified_at: string;
  revoked_at: string | null;
};

const contactOf = (r: ContactRow): Contact => {
  const card = JSON.parse(r.card) as IdentityCard;
  return {
    name: r.name,
    fingerprint: r.fingerprint,
    organisation: card.name,
    unit: card.unit,
    verifiedAt: r.verified_at,
    revokedAt: r.revoked_at,
    card,
  };
};

export function listContacts(ctx: VaultContext): Contact[] {
  return (
    ctx
      .stmt('SELECT fingerprint, name, card, verified_at, revoked_at FROM contacts ORDER BY name')
      .all() as ContactRow[]
  ).map(contactOf);
}

export function findContact(ctx: VaultContext, fingerprint: string): Contact | null {
  const row = ctx
    .stmt(
      'SELECT fingerprint, name, card, verified_at, revoked_at FROM contacts WHERE fingerprint = ?',
    )
    .get(fingerprint) as ContactRow | undefined;
  return row ? contactOf(row) : null;
}

export function contactByName(ctx: VaultContext, name: string): Contact {
  const row = ctx
    .stmt('SELECT fingerprint, name, card, verified_at, revoked_at FROM contacts WHERE name = ?')
    .get(name.normalize('NFC')) as ContactRow | undefined;
  if (!row)
    throw AppFailure.of(
      'not-found',
      `Không có đơn vị "${name}" trong danh bạ.`,
      `No contact named "${name}".`,
    );
  return contactOf(row);
}

const fingerprintMismatch = (expected: string) =>
  AppFailure.of(
    'card-invalid',
    `Dấu vân tay không khớp: thẻ có dấu vân tay ${formatFingerprint(expected)}. Không thêm vào danh bạ — hãy hỏi lại đơn vị gửi thẻ.`,
    `The fingerprints differ: the card's is ${formatFingerprint(expected)}. Not added — check with the organisation that sent it.`,
  );

/**
 * Adds a card after the user compared its fingerprint (`typed`); a mismatch is refused. A card
 * naming a known organisation with a different key must be signed by that contact's key.
 */
export function addContact(ctx: VaultContext, cardBytes: Uint8Array, typed: string): Contact {
  const card = readCardFile(cardBytes);
  const fp = cardFingerprint(card);
  if (parseFingerprintInput(typed) !== fp) throw fingerprintMismatch(fp);
  if (fp === cardFingerprint(myIdentity(ctx).card))
    throw AppFailure.of(
      'invalid-input',
      'Đây là thẻ của chính đơn vị bạn.',
      'This is your own organisation’s card.',
    );
  return ctx.tx(() => {
    const existing = findContact(ctx, fp);
    if (existing) return existing;
    const previous = listContacts(ctx).find(
      (c) =>
        c.revokedAt === null && c.card.name === card.name && c.card.signingKey !== card.signingKey,
    );
    if (previous && !verifyRotation(card, previous.card))
      throw AppFailure.of(
        'card-invalid',
        `"${card.name}" đã có trong danh bạ với khóa khác, và thẻ mới không được khóa cũ ký: không chấp nhận. Nếu đơn vị đã đổi khóa, hãy thu hồi thẻ cũ trước.`,
        `"${card.name}" is already a contact with another key and the new card is not signed by the old one: refused. If they changed keys, revoke the old card first.`,
      );
    const now = nowIso();
    const taken = (n: string) => Boolean(ctx.stmt('SELECT 1 FROM contacts WHERE name = ?').get(n));
    let name = card.unit ? `${card.name} — ${card.unit}` : card.name;
    for (let i = 2; taken(name); i++) name = `${card.name} (${i})`;
    ctx
      .stmt('INSERT INTO contacts (fingerprint, name, card, verified_at) VALUES (?, ?, ?, ?)')
      .run(fp, name, canonicalJson(card), now);
    if (previous)
      ctx
        .stmt('UPDATE contacts SET revoked_at = ?, replaced_by = ? WHERE fingerprint = ?')
        .run(now, fp, previous.fingerprint);
    logExchange(ctx, {
      action: 'contact-add',
      packageId: null,
      fingerprints: [fp],
      summary: previous ? `${name} (thay thẻ cũ / rotated)` : name,
    });
    return findContact(ctx, fp)!;
  });
}

export function renameContact(ctx: VaultContext, fingerprint: string, name: string): Contact {
  return ctx.tx(() => {
    if (!findContact(ctx, fingerprint)) throw failures.notFound();
    const clean = name.normalize('NFC').trim();
    if (!clean || clean.length > 200)
      throw AppFailure.of('invalid-input', 'Tên không hợp lệ.', 'Invalid name.');
    const other = ctx.stmt('SELECT fingerprint FROM contacts WHERE name = ?').get(clean) as
      { fingerprint: string } | undefined;
    if (other && other.fingerprint !== fingerprint)
      throw AppFailure.of(
        'conflict',
        `Đã có đơn vị tên "${clean}".`,
        `A contact named "${clean}" exists.`,
      );
    ctx.stmt('UPDATE contacts SET name = ? WHERE fingerprint = ?').run(clean, fingerprint);
    logExchange(ctx, {
      action: 'contact-rename',
      packageId: null,
      fingerprints: [fingerprint],
      summary: clean,
    });
    return findContact(ctx, fingerprint)!;
  });
}

export function revokeContact(ctx: VaultContext, fingerprint: string): Contact {
  return ctx.tx(() => {
    const c = findContact(ctx, fingerprint);
    if (!c) throw failures.notFound();
    if (c.revokedAt === null)
      ctx
        .stmt('UPDATE contacts SET revoked_at = ? WHERE fingerprint = ?')
        .run(nowIso(), fingerprint);
    logExchange(ctx, {
      action: 'contact-revoke',
      packageId: null,
      fingerprints: [fingerprint],
      summary: c.name,
    });
    return findContact(ctx, fingerprint)!;
  });
}
