// An unlocked vault: the open database, its key, and the repositories over them. Every call
// first checks the vault is still unlocked (after close() → 'locked') and turns SQLite/fs
// errors into readable failures. close() zeroes the key; nothing of it survives in this object.
import { timingSafeEqual } from 'node:crypto';
import type { Db } from './connection';
import { integrityOk, readPragmas, type VaultPragmas } from './connection';
import { createContext } from '../context';
import { backupVault } from './backup';
import { briefsRepository } from '../repositories/briefs';
import { directivesRepository } from '../repositories/directives';
import { failures, mapErrors, mapErrorsAsync } from '../failures';
import { indicatorsRepository, observationsRepository } from '../repositories/indicators';
import type { Argon2Params, KdfEngine } from './kdf';
import {
  keysPathOf,
  makeKeychainSlot,
  makePassphraseSlot,
  readKeysFile,
  unwrapDek,
  withSlot,
  writeKeysFile,
  type KeysFile,
} from './key-slots';
import { meetingsRepository } from '../repositories/meetings';
import { organisationProfileRepository } from '../repositories/organisation-profile';
import { lifecycleRepository } from '../repositories/brief-lifecycle';
import { exchangeRepository } from '../exchange/repository';
import { historyRepository } from '../repositories/history';
import { importsRepository } from '../exchange/import-journal';
import { trashRepository } from '../repositories/trash';
import { userProfileRepository } from '../repositories/user-profile';
import { sourcesRepository } from '../repositories/sources';
import { followUpRepository } from '../repositories/follow-up';
import { draftsRepository } from '../repositories/drafts';
import { searchVault } from '../repositories/search';
import type { OpenVault, UnlockSecret } from '../types';

interface VaultState {
  db: Db;
  dek: Buffer;
  path: string;
  keys: KeysFile;
  closed: boolean;
}

export interface KdfSettings {
  argon2: Argon2Params;
  engine?: KdfEngine | undefined;
}

const states = new WeakMap<OpenVault, VaultState>();

function liveState(vault: OpenVault): VaultState {
  const state = states.get(vault);
  if (!state || state.closed) throw failures.locked();
  return state;
}

/** The pragmas of an open vault as SQLite reports them now (tests and diagnostics). */
export const vaultPragmas = (vault: OpenVault): VaultPragmas => readPragmas(liveState(vault).db);

/** PRAGMA integrity_check of an open vault. */
export const vaultIntegrityOk = (vault: OpenVault): boolean => integrityOk(liveState(vault).db);

/** Wraps every method of a repository so it checks the lock and maps errors. */
function guarded<T extends Record<string, (...args: never[]) => unknown>>(
  state: VaultState,
  repo: T,
): T {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(repo)) {
    out[name] = (...args: never[]) =>
      mapErrors(() => {
        if (state.closed) throw failures.locked();
        return fn(...args);
      });
  }
  return out as T;
}

/** Re-reads the keys file (another process may have changed it) and checks it is ours. */
function currentKeys(state: VaultState): KeysFile {
  const keys = readKeysFile(keysPathOf(state.path));
  if (keys.vaultId !== state.keys.vaultId) throw failures.notOurVault();
  return keys;
}

export function assembleVault(
  db: Db,
  dek: Buffer,
  path: string,
  keys: KeysFile,
  organisation: string,
  kdf: KdfSettings,
): OpenVault {
  const state: VaultState = { db, dek, path, keys, closed: false };
  const ctx = createContext(db, organisation);
  const live = <T>(work: () => T): T =>
    mapErrors(() => {
      if (state.closed) throw failures.locked();
      return work();
    });

  const vault: OpenVault = {
    path,
    organisation,
    get hasKeychainSlot() {
      return state.keys.slots.some((s) => s.kind === 'keychain');
    },
    meetings: guarded(state, meetingsRepository(ctx)),
    directives: guarded(state, directivesRepository(ctx)),
    indicators: guarded(state, indicatorsRepository(ctx)),
    observations: guarded(state, observationsRepository(ctx)),
    search: (query, limit) => live(() => searchVault(ctx, query, limit)),
    briefs: guarded(state, briefsRepository(ctx)),
    organisationProfile: guarded(state, organisationProfileRepository(ctx)),
    exchange: guarded(state, exchangeRepository(ctx)),
    history: guarded(state, historyRepository(ctx)),
    trash: guarded(state, trashRepository(ctx)),
    imports: guarded(state, importsRepository(ctx)),
    userProfile: guarded(state, userProfileRepository(ctx)),
    lifecycle: guarded(state, lifecycleRepository(ctx)),
    sources: guarded(state, sourcesRepository(ctx)),
    followUp: guarded(state, followUpRepository(ctx)),
    drafts: guarded(state, draftsRepository(ctx)),
    transaction: (work) => live(() => ctx.tx(work)),
    backup: (outPath, replace) => live(() => backupVault(db, state.dek, path, outPath, replace)),
    changePassphrase: (current, next) =>
      mapErrorsAsync(async () => {
        if (state.closed) throw failures.locked();
        const keys = currentKeys(state);
        // Proves the caller knows the current passphrase; the DEK itself is already in hand.
        const proof: UnlockSecret = typeof current === 'string' ? { passphrase: current } : current;
        const dek = await unwrapDek(keys, proof, kdf.engine);
        try {
          if (state.closed) throw failures.locked();
          if (!timingSafeEqual(dek, state.dek)) throw failures.notOurVault();
          const slot = await makePassphraseSlot(keys.vaultId, dek, next, kdf.argon2, kdf.engine);
          if (state.closed) throw failures.locked();
          const updated = withSlot(currentKeys(state), 'passphrase', slot);
          writeKeysFile(keysPathOf(path), updated);
          state.keys = updated;
        } finally {
          dek.fill(0);
        }
      }),
    setKeychainSlot: (wrap) =>
      live(() => {
        const keys = currentKeys(state);
        const updated = withSlot(
          keys,
          'keychain',
          wrap ? makeKeychainSlot(keys.vaultId, state.dek, wrap) : null,
        );
        writeKeysFile(keysPathOf(path), updated);
        state.keys = updated;
      }),
    close: () => {
      if (state.closed) return;
      state.closed = true;
      try {
        db.close();
      } finally {
        state.dek.fill(0);
      }
    },
  };
  states.set(vault, state);
  return vault;
}
