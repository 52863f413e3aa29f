// Every call of the contract, implemented once for all three hosts (Electron, browser, CLI).
// The Handlers type comes from the contract: a call without a handler does not compile.
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';
import type { Platform } from '../platform';
import type { DeskSession } from '../session';
import { auditHandlers } from './audit';
import { briefHandlers } from './briefs';
import { draftHandlers, withDraftCleanup } from './drafts';
import { exchangeHandlers } from './exchange';
import { historyHandlers } from './history';
import { lifecycleHandlers } from './lifecycle';
import { followUpHandlers } from './follow-up';
import { recordHandlers } from './records';
import { sampleHandlers } from './sample';
import { settingsHandlers } from './settings';
import { sourcesHandlers } from './sources';
import { reportsHandlers } from './reports';
import { vaultHandlers } from './vault';

export function createHandlers(session: DeskSession, platform: Platform): Handlers {
  const ctx: HandlerContext = { session, platform, vault: () => session.require() };
  const handlers: Handlers = {
    ...vaultHandlers(ctx),
    ...settingsHandlers(ctx),
    ...recordHandlers(ctx),
    ...sampleHandlers(ctx),
    ...briefHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...historyHandlers(ctx),
    ...lifecycleHandlers(ctx),
    ...followUpHandlers(ctx),
    ...auditHandlers(ctx),
    ...draftHandlers(ctx),
    ...sourcesHandlers(ctx),
    ...reportsHandlers(ctx),
  };
  // A save deletes the draft of what it saved (issue 9).
  return withDraftCleanup(handlers, ctx);
}

export { keychainUnsupported } from './vault';
export { currentSettings } from './settings';
