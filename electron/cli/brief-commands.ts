// The CLI's brief commands: draft a brief from a meeting with a template, list the briefs,
// export one to DOCX or PDF. The export file is written atomically (out-file.ts) and an
// existing file is never replaced without --force.
import type { MeetingTemplateName } from '../../shared/brief';
import { briefLabel } from '../../shared/brief/search-text';
import type { BriefSummary, ExportFormat } from '../../shared/contract';
import { formatShortDate } from '../../shared/format';
import { call, withVault, type Output } from './commands';
import { exportToOut, type ExportTarget } from './out-file';

/** What a command that drafts a brief prints: its id, or with --json the fields a script needs. */
export function madeBrief(
  made: { id: string; revision: number; template: string; meetingId: string | null },
  json: boolean,
): string {
  if (!json) return made.id;
  const { id, revision, template, meetingId } = made;
  return JSON.stringify({ id, revision, template, meetingId }, null, 2);
}

export const briefNew = (
  io: Output,
  template: MeetingTemplateName,
  meetingId: string,
  vault: string,
  json: boolean,
) =>
  withVault(vault, async (desk) => {
    const made = await call(desk, 'briefs.create', { template, meetingId });
    io.out(madeBrief(made, json));
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
  withVault(vault, async (desk) => {
    const rows = await call(desk, 'briefs.list', {});
    io.out(json ? JSON.stringify(rows, null, 2) : briefsTable(rows));
  });

export const exportBriefFile = async (
  io: Output,
  briefId: string,
  format: ExportFormat,
  to: ExportTarget,
) => {
  await exportToOut(
    to,
    (desk) => call(desk, 'briefs.export', { id: briefId, format }),
    (target, made) => {
      for (const p of made.problems) io.out(`Lưu ý: ${p.message.vi} / Note: ${p.message.en}`);
      io.out(`Đã xuất / Exported: ${target} (bản ${made.revision} / revision ${made.revision})`);
    },
  );
};
