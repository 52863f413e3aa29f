// The renderer tests' host: the REAL dispatcher and handlers (createDesk, as the Electron shell
// and the browser host build it) over a real encrypted vault file in a temp folder, handed to
// the renderer as the `DeskApi` its transport expects. Every input goes through the contract's
// schema in `dispatch`, exactly as in main; nothing here answers for a handler. What a test may
// still script is small and explicit: one call failing (`failNext`), one call answered
// otherwise (`override`, e.g. to hold it back), the host locking on its own, stopping and
// coming back as a new run. File handles come from the real handle service: the browser host's
// own picker (`pickFile`), and package files kept in the temp folder as the host keeps them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { pickFile } from '../../electron/host/file-picker';
import { createDesk, type Desk } from '../../electron/services/desk';
import type { Platform } from '../../electron/services/platform';
import { createVaultFactory } from '../../electron/services/vault';
import type { FilePicker } from '../../renderer/api/file-picker';
import type { PackageFiles } from '../../renderer/api/package-files';
import {
  callNames,
  type CallInput,
  type CallName,
  type CallOutput,
  type DeskApi,
} from '../../shared/contract';
import { fail, ok, type AppError, type Result } from '../../shared/result';
import { FakeClock, memoryPreferences } from '../integration/handlers/helpers';

export const PASS = 'mùa thu Hà Nội có hoa sữa';
export const ORG = 'Bộ Ngoại giao';
/** The file name the unlocked desk's vault has in its folder. */
export const VAULT_NAME = 'kho.bdvault';

/** The profile a user fills in the organisation dialog before drafting a brief. */
export const ORG_PROFILE = {
  name: ORG,
  superiorBody: '',
  abbreviation: 'BNG',
  draftingUnit: 'THKT',
  place: 'Hà Nội',
  signer: { authority: 'KT', authorityOf: 'BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', name: 'Nguyễn Văn A' },
  drafterInitials: 'NVA',
} as const;

/** Cheap Argon2 parameters: these tests are about the screens, not the KDF. */
const factory = createVaultFactory({ argon2: { memoryKiB: 256, iterations: 1, parallelism: 1 } });

type Raw = (input: unknown) => Promise<Result<unknown>>;

export interface RealDeskOptions {
  /** A vault created and open at the start (ORG, PASS, in `<dir>/kho.bdvault`). */
  unlocked?: boolean;
  /** What the host's calendar says today is. */
  today?: string;
  /** The organisation of the vault created when `unlocked` (ORG otherwise). */
  organisation?: string;
}

/** A package file handed to the user (a sealed package) or saved for them (a rendering). */
export interface HandedFile {
  fileName: string;
  path: string;
}

export interface RealDesk {
  api: DeskApi;
  /** Every call the renderer made, in order, with its input as sent (before the schema). */
  calls: { name: CallName; input: unknown }[];
  /** The temp folder: the vault, the host's default vault folder and package files live here. */
  dir: string;
  /** The vault's path when `unlocked` (and after any vault was created or opened). */
  vaultFile: string;
  clock: FakeClock;
  platform: Platform;
  /** The desk running now (a restart makes a new one). */
  readonly desk: Desk;
  /** The browser host's picker over the real handle service. */
  picker: FilePicker;
  /** Package files as the browser host keeps them: temp files behind real handles. */
  packageFiles: PackageFiles;
  /** Sealed packages delivered to the user, renderings saved for them. */
  delivered: HandedFile[];
  saved: HandedFile[];
  /** A call made straight to the real dispatcher, not recorded: the value, or it throws. */
  ok<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /**
   * The vault's state read back through a real call: on this desk while its vault is open,
   * else through a second session of the host unlocking the same file (this one stays locked).
   */
  read<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** The next call of `name` answers this failure without reaching the handler. */
  failNext(name: CallName, error: AppError): void;
  /** Every later call of `name` goes to fn, which may still call the real handler. */
  override(name: CallName, fn: (input: unknown, real: Raw) => Promise<Result<unknown>>): void;
  /** The host locks on its own (idle timer, screen lock). */
  lockFromHost(): void;
  /** The host stops (every call unreachable) or comes back (false). */
  setUnreachable(down: boolean): void;
  /** A new run of the host: the vault closed, a new instance id, the vault file kept. */
  restartHost(): void;
  /** Closes the vault and removes the temp folder. */
  dispose(): void;
}

function hostPlatform(dir: string, today: string): Platform {
  return {
    host: 'browser',
    preferences: memoryPreferences(),
    defaultVaultFolder: dir,
    keychain: null,
    chooseFile: null,
    today: () => today,
  };
}

export async function createRealDesk(options: RealDeskOptions = {}): Promise<RealDesk> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-renderer-'));
  const today = options.today ?? '2025-10-15';
  const clock = new FakeClock(Date.parse(`${today}T08:00:00Z`));
  const platform = hostPlatform(dir, today);
  let desk = createDesk({ platform, factory, clock });
  let unreachable = false;
  const calls: RealDesk['calls'] = [];
  const overrides = new Map<CallName, (input: unknown, real: Raw) => Promise<Result<unknown>>>();
  const scripted = new Map<CallName, AppError>();
  const delivered: HandedFile[] = [];
  const saved: HandedFile[] = [];
  const vaultFile = path.join(dir, VAULT_NAME);

  const api = {} as Record<CallName, Raw>;
  for (const name of callNames) {
    const real: Raw = (input) => desk.dispatch(name, input);
    api[name] = async (input) => {
      if (unreachable)
        return fail('host-unreachable', 'Không kết nối được.', 'Cannot reach the app host.');
      calls.push({ name, input });
      const failure = scripted.get(name);
      if (failure) {
        scripted.delete(name);
        return { ok: false, error: failure };
      }
      const custom = overrides.get(name);
      // What crosses IPC or HTTP is a copy: nothing the store holds aliases the handler's.
      return structuredClone(await (custom ? custom(input, real) : real(input)));
    };
  }

  const okOn = async <N extends CallName>(on: Desk, name: N, input: CallInput<N>) => {
    const r = await on.dispatch(name, input);
    if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message.en}`);
    return r.value as CallOutput<N>;
  };
  const okCall = <N extends CallName>(name: N, input: CallInput<N>) => okOn(desk, name, input);
  const read = async <N extends CallName>(name: N, input: CallInput<N>) => {
    if (desk.session.openVault) return okCall(name, input);
    const other = createDesk({ platform: hostPlatform(dir, today), factory, clock });
    try {
      const file = other.session.files.mint('open-vault', vaultFile);
      await okOn(other, 'vault.unlock', { file, passphrase: PASS });
      return await okOn(other, name, input);
    } finally {
      other.session.dispose();
    }
  };

  if (options.unlocked) {
    await okCall('vault.create', {
      file: desk.session.files.mint('create-vault', vaultFile),
      passphrase: PASS,
      organisation: options.organisation ?? ORG,
    });
  }

  let next = 0;
  const packagePath = (what: string) =>
    path.join(dir, `${what}-${++next}-${randomBytes(6).toString('hex')}`);
  const packageFiles: PackageFiles = {
    mode: 'upload',
    choose: () => Promise.resolve(ok(null)),
    // As the host's upload: the File's bytes to a temp file, an 'open-package' handle for it.
    upload: async (file) => {
      const target = `${packagePath('nhan')}.bdpack`;
      fs.writeFileSync(target, Buffer.from(await file.arrayBuffer()));
      return ok({ file: desk.session.files.mint('open-package', target), name: file.name });
    },
    sealTarget: () => {
      const target = `${packagePath('gui')}.bdpack`;
      return Promise.resolve(
        ok({
          file: desk.session.files.mint('save-package', target),
          deliver: (fileName: string) => void delivered.push({ fileName, path: target }),
        }),
      );
    },
    attachmentsTarget: () => {
      const folder = packagePath('dinh-kem');
      fs.mkdirSync(folder);
      return Promise.resolve(
        ok({
          file: desk.session.files.mint('attachments-folder', folder),
          save: (savedAs: string) =>
            void saved.push({ fileName: savedAs, path: path.join(folder, savedAs) }),
        }),
      );
    },
  };

  return {
    api: api as unknown as DeskApi,
    calls,
    dir,
    vaultFile,
    clock,
    platform,
    get desk() {
      return desk;
    },
    picker: async (purpose, typed, replace) =>
      pickFile(desk.session.files, platform, {
        purpose,
        path: typed,
        ...(replace ? { replace: true } : {}),
      }),
    packageFiles,
    delivered,
    saved,
    ok: okCall,
    read,
    failNext(name, error) {
      scripted.set(name, error);
    },
    override(name, fn) {
      overrides.set(name, fn);
    },
    lockFromHost() {
      desk.session.lock('system');
    },
    setUnreachable(down) {
      unreachable = down;
    },
    restartHost() {
      desk.session.dispose();
      desk = createDesk({ platform, factory, clock });
      // As `serve --vault`: the new run shows the vault it had on the unlock screen.
      if (fs.existsSync(vaultFile)) desk.session.remember(vaultFile);
    },
    dispose() {
      desk.session.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Holds back the vault's answer to the first call of `name` until the returned function is
 * called; later calls answer at once. How a test makes an older answer arrive after a newer one
 * (a store must keep the newest).
 */
export function holdFirstAnswer(desk: RealDesk, name: CallName): () => void {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  let n = 0;
  desk.override(name, async (input, real) => {
    const answer = await real(input);
    if (++n === 1) await held;
    return answer;
  });
  return () => release();
}
