// The verified contacts: partners' cards, added only with the fingerprint the user compared by
// phone or on paper. A partner's new card replaces the old one only when it proves it comes
// from the same holder: signed by the previous card's key (a rotation), or self-signed by the
// same key (a re-issue, e.g. a new unit). A look-alike (same organisation and unit, another
// key, no such proof) is refused: that is what an impostor's card looks like.
import { canonicalJson } from '../../../../shared/exchange/canonical';
import {
  formatFingerprint,
  parseFingerprintInput,
  type IdentityCard,
} from '../../../../shared/exchange/card';
import { AppFailure } from '../../../../shared/result';
import { requiredName } from '../../../../shared/text';
import { confusable } from '../../../../shared/confusables';
import {
  assertCardValid,
  cardFingerprint,
  readCardFile,
  verifyRotation,
} from '../../exchange/card';
import type { VaultContext } from '../context';
import { failures } from '../failures';
import { myIdentity } from './identity';
import { logExchange } from './log';

export interface Contact {
  name: string;
  fingerprint: string;
  organisation: string;
  unit: string;
  verifiedAt: string;
  revokedAt: string | null;
  /** The first card's fingerprint of this partner: what was exchanged with them is keyed by it. */
  lineage: string;
  card: IdentityCard;
}

type ContactRow = {
  fingerprint: string;
  name: string;
  card: string;
  lineage: string;
  verified_at: string;
  revoked_at: string | null;
};

const COLUMNS = 'fingerprint, name, card, lineage, verified_at, revoked_at';
const nowIso = () => new Date().toISOString();

const contactOf = (r: ContactRow): Contact => {
  const card = JSON.parse(r.card) as IdentityCard;
  return {
    name: r.name,
    fingerprint: r.fingerprint,
    organisation: card.name,
    unit: card.unit,
    verifiedAt: r.verified_at,
    revokedAt: r.revoked_at,
    lineage: r.lineage,
    card,
  };
};

export function listContacts(ctx: VaultContext): Contact[] {
  return (ctx.stmt(`SELECT ${COLUMNS} FROM contacts ORDER BY name`).all() as ContactRow[]).map(
    contactOf,
  );
}

export function findContact(ctx: VaultContext, fingerprint: string): Contact | null {
  const row = ctx.stmt(`SELECT ${COLUMNS} FROM contacts WHERE fingerprint = ?`).get(fingerprint) as
    ContactRow | undefined;
  return row ? contactOf(row) : null;
}

export function contactByName(ctx: VaultContext, name: string): Contact {
  const row = ctx
    .stmt(`SELECT ${COLUMNS} FROM contacts WHERE name = ?`)
    .get(name.normalize('NFC').trim()) as ContactRow | undefined;
  if (!row)
    throw AppFailure.of(
      'not-found',
      `Không có đơn vị "${name}" trong danh bạ.`,
      `No contact named "${name}".`,
    );
  return contactOf(row);
}

const refusals = {
  mismatch: (expected: string) =>
    AppFailure.of(
      'card-invalid',
      `Dấu vân tay không khớp: thẻ có dấu vân tay ${formatFingerprint(expected)}. Không thêm vào danh bạ — hãy hỏi lại đơn vị gửi thẻ.`,
      `The fingerprints differ: the card's is ${formatFingerprint(expected)}. Not added — check with the organisation that sent it.`,
    ),
  own: () =>
    AppFailure.of(
      'invalid-input',
      'Đây là thẻ của chính đơn vị bạn.',
      'This is your own organisation’s card.',
    ),
  revoked: (name: string) =>
    AppFailure.of(
      'forbidden',
      `Thẻ này đã bị thu hồi trong danh bạ ("${name}"): không thêm lại. Hãy đề nghị đơn vị cấp thẻ mới.`,
      `This card was revoked ("${name}"): it is not added again. Ask the organisation for a new card.`,
    ),
  badRotation: (name: string) =>
    AppFailure.of(
      'card-invalid',
      `Thẻ mới ghi là thay thẻ của "${name}" nhưng không được khóa của thẻ cũ ký: không chấp nhận.`,
      `The new card says it replaces "${name}"'s card but is not signed by that card's key: refused.`,
    ),
  lookalike: (card: IdentityCard) =>
    AppFailure.of(
      'card-invalid',
      `"${card.name}${card.unit ? ` — ${card.unit}` : ''}" đã có trong danh bạ với khóa khác, và thẻ mới không được khóa cũ ký: không chấp nhận. Nếu đơn vị đã đổi khóa mà không còn khóa cũ, hãy đối chiếu với họ rồi thu hồi thẻ cũ trước.`,
      `"${card.name}${card.unit ? ` — ${card.unit}` : ''}" is already a contact with another key and the new card is not signed by the old one: refused. If they lost their old key, check with them and revoke the old card first.`,
    ),
};

const displayName = (card: IdentityCard) => (card.unit ? `${card.name} — ${card.unit}` : card.name);

function freeName(ctx: VaultContext, wanted: string): string {
  const taken = (n: string) => Boolean(ctx.stmt('SELECT 1 FROM contacts WHERE name = ?').get(n));
  let name = wanted;
  for (let i = 2; taken(name); i++) name = `${wanted} (${i})`;
  return name;
}

/**
 * Adds a card after the user compared its fingerprint (`typed`); a mismatch is refused before
 * anything is read from the vault. Returns the contact (its name is what `--to` takes).
 */
export function addContact(ctx: VaultContext, cardBytes: Uint8Array, typed: string): Contact {
  const card = readCardFile(cardBytes);
  const fp = cardFingerprint(card);
  if (parseFingerprintInput(typed) !== fp) throw refusals.mismatch(fp);
  assertCardValid(card, new Date());
  const me = myIdentity(ctx).card;
  if (fp === cardFingerprint(me) || card.signingKey === me.signingKey) throw refusals.own();
  return ctx.tx(() => {
    const existing = findContact(ctx, fp);
    if (existing) {
      if (existing.revokedAt !== null) throw refusals.revoked(existing.name);
      return existing;
    }
    const all = listContacts(ctx);
    const live = all.filter((c) => c.revokedAt === null);
    const predecessor = card.previous
      ? all.find((c) => c.fingerprint === card.previous!.fingerprint)
      : undefined;
    if (predecessor && !verifyRotation(card, predecessor.card))
      throw refusals.badRotation(predecessor.name);
    const sameKey = live.find((c) => c.card.signingKey === card.signingKey);
    const replaced = predecessor?.revokedAt === null ? predecessor : sameKey;
    // Same organisation and unit, or names a reader could take for them (a Cyrillic "о", a
    // capital I for an l): the confusables skeleton, not string equality, decides.
    const lookalike = live.find(
      (c) => c !== replaced && confusable(displayName(c.card), displayName(card)),
    );
    if (lookalike) throw refusals.lookalike(card);

    const now = nowIso();
    let name: string;
    if (replaced) {
      // The new card takes over the name the user sends to; the old one steps aside.
      name = replaced.name;
      ctx
        .stmt('UPDATE contacts SET name = ?, revoked_at = ?, replaced_by = ? WHERE fingerprint = ?')
        .run(
          freeName(ctx, `${replaced.name} (thẻ cũ ${replaced.fingerprint.slice(0, 5)})`),
          now,
          fp,
          replaced.fingerprint,
        );
    } else name = freeName(ctx, displayName(card));
    ctx
      .stmt(
        'INSERT INTO contacts (fingerprint, name, card, lineage, verified_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(fp, name, canonicalJson(card), (predecessor ?? replaced)?.lineage ?? fp, now);
    logExchange(ctx, {
      action: 'contact-add',
      packageId: null,
      fingerprints: replaced ? [fp, replaced.fingerprint] : [fp],
      summary: replaced ? `${name} (thay thẻ cũ / replaces the old card)` : name,
    });
    return findContact(ctx, fp)!;
  });
}

/** The fingerprint as stored, also when the user pasted it grouped (`12345 67890 …`). */
const asStored = (typed: string) => parseFingerprintInput(typed) ?? typed;

export function renameContact(ctx: VaultContext, typed: string, name: string): Contact {
  const fingerprint = asStored(typed);
  return ctx.tx(() => {
    const before = findContact(ctx, fingerprint);
    if (!before) throw failures.notFound();
    const parsed = requiredName(200).safeParse(name);
    if (!parsed.success)
      throw AppFailure.of(
        'invalid-input',
        `Tên không hợp lệ: ${parsed.error.issues[0]?.message ?? ''}`,
        `Invalid name: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    const clean = parsed.data;
    if (clean === before.name) return before;
    // A contact renamed to look like another would defeat the look-alike check at adding.
    const twin = listContacts(ctx).find(
      (c) => c.fingerprint !== fingerprint && c.revokedAt === null && confusable(c.name, clean),
    );
    if (twin)
      throw AppFailure.of(
        'conflict',
        `Tên "${clean}" dễ nhầm với đơn vị "${twin.name}" đã có trong danh bạ: hãy chọn tên khác.`,
        `The name "${clean}" can be mistaken for the contact "${twin.name}": choose another.`,
      );
    if (ctx.stmt('SELECT 1 FROM contacts WHERE name = ?').get(clean))
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
      summary: `${before.name} → ${clean}`,
    });
    return findContact(ctx, fingerprint)!;
  });
}

/** A revoked card is kept (history, audit) but no longer opens or receives packages. */
export function revokeContact(ctx: VaultContext, typed: string): Contact {
  const fingerprint = asStored(typed);
  return ctx.tx(() => {
    const c = findContact(ctx, fingerprint);
    if (!c) throw failures.notFound();
    if (c.revokedAt !== null) return c;
    ctx.stmt('UPDATE contacts SET revoked_at = ? WHERE fingerprint = ?').run(nowIso(), fingerprint);
    logExchange(ctx, {
      action: 'contact-revoke',
      packageId: null,
      fingerprints: [fingerprint],
      summary: c.name,
    });
    return findContact(ctx, fingerprint)!;
  });
}
