// Assembles what every host runs: a session, the handlers and the one dispatcher in front of
// them. The Electron shell, the browser host and the CLI each call this with their Platform;
// nothing reaches a handler except through `dispatch`.
import type { CallName } from '../../shared/contract';
import type { Clock } from './clock';
import { createDispatcher, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { Platform } from './platform';
import { DeskSession } from './session';
import { vaultFactory } from './vault';
import type { VaultFactory } from './vault/types';

/**
 * Calls a window makes on its own (status polls, reading settings after a state change):
 * they do not mean a person is at the desk, so they do not hold off the idle lock.
 */
const PASSIVE_CALLS: ReadonlySet<CallName> = new Set<CallName>([
  'vault.status',
  'settings.get',
  'session.idle',
]);

export interface DeskOptions {
  platform: Platform;
  factory?: VaultFactory;
  clock?: Clock;
}

export interface Desk {
  session: DeskSession;
  dispatch: Dispatch;
}

export function createDesk({ platform, factory = vaultFactory, clock }: DeskOptions): Desk {
  const session = new DeskSession({
    factory,
    clock,
    idleLockMinutes: () => platform.preferences.read().idleLockMinutes,
  });
  const dispatch = createDispatcher(createHandlers(session, platform), (name) => {
    if (!PASSIVE_CALLS.has(name)) session.touch();
  });
  return { session, dispatch };
}
