// This vault's organisation identity: its keys (secrets stored only inside the encrypted
// database) and its current card. Made when the vault is created, or on first use for vaults
// from before packages. Changing the unit re-issues the card with the same keys, chained to
// the previous card so partners can accept it as a rotation.
import type { IdentityCard } from '../../../../shared/exchange/card';
import { AppFailure } from '../../../../shared/result';
import { cardFingerprint, issueCard } from '../../exchange/card';
import { generateOrgSecrets, type OrgSecrets } from '../../exchange/keys';
import type { VaultContext } from '../context';
import { logExchange } from './log';

export interface MyIdentity {
  card: IdentityCard;
  secrets: OrgSecrets;
}

/** What the exchange screen shows about this organisation (never a secret). */
export interface IdentityInfo {
  name: string;
  unit: string;
  fingerprint: string;
  validFrom: string;
  validUntil: string | null;
  createdAt: string;
  /** The card this one replaced, when the unit was changed. */
  previousFingerprint: string | null;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

export function myIdentity(ctx: VaultContext): MyIdentity {
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
      validFrom: today(now),
      validUntil: null,
      now,
    });
    ctx
      .stmt('INSERT INTO org_identity (singleton, secrets, card, created_at) VALUES (1, ?, ?, ?)')
      .run(JSON.stringify(secrets), JSON.stringify(card), now.toISOString());
    logExchange(ctx, {
      action: 'identity-issue',
      packageId: null,
      fingerprints: [cardFingerprint(card)],
      summary: `${card.name} (cấp thẻ / card issued)`,
    });
    return { secrets, card };
  });
}

export function identityInfo(ctx: VaultContext): IdentityInfo {
  const { card } = myIdentity(ctx);
  return {
    name: card.name,
    unit: card.unit,
    fingerprint: cardFingerprint(card),
    validFrom: card.validFrom,
    validUntil: card.validUntil,
    createdAt: card.createdAt,
    previousFingerprint: card.previous?.fingerprint ?? null,
  };
}

/**
 * Sets the unit printed on the card. The card is re-issued (same keys, new fingerprint) and
 * signed by the previous one; partners must import the new card before they accept packages
 * sealed under it, and accept it as a rotation of the card they verified.
 */
export function setMyUnit(ctx: VaultContext, unit: string): IdentityInfo {
  const clean = unit.normalize('NFC').trim();
  if (clean.length > 200)
    throw AppFailure.of(
      'invalid-input',
      'Tên đơn vị dài quá 200 ký tự.',
      'The unit is longer than 200 characters.',
    );
  const current = myIdentity(ctx);
  if (current.card.unit === clean) return identityInfo(ctx);
  ctx.tx(() => {
    const now = new Date();
    const card = issueCard({
      name: current.card.name,
      unit: clean,
      secrets: current.secrets,
      validFrom: today(now),
      validUntil: current.card.validUntil,
      now,
      previous: current,
    });
    ctx.stmt('UPDATE org_identity SET card = ? WHERE singleton = 1').run(JSON.stringify(card));
    logExchange(ctx, {
      action: 'identity-update',
      packageId: null,
      fingerprints: [cardFingerprint(current.card), cardFingerprint(card)],
      summary: clean ? `Đơn vị / unit: ${clean}` : 'Bỏ tên đơn vị / unit removed',
    });
  });
  return identityInfo(ctx);
}
