// Ties the stores to the vault's life: a `locked` answer from any call brings the unlock
// screen; the status is polled so a lock done by the host (idle timer, screen lock, suspend)
// shows at once; the window locks itself after the idle time with no keyboard or mouse; and
// whenever the vault stops being unlocked, every record held in memory is dropped.
import { onCallFailure } from '../api/client';
import { onHostLock } from '../api/lock-events';
import { useVaultStore } from './vaultStore';
import { useSettingsStore, selectIdleLockMinutes } from './settingsStore';
import { useMeetingsStore } from './meetingsStore';
import { useDirectivesStore } from './directivesStore';
import { useIndicatorsStore } from './indicatorsStore';
import { useSearchStore } from './searchStore';
import { useBriefsStore } from './briefsStore';
import { useExchangeStore } from './exchangeStore';
import { useNavigationStore, hasUnsavedChanges } from './navigationStore';
import { useDraftsStore } from './draftsStore';
import { flushDrafts, startAutosave } from './draft-autosave';
import { getApi } from '../api/client';
import { useReportsStore } from './reportsStore';
import { useHostLinkStore } from './hostLinkStore';
import { useHomeStore } from './homeStore';
import { useOrganisationStore } from './organisationStore';
import type { VaultStatus } from '../../shared/contract';

export function dropRecords(): void {
  useMeetingsStore.getState().reset();
  useDirectivesStore.getState().reset();
  useIndicatorsStore.getState().reset();
  useSearchStore.getState().reset();
  useBriefsStore.getState().reset();
  useExchangeStore.getState().reset();
  // The report under review holds text read from a file: gone with the lock.
  useReportsStore.getState().reset();
  useHomeStore.getState().reset();
  useOrganisationStore.getState().reset();
  useNavigationStore.getState().reset();
}

/**
 * Hears that the records are about to leave memory because the vault is no longer unlocked:
 * `byUser` when this window locked it (button, idle), otherwise the host did or went away.
 */
export type RecordsDroppingListener = (previous: VaultStatus, byUser: boolean) => void;
const droppingListeners = new Set<RecordsDroppingListener>();

export function onRecordsDropping(listener: RecordsDroppingListener): () => void {
  droppingListeners.add(listener);
  return () => droppingListeners.delete(listener);
}

/** How often a window that lost its host asks again. */
export const RECONNECT_MS = 2000;

/** Set while this window's own lock button is locking: that lock needs no notice after unlock. */
let lockingByUser = false;

/** The lock button: drafts are written first, so locking loses nothing and asks nothing. */
export async function lockNow(): Promise<void> {
  lockingByUser = true;
  await flushDrafts();
  await useVaultStore.getState().lockVault();
}

/**
 * This window has been idle for `limit`: lock only if every window has (the host knows the
 * last activity of all of them), writing the drafts first and saying so after unlock.
 */
async function lockIfIdleEverywhere(limit: number): Promise<void> {
  const r = await getApi()['session.idle']({});
  if (r.ok && r.value.idleMs < limit) return;
  await flushDrafts();
  if (Object.keys(useDraftsStore.getState().written).length > 0)
    useDraftsStore.getState().setIdleNotice(true);
  lockingByUser = true; // the notice is already decided
  await useVaultStore.getState().lockVault();
}

export interface SessionOptions {
  /** Only a fallback now that the host sends lock events. */
  pollMs?: number;
  /** How often to ask a host that stopped answering (RECONNECT_MS). */
  reconnectMs?: number;
  /** Listen to the host's lock events (tests without a host turn it off). */
  hostEvents?: boolean;
  idleCheckMs?: number;
  /** How often, at most, this window tells the host that someone is working in it. */
  touchEveryMs?: number;
  now?: () => number;
}

/** Starts the wiring; returns a function that stops it. */
export function startSession(options: SessionOptions = {}): () => void {
  const {
    pollMs = 120_000,
    reconnectMs = RECONNECT_MS,
    idleCheckMs = 15_000,
    touchEveryMs = 20_000,
    now = () => Date.now(),
  } = options;
  const stops: (() => void)[] = [];
  stops.push(startAutosave());

  // A host that stopped answering: the screen stays, and the window asks every few seconds
  // until the host is back; its status then says whether it is the same run or a new one.
  let reconnect: ReturnType<typeof setInterval> | null = null;
  const hostLost = () => {
    if (reconnect) return;
    useHostLinkStore.getState().setLost(true);
    const ask = async () => {
      const r = await getApi()['vault.status']({});
      if (!r.ok || !reconnect) return;
      clearInterval(reconnect);
      reconnect = null;
      useHostLinkStore.getState().setLost(false);
      useVaultStore.setState({ status: r.value, assumed: false });
    };
    reconnect = setInterval(() => void ask(), reconnectMs);
  };
  stops.push(() => {
    if (reconnect) clearInterval(reconnect);
  });

  stops.push(
    onCallFailure((_name, error) => {
      if (error.code === 'locked' || error.code === 'no-vault')
        useVaultStore.getState().markLocked();
      if (error.code === 'host-unreachable') hostLost();
    }),
  );

  // The host's lock event (issue 11): records leave the stores the moment the vault locks.
  if (options.hostEvents !== false)
    stops.push(onHostLock(() => useVaultStore.getState().markLocked()));

  stops.push(
    useVaultStore.subscribe((s, prev) => {
      const was = prev.status?.state === 'unlocked';
      const is = s.status?.state === 'unlocked';
      if (was && !is) {
        // Locked by the host or another window while drafts were kept: say so after unlock.
        if (!lockingByUser && Object.keys(useDraftsStore.getState().written).length > 0)
          useDraftsStore.getState().setIdleNotice(true);
        for (const listener of droppingListeners) listener(prev.status!, lockingByUser);
        lockingByUser = false;
        dropRecords();
        useDraftsStore.setState({ offers: [], written: {} });
      }
      if (!was && is) void useDraftsStore.getState().loadOffers();
      // Creating, opening or locking a vault changes the host's list of recent vaults.
      if (s.status?.state !== prev.status?.state || s.status?.path !== prev.status?.path) {
        void useSettingsStore.getState().loadSettings();
      }
    }),
  );

  const poll = setInterval(() => {
    if (useVaultStore.getState().status?.state === 'unlocked')
      void useVaultStore.getState().loadStatus();
  }, pollMs);
  stops.push(() => clearInterval(poll));

  // Real user activity, not calls: a window left open on a desk must still lock. Activity is
  // told to the host (at most every touchEveryMs), so every window and tab shares one idle
  // time and an idle tab never locks the vault under the one in use.
  let lastActivity = now();
  let lastTouchSent = 0;
  const touch = () => {
    lastActivity = now();
    if (lastActivity - lastTouchSent < touchEveryMs) return;
    if (useVaultStore.getState().status?.state !== 'unlocked') return;
    lastTouchSent = lastActivity;
    void getApi()['session.touch']({});
  };
  const events = ['keydown', 'pointerdown', 'wheel', 'pointermove'] as const;
  for (const e of events) window.addEventListener(e, touch, { passive: true, capture: true });
  stops.push(() => {
    for (const e of events) window.removeEventListener(e, touch, { capture: true });
  });
  const idle = setInterval(() => {
    const limit = selectIdleLockMinutes(useSettingsStore.getState()) * 60_000;
    if (useVaultStore.getState().status?.state !== 'unlocked') return;
    if (now() - lastActivity < limit) return;
    void lockIfIdleEverywhere(limit);
  }, idleCheckMs);
  stops.push(() => clearInterval(idle));

  const onVisible = () => {
    if (document.visibilityState === 'visible') void useVaultStore.getState().loadStatus();
  };
  document.addEventListener('visibilitychange', onVisible);
  stops.push(() => document.removeEventListener('visibilitychange', onVisible));

  // Closing or reloading the window with unsaved changes asks first.
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (!hasUnsavedChanges()) return;
    e.preventDefault();
    e.returnValue = '';
  };
  window.addEventListener('beforeunload', beforeUnload);
  stops.push(() => window.removeEventListener('beforeunload', beforeUnload));

  return () => {
    for (const stop of stops) stop();
  };
}
