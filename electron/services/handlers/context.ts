// What every group of handlers works with: the session (the open vault, the idle timer, the
// unlock throttle) and the host's platform (preferences, keychain, dialogs, today's date).
import os from 'node:os';
import path from 'node:path';
import type { Handlers } from '../dispatch';
import type { Platform } from '../platform';
import type { DeskSession } from '../session';
import type { OpenVault } from '../vault/types';

export interface HandlerContext {
  session: DeskSession;
  platform: Platform;
  /**
   * The open vault, for a call that needs one: refused 'locked' or 'no-vault' otherwise
   * (session.require). Read at each call, never kept, since a lock closes it in between.
   */
  vault: () => OpenVault;
}

/** A slice of the contract's handlers; createHandlers joins the slices and the compiler checks all are there. */
export type HandlerGroup<N extends keyof Handlers> = Pick<Handlers, N>;

/**
 * A path as the user typed it: `~/x` is in the home folder, a bare name is in the default vault
 * folder (the browser host has no file dialog, and its working directory means nothing to a
 * user). Absolute paths are taken as they are.
 */
export function resolveUserPath(platform: Platform, typed: string): string {
  if (typed === '~' || typed.startsWith('~/')) return path.join(os.homedir(), typed.slice(1));
  return path.resolve(platform.defaultVaultFolder, typed);
}
