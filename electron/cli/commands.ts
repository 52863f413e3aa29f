// The CLI's commands. Each one goes through the same dispatcher as the app (createDesk), so
// input is parsed by the contract and failures are the app's own bilingual messages; the
// vault is locked (keys zeroed) when the command ends.
import fs from 'node:fs';
import path from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import type { FilePurpose } from '../services/files/file-handles';
import { todayIso } from '../../shared/format';
import { SAMPLE_ISSUER, sampleOrganisation } from '../../shared/sample';
import { createDesk, type Desk } from '../services/desk';
import { createNodePlatform } from '../services/node-platform';
import { startHost } from '../host';
import { newToken, readHostAddress, writeHostAddress } from '../host/host-address';
import { defaultConfigDir } from '../services/preferences-file';
import { CliFailure } from './failure';
import {
  NEW_PASSPHRASE_ENV,
  PASSPHRASE_ENV,
  readNewPassphrase,
  readPassphrase,
} from './passphrase';
import { reexecWithoutPassphrase, takeSealedPassphrase } from './serve-secret';
import { directivesTable, indicatorsTable, meetingsTable, searchReport } from './tables';

export const DEFAULT_ORGANISATION = 'Đơn vị của tôi';

export interface Output {
  out(text: string): void;
}

export async function call<N extends CallName>(
  desk: Desk,
  name: N,
  input: CallInput<N>,
): Promise<CallOutput<N>> {
  const result = await desk.dispatch(name, input);
  if (!result.ok) throw CliFailure.fromAppError(result.error);
  return result.value as CallOutput<N>;
}

/** Runs work with a CLI desk and locks it afterwards, whatever happens. */
export async function withDesk<T>(work: (desk: Desk) => Promise<T>): Promise<T> {
  const desk = createDesk({ platform: createNodePlatform({ host: 'cli' }) });
  try {
    return await work(desk);
  } finally {
    desk.session.dispose();
  }
}

/**
 * Runs work with a CLI desk on `vault` unlocked (the passphrase asked as for every command) and
 * locks it afterwards: what nearly every command does first.
 */
export const withVault = <T>(vault: string, work: (desk: Desk) => Promise<T>): Promise<T> =>
  withDesk(async (desk) => {
    await unlock(desk, vault);
    return work(desk);
  });

export const absolute = (p: string) => path.resolve(process.cwd(), p);

/**
 * The CLI keeps paths (issue 11): the path the user typed becomes a handle here, in the same
 * process as the handlers, exactly as a dialog's choice does in the app. `replace` is --force.
 */
export const chosen = (desk: Desk, purpose: FilePurpose, file: string, replace = false) =>
  desk.session.files.mint(purpose, absolute(file), replace);

export async function unlock(desk: Desk, vault: string): Promise<void> {
  const passphrase = await readPassphrase();
  await call(desk, 'vault.unlock', { file: chosen(desk, 'open-vault', vault), passphrase });
}

function printRecoveryKey(io: Output, vaultPath: string, recoveryKey: string): void {
  io.out(`Đã tạo kho / Vault created: ${vaultPath}`);
  io.out('');
  io.out(`Mã khôi phục / Recovery key:  ${recoveryKey}`);
  io.out('');
  io.out(
    'Hãy in hoặc chép mã khôi phục này và cất ở nơi an toàn: nó chỉ hiện MỘT lần, và là cách duy nhất mở kho khi quên mật khẩu.',
  );
  io.out(
    'Print or write down this recovery key and keep it safe: it is shown only ONCE and is the only way into the vault if the passphrase is forgotten.',
  );
}

async function createVault(desk: Desk, io: Output, vault: string, org: string) {
  const passphrase = await readNewPassphrase(PASSPHRASE_ENV, 'Mật khẩu mới / New passphrase: ');
  const created = await call(desk, 'vault.create', {
    file: chosen(desk, 'create-vault', vault),
    passphrase,
    organisation: org,
  });
  printRecoveryKey(io, created.status.path ?? absolute(vault), created.recoveryKey);
}

export const vaultCreate = (io: Output, vault: string, org: string) =>
  withDesk((desk) => createVault(desk, io, vault, org));

export const demo = (io: Output, vault: string, org: string) =>
  withDesk(async (desk) => {
    await createVault(desk, io, vault, org);
    const added = await call(desk, 'sample.create', {});
    // A sample issuer and signer, so demo → brief new → export → brief issue needs no editing.
    const profile = await call(
      desk,
      'organisation.set',
      sampleOrganisation(org === DEFAULT_ORGANISATION ? SAMPLE_ISSUER : org),
    );
    io.out('');
    io.out(
      `Đã thêm dữ liệu mẫu / Sample data added: ${added.meetings} cuộc họp / meetings, ${added.directives} nhiệm vụ / tasks, ${added.recommendations} kiến nghị / recommendations, ${added.indicators} chỉ tiêu / indicators, ${added.observations} số liệu / observations.`,
    );
    io.out(
      `Hồ sơ cơ quan mẫu / Sample organisation profile: ${profile.name} (${profile.abbreviation}), người ký / signer ${profile.signer.name} — sửa bằng / change with "org set".`,
    );
  });

export type ListKind = 'meetings' | 'directives' | 'indicators';

export const list = (io: Output, kind: ListKind, vault: string, json: boolean) =>
  withVault(vault, async (desk) => {
    if (kind === 'meetings') {
      const rows = await call(desk, 'meetings.list', {});
      io.out(json ? JSON.stringify(rows, null, 2) : meetingsTable(rows));
    } else if (kind === 'directives') {
      const today = todayIso();
      const rows = await call(desk, 'directives.list', { today });
      io.out(json ? JSON.stringify(rows, null, 2) : directivesTable(rows, today));
    } else {
      const rows = await call(desk, 'indicators.list', {});
      io.out(json ? JSON.stringify(rows, null, 2) : indicatorsTable(rows));
    }
  });

export const search = (io: Output, query: string, vault: string, json: boolean) =>
  withVault(vault, async (desk) => {
    const result = await call(desk, 'search.query', { q: query });
    io.out(json ? JSON.stringify(result, null, 2) : searchReport(result));
  });

/** Without --force an existing file at --out is refused untouched (exit 1), before any prompt. */
export const backup = (io: Output, vault: string, out: string, force = false) =>
  withDesk(async (desk) => {
    const target = absolute(out);
    if (!force && (fs.existsSync(target) || fs.existsSync(`${target}.keys`))) {
      throw new CliFailure(
        `Tệp ${target} đã tồn tại; không ghi đè (thêm --force nếu chắc chắn muốn thay tệp này).`,
        `${target} already exists; it is not overwritten (add --force if you are sure to replace this file).`,
      );
    }
    await unlock(desk, vault);
    const made = await call(desk, 'vault.backup', {
      file: chosen(desk, 'save-backup', target, force),
    });
    io.out(`Đã sao lưu / Backed up: ${made.path} (${made.bytes} bytes)`);
    io.out(
      'Bản sao lưu mở bằng cùng mật khẩu và mã khôi phục; tệp .keys đi kèm phải được giữ cùng nó. / The backup opens with the same passphrase and recovery key; keep its .keys file with it.',
    );
  });

export const passwd = (io: Output, vault: string) =>
  withDesk(async (desk) => {
    const current = await readPassphrase('Mật khẩu hiện tại / Current passphrase: ');
    await call(desk, 'vault.unlock', {
      file: chosen(desk, 'open-vault', vault),
      passphrase: current,
    });
    const next = await readNewPassphrase(NEW_PASSPHRASE_ENV, 'Mật khẩu mới / New passphrase: ');
    await call(desk, 'vault.changePassphrase', { current, next });
    io.out(
      'Đã đổi mật khẩu / Passphrase changed. Mã khôi phục không đổi / The recovery key is unchanged.',
    );
  });

/**
 * The built renderer: BRIEFING_DESK_RENDERER_DIR if set (packagers, tests), else beside the
 * built CLI (out/main → out/renderer), else out/renderer from the sources.
 */
export function findRendererDir(): string {
  const here = import.meta.dirname;
  const override = process.env.BRIEFING_DESK_RENDERER_DIR;
  const candidates = override
    ? [path.resolve(override)]
    : [path.join(here, '../renderer'), path.join(here, '../../out/renderer')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
  if (!found) {
    throw new CliFailure(
      'Chưa có giao diện đã biên dịch (out/renderer): hãy chạy `npm run build` trước.',
      'The built renderer (out/renderer) is missing: run `npm run build` first.',
    );
  }
  return found;
}

/**
 * Starts the browser host on the port asked for or, without one, on the last host's port with
 * its token, so a tab left open across a restart reconnects (issue 9); a port now taken by
 * something else gives a fresh one.
 */
async function startRememberedHost(
  port: number | undefined,
  options: Omit<Parameters<typeof startHost>[0], 'port' | 'token'>,
): Promise<Awaited<ReturnType<typeof startHost>>> {
  const configDir = defaultConfigDir();
  const remembered = readHostAddress(configDir);
  const token = remembered?.token ?? newToken();
  let host;
  try {
    host = await startHost({ ...options, port: port ?? remembered?.port ?? 0, token });
  } catch (e) {
    if (port !== undefined || (e as { code?: string }).code !== 'EADDRINUSE') throw e;
    host = await startHost({ ...options, port: 0, token });
  }
  writeHostAddress(configDir, { port: host.port, token: host.token });
  return host;
}

export async function serve(
  io: Output,
  vault: string | undefined,
  port: number | undefined,
): Promise<void> {
  const rendererDir = findRendererDir();
  // The passphrase leaves the environment for the life of the host (issue 11).
  if (vault) reexecWithoutPassphrase();
  let passphrase = vault ? (takeSealedPassphrase() ?? (await readPassphrase())) : null;
  delete process.env[PASSPHRASE_ENV];
  const host = await startRememberedHost(port, {
    rendererDir,
    platform: createNodePlatform({ host: 'browser' }),
    vaultPath: vault ? absolute(vault) : undefined,
  });
  try {
    if (vault && passphrase !== null) {
      const file = host.session.files.mint('open-vault', absolute(vault));
      const opened = await host.dispatch('vault.unlock', { file, passphrase });
      // Not kept for the host's lifetime: the string is unreachable from here on.
      passphrase = null;
      if (!opened.ok) throw CliFailure.fromAppError(opened.error);
    }
  } catch (e) {
    await host.close();
    throw e;
  }
  io.out('Briefing Desk đang chạy tại / is running at:');
  io.out('');
  io.out(`  ${host.url}`);
  io.out('');
  io.out(
    'Mở địa chỉ này trong trình duyệt; chỉ máy này truy cập được và mã truy cập nằm trong địa chỉ. Nhấn Ctrl+C để khóa kho và dừng.',
  );
  io.out(
    'Open this address in a browser; only this computer can reach it, and the access token is part of the address. Press Ctrl+C to lock the vault and stop.',
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await host.close();
  io.out('Đã khóa kho và dừng / Vault locked, host stopped.');
}
