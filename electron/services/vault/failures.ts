// Every problem the vault can report to a user, in Vietnamese and English, and the mapping of
// raw SQLite / file-system errors onto them. Raw exception text never reaches the UI: it can
// carry paths or SQL, and it means nothing to an official.
import { AppFailure } from '../../../shared/result';

export const failures = {
  locked: () =>
    AppFailure.of(
      'locked',
      'Kho đang khóa. Hãy mở khóa để tiếp tục.',
      'The vault is locked. Unlock it to continue.',
    ),
  vaultExists: (path: string) =>
    AppFailure.of(
      'vault-exists',
      `Đã có tệp tại ${path}; Briefing Desk không ghi đè lên kho hiện có.`,
      `A file already exists at ${path}; Briefing Desk never overwrites an existing vault.`,
    ),
  vaultNotFound: (path: string) =>
    AppFailure.of('vault-not-found', `Không tìm thấy kho: ${path}`, `Vault not found: ${path}`),
  folderMissing: (dir: string) =>
    AppFailure.of('io', `Thư mục không tồn tại: ${dir}`, `The folder does not exist: ${dir}`),
  keysMissing: (keysPath: string) =>
    AppFailure.of(
      'vault-corrupt',
      `Thiếu tệp khóa ${keysPath} bên cạnh kho. Không có tệp này thì không thể mở kho; hãy đặt lại tệp khóa từ bản sao lưu.`,
      `The key file ${keysPath} is missing beside the vault. The vault cannot be opened without it; put it back from a backup.`,
    ),
  keysCorrupt: (keysPath: string) =>
    AppFailure.of(
      'vault-corrupt',
      `Tệp khóa ${keysPath} bị hỏng hoặc không phải của Briefing Desk.`,
      `The key file ${keysPath} is damaged or not a Briefing Desk key file.`,
    ),
  notOurVault: () =>
    AppFailure.of(
      'vault-corrupt',
      'Tệp này không phải kho Briefing Desk, bị hỏng, hoặc không khớp với tệp khóa bên cạnh.',
      'This file is not a Briefing Desk vault, is damaged, or does not match the key file beside it.',
    ),
  /**
   * Every failure to open a vault before its key is tried — no file, no keys file, a damaged
   * keys file, not a vault, no permission — gets this one answer, so unlock cannot be used to
   * probe the file system for which paths exist.
   */
  cannotOpen: () =>
    AppFailure.of(
      'cannot-open',
      'Không mở được kho này: tệp không có, thiếu tệp khóa .keys đi kèm, bị hỏng, hoặc không phải kho Briefing Desk.',
      'Cannot open this vault: the file is missing, its .keys file is missing, it is damaged, or it is not a Briefing Desk vault.',
    ),
  wrongPassphrase: () =>
    AppFailure.of('wrong-passphrase', 'Mật khẩu không đúng.', 'Wrong passphrase.'),
  wrongRecoveryKey: () =>
    AppFailure.of('wrong-passphrase', 'Mã khôi phục không đúng.', 'Wrong recovery key.'),
  malformedRecoveryKey: () =>
    AppFailure.of(
      'invalid-input',
      'Mã khôi phục không đúng định dạng: cần 32 ký tự chữ và số (dấu gạch ngang, khoảng trắng không tính).',
      'The recovery key is malformed: it has 32 letters and digits (dashes and spaces are ignored).',
    ),
  keychainRefused: () =>
    AppFailure.of(
      'wrong-passphrase',
      'Chuỗi khóa của hệ điều hành không mở được kho này. Hãy dùng mật khẩu.',
      "The operating system's keychain could not open this vault. Use the passphrase.",
    ),
  noKeychainSlot: () =>
    AppFailure.of(
      'unsupported',
      'Kho này chưa bật mở khóa bằng chuỗi khóa hệ điều hành.',
      'This vault has no operating-system keychain unlock.',
    ),
  tooNew: () =>
    AppFailure.of(
      'vault-too-new',
      'Kho được tạo bởi phiên bản mới hơn của Briefing Desk. Hãy cập nhật ứng dụng để mở kho; kho không bị thay đổi.',
      'The vault was created by a newer version of Briefing Desk. Update the app to open it; the vault was not changed.',
    ),
  pragmaCheckFailed: (what: string) =>
    AppFailure.of(
      'internal',
      `Không bật được chế độ an toàn của kho (${what}); kho chưa được mở.`,
      `Could not enable the vault's safety settings (${what}); the vault was not opened.`,
    ),
  notFound: () =>
    AppFailure.of(
      'not-found',
      'Không tìm thấy bản ghi (có thể đã bị xóa).',
      'Record not found (it may have been deleted).',
    ),
  conflict: () =>
    AppFailure.of(
      'conflict',
      'Bản ghi đã được sửa ở nơi khác sau khi bạn mở nó. Hãy tải lại rồi sửa tiếp; thay đổi của bạn chưa được lưu.',
      'The record was changed elsewhere after you opened it. Reload and edit again; your change was not saved.',
    ),
  idTaken: () =>
    AppFailure.of('conflict', 'Đã có bản ghi với mã này.', 'A record with this id already exists.'),
  unknownIndicator: () =>
    AppFailure.of(
      'not-found',
      'Chỉ tiêu của số liệu này không tồn tại.',
      'The indicator of this observation does not exist.',
    ),
  unknownMeeting: () =>
    AppFailure.of(
      'not-found',
      'Cuộc họp gốc của nhiệm vụ không tồn tại.',
      'The meeting of this directive does not exist.',
    ),
  backupOntoVault: () =>
    AppFailure.of(
      'invalid-input',
      'Không thể sao lưu đè lên chính kho đang mở.',
      'A backup cannot overwrite the open vault itself.',
    ),
  backupCheckFailed: () =>
    AppFailure.of(
      'io',
      'Bản sao lưu vừa tạo không vượt qua kiểm tra toàn vẹn nên đã bị bỏ; kho không bị ảnh hưởng.',
      'The new backup failed its integrity check and was discarded; the vault is unaffected.',
    ),
  backupInUse: (path: string) =>
    AppFailure.of(
      'io',
      `Bản sao lưu ${path} đang được mở ở nơi khác; hãy đóng nó rồi thử lại.`,
      `The backup ${path} is open elsewhere; close it and try again.`,
    ),
  diskFull: () =>
    AppFailure.of(
      'disk-full',
      'Ổ đĩa đã đầy: thay đổi chưa được lưu, dữ liệu đã lưu vẫn nguyên vẹn.',
      'The disk is full: the change was not saved; saved data is intact.',
    ),
  readOnly: () =>
    AppFailure.of(
      'read-only',
      'Không ghi được vào thư mục của kho (chỉ đọc hoặc không có quyền).',
      'Cannot write to the vault folder (read-only or no permission).',
    ),
  io: () =>
    AppFailure.of(
      'io',
      'Lỗi đọc/ghi tệp; dữ liệu đã lưu không bị thay đổi.',
      'A file read/write error occurred; saved data was not changed.',
    ),
};

const codeOf = (e: unknown): string => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** Turns an SQLite or fs error into the AppFailure a user can read; anything else passes. */
export function toVaultFailure(e: unknown): unknown {
  if (e instanceof AppFailure) return e;
  const code = codeOf(e);
  if (
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    code === 'SQLITE_FULL' ||
    code.startsWith('SQLITE_FULL_')
  ) {
    return failures.diskFull();
  }
  if (
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_PERM')
  ) {
    return failures.readOnly();
  }
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT'))
    return failures.notOurVault();
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return failures.io();
  return e;
}

/** Runs work, rethrowing what it throws as a user-readable failure where one applies. */
export function mapErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw toVaultFailure(e);
  }
}

export async function mapErrorsAsync<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toVaultFailure(e);
  }
}
