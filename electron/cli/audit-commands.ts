// `briefing-desk audit verify --vault <v> [--json]`: walks the exchange log's hash chain from
// its first entry and names the first broken link. Exit 0 when the chain holds, 1 when not
// (a script can act on it), with the same facts in --json.
import { call, withVault, type Output } from './commands';
import { CliFailure } from './failure';

const REASON = {
  prev: {
    vi: 'liên kết tới dòng trước không khớp (một dòng đã bị xóa, chèn hoặc đổi chỗ)',
    en: 'the link to the previous entry does not match (an entry was removed, inserted or moved)',
  },
  content: {
    vi: 'nội dung dòng đã bị sửa sau khi ghi',
    en: 'the entry was changed after it was written',
  },
} as const;

export const auditVerify = (io: Output, vault: string, json: boolean) =>
  withVault(vault, async (desk) => {
    const result = await call(desk, 'audit.verify', {});
    if (json) io.out(JSON.stringify({ ok: result.firstBreak === null, ...result }, null, 2));
    const b = result.firstBreak;
    if (b === null) {
      if (!json)
        io.out(
          `Nhật ký nguyên vẹn: ${result.entries} dòng / The audit log is intact: ${result.entries} entries`,
        );
      return;
    }
    const where = `#${b.id} (${b.at}, ${b.action})`;
    // --json has printed the facts; the failure line still goes to stderr with exit 1.
    throw new CliFailure(
      `Nhật ký bị thay đổi: liên kết hỏng đầu tiên ở dòng ${where}: ${REASON[b.reason].vi}.`,
      `The audit log was altered: first broken link at entry ${where}: ${REASON[b.reason].en}.`,
    );
  });
