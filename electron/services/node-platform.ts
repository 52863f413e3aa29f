// The Platform of the hosts that run in plain Node (the browser host and the CLI): preferences
// in a JSON file, no OS keychain (only Electron's safeStorage can guard a key slot), no native
// file dialog (the user types a path), and the computer's own calendar day.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { todayIso } from '../../shared/format/date';
import type { Platform } from './platform';
import { createFilePreferenceStore, defaultConfigDir } from './preferences-file';

/** BRIEFING_DESK_HOME, else ~/Documents where it exists, else the home folder. */
export function defaultVaultFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BRIEFING_DESK_HOME) return path.resolve(env.BRIEFING_DESK_HOME);
  const documents = path.join(os.homedir(), 'Documents');
  return fs.existsSync(documents) ? documents : os.homedir();
}

export interface NodePlatformOptions {
  host: 'browser' | 'cli';
  env?: NodeJS.ProcessEnv;
  /** Overrides where preferences.json lives (tests). */
  configDir?: string;
}

export function createNodePlatform({
  host,
  env = process.env,
  configDir,
}: NodePlatformOptions): Platform {
  return {
    host,
    preferences: createFilePreferenceStore(configDir ?? defaultConfigDir(env)),
    defaultVaultFolder: defaultVaultFolder(env),
    keychain: null,
    chooseFile: null,
    today: () => todayIso(),
  };
}
