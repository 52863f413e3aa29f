// The person who uses this vault: name and unit (issue 9). Revisions, deletions and imports
// name them as their author, so the history says who changed what, not only which
// organisation. Until it is set, the organisation stands in.
import { nfc } from '../../../../shared/text';
import type { VaultContext } from '../context';

export interface UserProfile {
  name: string;
  unit: string;
}

export function getUserProfile(ctx: VaultContext): UserProfile {
  const row = ctx.stmt('SELECT name, unit FROM user_profile WHERE singleton = 1').get() as
    UserProfile | undefined;
  return row ?? { name: '', unit: '' };
}

export function setUserProfile(ctx: VaultContext, profile: UserProfile): UserProfile {
  const clean = { name: nfc(profile.name).trim(), unit: nfc(profile.unit).trim() };
  ctx
    .stmt(
      'INSERT INTO user_profile (singleton, name, unit, updated_at) VALUES (1, @name, @unit, @at) ' +
        'ON CONFLICT (singleton) DO UPDATE SET name = excluded.name, unit = excluded.unit, updated_at = excluded.updated_at',
    )
    .run({ ...clean, at: new Date().toISOString() });
  return clean;
}

/** "Name (unit)" of this vault's user; the organisation while no name is set. */
export function author(ctx: VaultContext): string {
  const { name, unit } = getUserProfile(ctx);
  if (!name) return unit ? `${unit}, ${ctx.organisation}` : ctx.organisation;
  return unit ? `${name} (${unit})` : name;
}

export const userProfileRepository = (ctx: VaultContext) => ({
  get: () => getUserProfile(ctx),
  set: (profile: UserProfile) => setUserProfile(ctx, profile),
});
