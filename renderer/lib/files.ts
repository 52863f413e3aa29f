// Getting the recovery key out of the app and onto paper or a USB stick, without a server:
// the browser's own print dialog (the print stylesheet shows only the key) and a download
// built from a Blob in memory.
import { downloadBlob } from './download';

export function printRecoveryKey(): void {
  window.print();
}

export function downloadText(fileName: string, content: string): void {
  // CRLF so Notepad on an office Windows machine shows the lines; BOM so it reads UTF-8.
  const blob = new Blob(['\ufeff', content.replace(/\r?\n/g, '\r\n')], {
    type: 'text/plain;charset=utf-8',
  });
  downloadBlob(fileName, blob);
}

export function recoveryKeyFileText(
  key: string,
  vaultPath: string | null,
  organisation: string | null,
  createdOn: string,
): string {
  return [
    'BRIEFING DESK — KHÓA KHÔI PHỤC / RECOVERY KEY',
    '',
    `Kho / Vault: ${vaultPath ?? ''}`,
    `Đơn vị / Organisation: ${organisation ?? ''}`,
    `Ngày tạo / Created: ${createdOn}`,
    '',
    key,
    '',
    'Khóa này mở được kho nếu quên cụm mật khẩu. Cất giữ nơi an toàn, tách khỏi máy tính; không gửi qua thư điện tử.',
    'This key opens the vault if the passphrase is forgotten. Keep it somewhere safe, away from the computer; do not e-mail it.',
    '',
  ].join('\n');
}
