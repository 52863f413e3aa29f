// The desk's one open vault, or none. Every handler that needs records asks the session for
// the vault and gets 'locked' / 'no-vault' when there is none. Locking closes the vault, which
// zeroes its keys (security.md); it happens on request, after idleLockMinutes without a call,
// and (in the Electron shell) on screen lock and suspend.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/result';
import { systemClock, type Clock } from './clock';
import { FileHandles } from './files/file-handles';
import { UnlockThrottle } from './unlock-throttle';
import type { OpenVault, VaultFactory } from './vault/types';

export interface DeskSessionOptions {
  factory: VaultFactory;
  /** Read on every activity, so a changed setting applies to the running timer. */
  idleLockMinutes: () => number;
  clock?: Clock;
}

export type LockReason = 'request' | 'idle' | 'system' | 'replaced' | 'shutdown';

export const noVaultFailure = () =>
  AppFailure.of(
    'no-vault',
    'Chưa mở kho nào. Hãy tạo hoặc mở một kho.',
    'No vault is open. Create or open one.',
  );

export const lockedFailure = () =>
  AppFailure.of(
    'locked',
    'Kho đang khóa. Hãy mở khóa để tiếp tục.',
    'The vault is locked. Unlock it to continue.',
  );

export class DeskSession {
  readonly factory: VaultFactory;
  readonly clock: Clock;
  readonly throttle: UnlockThrottle;
  /** The files the user chose, as handles (the only way a handler learns a path). */
  readonly files: FileHandles;
  /** This run of the host (vault.status says it): a restart gives a new one. */
  readonly instance = randomUUID();
  private readonly idleLockMinutes: () => number;
  private vault: OpenVault | null = null;
  private lastPath: string | null = null;
  private lastActivity = 0;
  private cancelIdleTimer: (() => void) | null = null;
  private readonly lockListeners = new Set<(reason: LockReason) => void>();

  constructor(options: DeskSessionOptions) {
    this.factory = options.factory;
    this.clock = options.clock ?? systemClock;
    this.idleLockMinutes = options.idleLockMinutes;
    this.throttle = new UnlockThrottle(this.clock);
    this.files = new FileHandles(this.clock);
  }

  /** The unlocked vault, or null. */
  get openVault(): OpenVault | null {
    return this.vault;
  }

  /** The vault last opened or named (shown on the unlock screen while locked). */
  get knownPath(): string | null {
    return this.vault?.path ?? this.lastPath;
  }

  /** The open vault for a call that needs one; 'locked' if one was open, 'no-vault' if never. */
  require(): OpenVault {
    if (this.vault) return this.vault;
    throw this.lastPath === null ? noVaultFailure() : lockedFailure();
  }

  /** Takes an unlocked vault as the session's; any other vault it held is closed first. */
  adopt(vault: OpenVault): void {
    if (this.vault && this.vault !== vault) this.lock('replaced');
    this.vault = vault;
    this.lastPath = vault.path;
    this.touch();
  }

  /** Names a vault to unlock later (a file passed on the command line, `serve --vault`). */
  remember(vaultPath: string): void {
    if (!this.vault) this.lastPath = path.resolve(vaultPath);
  }

  lock(reason: LockReason = 'request'): void {
    this.stopIdleTimer();
    const vault = this.vault;
    if (!vault) return;
    this.vault = null;
    vault.close();
    for (const listener of this.lockListeners) listener(reason);
  }

  /** Hears every lock, e.g. so the Electron shell can tell the window. */
  onLock(listener: (reason: LockReason) => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /** A user's call: the idle countdown starts again. */
  touch(): void {
    this.lastActivity = this.clock.now();
    if (this.vault && !this.cancelIdleTimer) this.scheduleIdleCheck(this.idleLimitMs());
  }

  /** Milliseconds since the last user's call from any window or tab. */
  idleForMs(): number {
    return Math.max(0, this.clock.now() - this.lastActivity);
  }

  /** The idle setting changed: measure the running countdown against the new limit. */
  rescheduleIdle(): void {
    this.stopIdleTimer();
    if (!this.vault) return;
    const remaining = this.idleLimitMs() - (this.clock.now() - this.lastActivity);
    if (remaining <= 0) this.lock('idle');
    else this.scheduleIdleCheck(remaining);
  }

  /** Locks and drops every timer: the host is going away. */
  dispose(): void {
    this.lock('shutdown');
    this.lockListeners.clear();
  }

  private idleLimitMs(): number {
    const minutes = this.idleLockMinutes();
    return (Number.isFinite(minutes) && minutes > 0 ? minutes : 10) * 60_000;
  }

  // One timer at a time: calls only move lastActivity; when the timer fires it either locks
  // or sleeps again for what is left, so a busy session does not create a timer per call.
  private scheduleIdleCheck(ms: number): void {
    this.cancelIdleTimer = this.clock.setTimer(() => {
      this.cancelIdleTimer = null;
      if (!this.vault) return;
      const remaining = this.idleLimitMs() - (this.clock.now() - this.lastActivity);
      if (remaining <= 0) this.lock('idle');
      else this.scheduleIdleCheck(remaining);
    }, ms);
  }

  private stopIdleTimer(): void {
    this.cancelIdleTimer?.();
    this.cancelIdleTimer = null;
  }
}
