// The vault's life through the contract: status, create, unlock (throttled), lock, passphrase
// and keychain slots, backup and restore, and the file dialog where the host has one.
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInput, VaultStatus } from '../../../shared/contract';
import { passphraseWeakness } from '../../../shared/passphrase';
import { AppFailure } from '../../../shared/result';
import type { Platform } from '../platform';
import { withRecentVault } from '../preferences-file';
import { keysPathOf, readKeysFile } from '../vault/storage/key-slots';
import type { UnlockSecret } from '../vault/types';
import type { HandlerContext, HandlerGroup } from './context';

type VaultCalls =
  | 'vault.status'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.enableKeychain'
  | 'vault.backup'
  | 'vault.restore'
  | 'vault.chooseFile';

export const keychainUnsupported = () =>
  AppFailure.of(
    'unsupported',
    'Không dùng được chuỗi khóa của hệ điều hành ở đây. Chỉ ứng dụng Electron có chuỗi khóa; trên Linux, kho "basic_text" lưu bí mật dưới dạng văn bản thường nên bị từ chối.',
    'The operating-system keychain is not available here. Only the Electron app has one, and on Linux the "basic_text" store keeps secrets in plain text, so it is refused.',
  );

/** The passphrase policy of shared/, enforced here for every host (CLI, browser, Electron). */
function refuseWeak(passphrase: string): void {
  const weak = passphraseWeakness(passphrase);
  if (weak)
    throw AppFailure.of('invalid-input', weak.vi, weak.en, {
      issues: [{ path: 'passphrase', message: `${weak.vi} / ${weak.en}` }],
    });
}

function keychainUsable(platform: Platform): boolean {
  try {
    return platform.keychain?.available() ?? false;
  } catch {
    return false;
  }
}

/** While locked, the keys file (not encrypted) still says whether a keychain slot exists. */
function keysFileHasKeychainSlot(vaultPath: string): boolean {
  try {
    return readKeysFile(keysPathOf(vaultPath)).slots.some((s) => s.kind === 'keychain');
  } catch {
    return false;
  }
}

export function vaultHandlers({ session, platform }: HandlerContext): HandlerGroup<VaultCalls> {
  function status(): VaultStatus {
    const vault = session.openVault;
    const known = session.knownPath;
    return {
      state: vault ? 'unlocked' : known !== null ? 'locked' : 'none',
      path: known,
      file: known !== null ? session.files.offer('open-vault', known) : null,
      // The organisation lives inside the encrypted database: shown only while unlocked.
      organisation: vault?.organisation ?? null,
      host: platform.host,
      keychainAvailable: keychainUsable(platform),
      hasKeychainSlot: vault
        ? vault.hasKeychainSlot
        : known !== null && keysFileHasKeychainSlot(known),
      idleLockMinutes: platform.preferences.read().idleLockMinutes,
      hostInstance: session.instance,
    };
  }

  /** Recent vaults are a convenience: a read-only config folder must not fail an unlock. */
  function rememberRecent(vaultPath: string): void {
    try {
      const openedAt = new Date(session.clock.now()).toISOString();
      platform.preferences.write(withRecentVault(platform.preferences.read(), vaultPath, openedAt));
    } catch {
      // The vault is open either way; the list just misses this entry.
    }
  }

  function unlockSecret(input: ParsedInput<'vault.unlock'>): UnlockSecret {
    if ('passphrase' in input) return { passphrase: input.passphrase };
    if ('recoveryKey' in input) return { recoveryKey: input.recoveryKey };
    const keychain = platform.keychain;
    if (!keychain || !keychainUsable(platform)) throw keychainUnsupported();
    return { keychain: (blob) => keychain.decrypt(blob) };
  }

  return {
    'vault.status': () => status(),

    'vault.create': async ({ file: handle, passphrase, organisation }) => {
      refuseWeak(passphrase);
      const file = session.files.resolve(handle, 'create-vault').path;
      const { vault, recoveryKey } = await session.factory.create(file, passphrase, organisation);
      session.adopt(vault);
      rememberRecent(vault.path);
      return { recoveryKey, status: status() };
    },

    'vault.unlock': async (input) => {
      const file = session.files.resolve(input.file, 'open-vault').path;
      const secret = unlockSecret(input);
      const vault = await session.throttle.attempt(file, async () => {
        // Whoever asks to open a vault gets it locked first: a failed attempt never leaves
        // another vault open behind the unlock screen.
        session.lock('replaced');
        return session.factory.open(file, secret);
      });
      session.adopt(vault);
      rememberRecent(vault.path);
      return status();
    },

    'vault.lock': () => {
      session.lock('request');
      return status();
    },

    'vault.changePassphrase': async (input) => {
      const vault = session.require();
      refuseWeak(input.next);
      const proof = 'current' in input ? input.current : { recoveryKey: input.recoveryKey };
      // Proving the current secret is a guess like any unlock: same growing delay.
      await session.throttle.attempt(vault.path, () => vault.changePassphrase(proof, input.next));
      return { changed: true } as const;
    },

    'vault.enableKeychain': ({ enabled }) => {
      const vault = session.require();
      if (!enabled) {
        // Removing the slot needs no keychain: it only deletes the wrap from the keys file.
        vault.setKeychainSlot(null);
        return status();
      }
      const keychain = platform.keychain;
      if (!keychain || !keychainUsable(platform)) throw keychainUnsupported();
      vault.setKeychainSlot((slotKey) => keychain.encrypt(slotKey));
      return status();
    },

    'vault.backup': ({ file: handle }) => {
      const vault = session.require();
      // A save choice is spent by its write; `mayReplace` only if the user chose that exact
      // existing file in a save dialog (or confirmed it in the host's picker).
      const chosen = session.files.consume(handle, 'save-backup');
      return vault.backup(chosen.path, chosen.mayReplace);
    },

    'vault.restore': async (input) => {
      const source = session.files.resolve(input.source, 'restore-source').path;
      const target = session.files.resolve(input.target, 'restore-target').path;
      const secret: UnlockSecret =
        'passphrase' in input
          ? { passphrase: input.passphrase }
          : { recoveryKey: input.recoveryKey };
      // Proving the backup's secret is a guess like an unlock: the same per-vault delay.
      const restored = await session.throttle.attempt(source, () =>
        session.factory.restore(source, target, secret),
      );
      session.files.consume(input.target, 'restore-target');
      return { path: restored.path, file: session.files.offer('open-vault', restored.path) };
    },

    'vault.chooseFile': async ({ purpose }) => {
      const chosen = platform.chooseFile ? await platform.chooseFile(purpose) : null;
      if (chosen === null) return { file: null, name: null };
      // A native save dialog has asked the OS's "replace?" question for an existing file. A
      // package may replace only the file that existed when the user said yes: one created
      // since is still refused by the writer.
      const mayReplace =
        purpose === 'save-backup' || (purpose === 'save-package' && fs.existsSync(chosen));
      return {
        file: session.files.mint(purpose, chosen, mayReplace),
        name: path.basename(chosen),
      };
    },
  };
}
