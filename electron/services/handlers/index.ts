// Every call of the contract, implemented once for all three hosts (Electron, browser, CLI).
// The Handlers type comes from the contract: a call without a handler does not compile.
import type { Handlers } from '../dispatch';
import type { Platform } from '../platform';
import type { DeskSession } from '../session';
import { briefHandlers } from './briefs';
import { exchangeHandlers } from './exchange';
import { recordHandlers } from './records';
import { sampleHandlers } from './sample';
import { settingsHandlers } from './settings';
import { sourcesHandlers } from './sources';
import { vaultHandlers } from './vault';

export function createHandlers(session: DeskSession, platform: Platform): Handlers {
  const ctx = { session, platform };
  return {
    ...vaultHandlers(ctx),
    ...settingsHandlers(ctx),
    ...recordHandlers(ctx),
    ...sampleHandlers(ctx),
    ...briefHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...sourcesHandlers(ctx),
  };
}

export { keychainUnsupported } from './vault';
export { currentSettings } from './settings';
