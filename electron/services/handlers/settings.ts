// Preferences through the contract: the language, the idle timeout (applied to the running
// countdown at once) and the recent vaults, plus the folder new vaults go to by default.
import type { Settings } from '../../../shared/contract';
import type { Platform } from '../platform';
import type { HandlerContext, HandlerGroup } from './context';

export function currentSettings(platform: Platform): Settings {
  const prefs = platform.preferences.read();
  return { ...prefs, defaultVaultFolder: platform.defaultVaultFolder };
}

export function settingsHandlers({
  session,
  platform,
}: HandlerContext): HandlerGroup<'settings.get' | 'settings.set'> {
  return {
    'settings.get': () => currentSettings(platform),
    'settings.set': (change) => {
      const prefs = platform.preferences.read();
      platform.preferences.write({
        ...prefs,
        language: change.language ?? prefs.language,
        idleLockMinutes: change.idleLockMinutes ?? prefs.idleLockMinutes,
      });
      session.rescheduleIdle();
      return currentSettings(platform);
    },
  };
}
