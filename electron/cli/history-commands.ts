// The CLI's history, trash and import-undo commands (issue 9). Record ids are those of any
// kind (meeting, directive, indicator, observation, brief): the vault finds which.
//   history <id> [--json]            revisions newest first: [{revision, at, by, hash}]
//   restore <id> --revision <n>      that revision's content becomes the newest revision
//   delete <id>                      to the trash, saying what linked to it
//   trash list [--json] | trash restore <id> | trash empty
//   undo-import <package-id> [--forget]
import type { TrashEntryInfo } from '../../shared/history-calls';
import { call, withVault, type Output } from './commands';
import { CliFailure } from './failure';
import { renderTable } from './tables';

const KIND_TEXT: Record<string, string> = {
  meeting: 'cuộc họp / meeting',
  directive: 'nhiệm vụ / directive',
  indicator: 'chỉ tiêu / indicator',
  observation: 'số liệu / observation',
  brief: 'văn bản / brief',
};

const EFFECT_TEXT: Record<string, string> = {
  moved: 'vào thùng rác cùng / moved with it',
  unlinked: 'bỏ liên kết, giữ lại / unlinked, kept',
  'figure-deleted': 'số liệu trích dẫn ghi "đã bị xóa" / its figure reads "deleted"',
};

/** A revision number as the user typed it: a whole number from 1. */
export function revisionOf(value: string | boolean | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' || !/^\d{1,9}$/.test(text) || Number(text) < 1)
    throw CliFailure.usage(
      '--revision nhận một số nguyên từ 1',
      '--revision takes a whole number from 1',
    );
  return Number(text);
}

export const showHistory = (io: Output, id: string, vault: string, json: boolean) =>
  withVault(vault, async (desk) => {
    const h = await call(desk, 'history.list', { id });
    if (json) {
      io.out(
        JSON.stringify(
          h.revisions.map((r) => ({ revision: r.revision, at: r.at, by: r.by, hash: r.hash })),
          null,
          2,
        ),
      );
      return;
    }
    io.out(`${KIND_TEXT[h.kind]}: ${id}${h.inTrash ? ' (trong thùng rác / in the trash)' : ''}`);
    io.out(
      renderTable(
        [
          'phiên bản / revision',
          'lúc / at',
          'người lưu / by',
          'SHA-256',
          'trường đổi / fields changed',
        ],
        h.revisions.map((r) => [
          String(r.revision),
          r.at,
          r.by,
          r.hash.slice(0, 16),
          r.changes.map((c) => c.field).join(', '),
        ]),
      ),
    );
  });

export const restoreRevision = (io: Output, id: string, revision: number, vault: string) =>
  withVault(vault, async (desk) => {
    const r = await call(desk, 'history.restore', { id, revision });
    io.out(
      `Đã khôi phục nội dung phiên bản ${revision} thành phiên bản ${r.revision} / Restored revision ${revision}'s content as revision ${r.revision}: ${id}`,
    );
  });

function printEntry(io: Output, e: TrashEntryInfo): void {
  io.out(`${KIND_TEXT[e.kind]}: ${e.title} (${e.id})`);
  for (const l of e.links) io.out(`  ${KIND_TEXT[l.kind]}: ${l.title} — ${EFFECT_TEXT[l.effect]}`);
}

export const deleteRecord = (io: Output, id: string, vault: string) =>
  withVault(vault, async (desk) => {
    const e = await call(desk, 'trash.delete', { id });
    io.out('Đã chuyển vào thùng rác / Moved to the trash:');
    printEntry(io, e);
  });

export const trashList = (io: Output, vault: string, json: boolean) =>
  withVault(vault, async (desk) => {
    const entries = await call(desk, 'trash.list', {});
    if (json) {
      io.out(JSON.stringify(entries, null, 2));
      return;
    }
    io.out(
      renderTable(
        [
          'mã / id',
          'loại / kind',
          'tên / title',
          'xóa lúc / deleted at',
          'người xóa / by',
          'liên kết / links',
        ],
        entries.map((e) => [
          e.id,
          e.kind,
          e.title.slice(0, 60),
          e.deletedAt,
          e.deletedBy,
          String(e.links.length),
        ]),
      ),
    );
    io.out(`\n${entries.length} mục / items`);
  });

export const trashRestore = (io: Output, id: string, vault: string) =>
  withVault(vault, async (desk) => {
    const e = await call(desk, 'trash.restore', { id });
    io.out('Đã khôi phục từ thùng rác / Restored from the trash:');
    printEntry(io, e);
  });

export const trashEmpty = (io: Output, vault: string) =>
  withVault(vault, async (desk) => {
    const r = await call(desk, 'trash.empty', {});
    io.out(
      `Đã xóa hẳn ${r.removed} mục khỏi thùng rác / Permanently removed ${r.removed} item(s) from the trash`,
    );
  });

export const undoImport = (io: Output, packageId: string, vault: string, forget: boolean) =>
  withVault(vault, async (desk) => {
    const r = await call(desk, 'imports.undo', { packageId, forget });
    io.out(
      `Đã hoàn tác lần nhập gói ${r.packageId}: ${r.restored} bản ghi trở về phiên bản trước, ${r.removed} bản ghi đã thêm bị gỡ / ` +
        `Undid the import of package ${r.packageId}: ${r.restored} record(s) back to their previous revision, ${r.removed} added record(s) removed`,
    );
    io.out(
      r.forgotten
        ? 'Mã gói đã được quên: có thể nhập lại gói này / The package id was forgotten: this package can be imported again'
        : 'Mã gói vẫn được ghi nhớ (dùng --forget để nhập lại) / The package id is still remembered (use --forget to import it again)',
    );
  });
