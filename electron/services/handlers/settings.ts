// Preferences through the contract: the language, the idle timeout (applied to the running
// countdown at once), the due-date reminders and the recent vaults, plus the folder new
// vaults go to by default.
import path from 'node:path';
import type { Settings } from '../../../shared/contract';
import type { FileHandles } from '../files/file-handles';
import type { Platform } from '../platform';
import type { HandlerContext, HandlerGroup } from './context';

/** Recent vaults come with open-vault handles: the list is how the renderer reopens one. */
export function currentSettings(platform: Platform, files?: FileHandles): Settings {
  const prefs = platform.preferences.read();
  return {
    language: prefs.language,
    idleLockMinutes: prefs.idleLockMinutes,
    recentVaults: prefs.recentVaults.map((r) => ({
      ...r,
      file: files ? files.offer('open-vault', r.path) : '',
    })),
    defaultVaultFolder: platform.defaultVaultFolder,
    dueReminders: prefs.dueReminders,
  };
}

/** The paths behind the handles to forget; a handle not for a vault choice is refused. */
function pathsOf(files: FileHandles, handles: string[]): Set<string> {
  return new Set(handles.map((h) => files.resolve(h, 'open-vault').path));
}

export function settingsHandlers({
  session,
  platform,
}: HandlerContext): HandlerGroup<'settings.get' | 'settings.set'> {
  return {
    'settings.get': () => currentSettings(platform, session.files),
    'settings.set': (change) => {
      const prefs = platform.preferences.read();
      const forget = pathsOf(session.files, change.forgetRecent ?? []);
      platform.preferences.write({
        ...prefs,
        language: change.language ?? prefs.language,
        idleLockMinutes: change.idleLockMinutes ?? prefs.idleLockMinutes,
        dueReminders: change.dueReminders ?? prefs.dueReminders,
        // Pruning the list only forgets names: the vault files themselves are not touched.
        recentVaults: prefs.recentVaults.filter((r) => !forget.has(path.resolve(r.path))),
      });
      session.rescheduleIdle();
      return currentSettings(platform, session.files);
    },
  };
}
