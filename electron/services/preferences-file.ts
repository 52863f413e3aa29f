// Preferences of the browser host and the CLI, in a small JSON file beside the user's other
// settings ($XDG_CONFIG_HOME/briefing-desk/preferences.json). Only non-secret values live
// here: language, idle timeout, recent vault paths. The file is checked on every read, field
// by field, so a hand-edited or damaged file costs at most the broken field, never a crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { language } from '../../shared/contract';
import { writeFileAtomic } from './files/atomic-file';
import { DEFAULT_PREFERENCES, type PreferenceStore, type Preferences } from './platform';

export const MAX_RECENT_VAULTS = 8;
const MAX_PREFERENCES_BYTES = 64 * 1024;
/** Directives reminded of in one day that the file remembers (a day's worth, and then some). */
export const MAX_REMINDED = 500;

const recentVault = z.object({ path: z.string().min(1).max(4096), openedAt: z.string().max(64) });

const preferencesSchema = z.object({
  language: language.catch(DEFAULT_PREFERENCES.language),
  idleLockMinutes: z.number().int().min(1).max(240).catch(DEFAULT_PREFERENCES.idleLockMinutes),
  recentVaults: z
    .array(z.unknown())
    .catch([])
    // Keeps the good entries of a list with one bad entry in it.
    .transform((items) =>
      items
        .flatMap((i) => (recentVault.safeParse(i).success ? [recentVault.parse(i)] : []))
        .slice(0, MAX_RECENT_VAULTS),
    ),
  dueReminders: z.boolean().catch(DEFAULT_PREFERENCES.dueReminders),
  reminded: z
    .object({
      day: z.string().max(10),
      ids: z.array(z.string().max(64)).max(MAX_REMINDED),
    })
    .catch({ day: '', ids: [] }),
});

/** Whatever was stored, as valid preferences: broken fields fall back to their defaults. */
export function parsePreferences(raw: unknown): Preferences {
  const parsed = preferencesSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success
    ? parsed.data
    : { ...DEFAULT_PREFERENCES, recentVaults: [], reminded: { day: '', ids: [] } };
}

/** Puts a vault at the top of the recent list (newest first, no duplicates, at most 8). */
export function withRecentVault(
  prefs: Preferences,
  vaultPath: string,
  openedAt: string,
): Preferences {
  const others = prefs.recentVaults.filter((r) => r.path !== vaultPath);
  return {
    ...prefs,
    recentVaults: [{ path: vaultPath, openedAt }, ...others].slice(0, MAX_RECENT_VAULTS),
  };
}

/** Where the browser host and CLI keep preferences; BRIEFING_DESK_CONFIG_DIR overrides. */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BRIEFING_DESK_CONFIG_DIR) return path.resolve(env.BRIEFING_DESK_CONFIG_DIR);
  if (process.platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'briefing-desk');
  const base =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : path.join(os.homedir(), '.config');
  return path.join(base, 'briefing-desk');
}

export function createFilePreferenceStore(dir: string = defaultConfigDir()): PreferenceStore {
  const file = path.join(dir, 'preferences.json');
  return {
    read() {
      try {
        if (fs.statSync(file).size > MAX_PREFERENCES_BYTES) return parsePreferences({});
        return parsePreferences(JSON.parse(fs.readFileSync(file, 'utf8')));
      } catch {
        // Missing, unreadable or not JSON: the defaults, and the next write replaces the file.
        return parsePreferences({});
      }
    },
    write(next) {
      const clean = parsePreferences(next);
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      // The app's own file: replaced whole, a crash mid-write leaves the old one.
      writeFileAtomic(file, `${JSON.stringify(clean, null, 2)}\n`, 'replace');
    },
  };
}
