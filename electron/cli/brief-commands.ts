// The CLI's brief commands: draft a brief from a meeting with a template, list the briefs,
// export one to DOCX or PDF. The export file is written atomically (a temp file beside it,
// fsync, then link or rename) and an existing file is never replaced without --force.
import fs from 'node:fs';
import path from 'node:path';
import type { MeetingTemplateName } from '../../shared/brief';
import { briefLabel } from '../../shared/brief/search-text';
import type { BriefSummary, ExportFormat } from '../../shared/contract';
import { formatShortDate } from '../../shared/format';
import { AppFailure } from '../../shared/result';
import { writeFileAtomic } from '../services/files/atomic-file';
import { absolute, call, unlock, withDesk, type Output } from './commands';
import { CliFailure } from './failure';

export const briefNew = (
  io: Output,
  template: MeetingTemplateName,
  meetingId: string,
  vault: string,
  json: boolean,
) =>
  withDesk(async (desk) => {
    await unlock(desk, vault);
    const made = await call(desk, 'briefs.create', { template, meetingId });
    io.out(
      json
        ? JSON.stringify(
            {
              id: made.id,
              revision: made.revision,
              template: made.template,
              meetingId: made.meetingId,
            },
            null,
            2,
          )
        : made.id,
    );
  });

function briefsTable(rows: readonly BriefSummary[]): string {
  if (rows.length === 0) return 'Chưa có văn bản nào / No briefs yet.';
  return rows
    .map((b) => {
      const title = briefLabel(b.typeName, b.abstract) || '(chưa có tiêu đề / untitled)';
      const number = b.numberSymbol.replace(/\s+/g, ' ').trim();
      const updated = formatShortDate(b.updatedAt.slice(0, 10));
      return `${b.id}  ${title}\n    ${[number, `bản ${b.revision}`, `sửa ${updated}`].filter(Boolean).join(' · ')}`;
    })
    .join('\n');
}

export const listBriefs = (io: Output, vault: string, json: boolean) =>
  withDesk(async (desk) => {
    await unlock(desk, vault);
    const rows = await call(desk, 'briefs.list', {});
    io.out(json ? JSON.stringify(rows, null, 2) : briefsTable(rows));
  });

export const outExists = (file: string) =>
  new CliFailure(
    `Tệp ${file} đã tồn tại; thêm --force để ghi đè.`,
    `${file} already exists; add --force to overwrite it.`,
  );

/** Writes data to target whole or not at all; without force, an existing target is kept. */
export function writeExport(target: string, data: Buffer, force: boolean): void {
  try {
    writeFileAtomic(target, data, force ? 'replace' : 'never');
  } catch (e) {
    if (e instanceof AppFailure && e.error.code === 'file-exists') throw outExists(target);
    throw e;
  }
}

export const exportBriefFile = (
  io: Output,
  briefId: string,
  vault: string,
  format: ExportFormat,
  out: string,
  force: boolean,
) => {
  const target = absolute(out);
  // Checked before the passphrase is asked and anything is rendered.
  if (!force && fs.existsSync(target)) return Promise.reject(outExists(target));
  if (!fs.existsSync(path.dirname(target))) {
    return Promise.reject(
      new CliFailure(
        `Thư mục không tồn tại: ${path.dirname(target)}`,
        `The folder does not exist: ${path.dirname(target)}`,
      ),
    );
  }
  return withDesk(async (desk) => {
    await unlock(desk, vault);
    const made = await call(desk, 'briefs.export', { id: briefId, format });
    writeExport(target, Buffer.from(made.base64, 'base64'), force);
    for (const p of made.problems) io.out(`Lưu ý: ${p.message.vi} / Note: ${p.message.en}`);
    io.out(`Đã xuất / Exported: ${target} (bản ${made.revision} / revision ${made.revision})`);
  });
};
