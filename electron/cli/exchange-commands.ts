// The CLI's exchange commands: export this vault's card, add a contact after comparing its
// fingerprint, seal a package for named contacts, open one (preview with --dry-run, or import,
// refusing conflicts unless --resolve says how). Files are written whole or not at all, and
// packages go from file to file, streaming: the CLI hands the handlers handles of its paths.
import fs from 'node:fs';
import path from 'node:path';
import { formatFingerprint } from '../../shared/exchange/card';
import { absolute, call, chosen, withVault, type Output } from './commands';
import { outTarget, writeExport } from './out-file';
import { CliFailure } from './failure';

/** Where it lives now (the app saves renderings too); kept importable from here. */
export { AttachmentNamer } from '../services/files/attachment-namer';

function readInput(file: string, what: { vi: string; en: string }, limit: number): Buffer {
  const target = absolute(file);
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch {
    throw new CliFailure(`Không tìm thấy ${what.vi}: ${target}`, `${what.en} not found: ${target}`);
  }
  if (!st.isFile()) throw new CliFailure(`${target} không phải là tệp`, `${target} is not a file`);
  if (st.size > limit)
    throw new CliFailure(`${what.vi} quá lớn: ${target}`, `${what.en} is too large: ${target}`);
  return fs.readFileSync(target);
}

export const cardExport = (io: Output, vault: string, out: string, force: boolean) =>
  withVault(vault, async (desk) => {
    const card = await call(desk, 'identity.card', {});
    writeExport(absolute(out), Buffer.from(card.fileText, 'utf8'), force);
    io.out(`Dấu vân tay / Fingerprint: ${formatFingerprint(card.fingerprint)}`);
  });

export const contactAdd = (io: Output, cardFile: string, vault: string, fingerprint: string) => {
  const text = readInput(
    cardFile,
    { vi: 'thẻ định danh', en: 'The identity card' },
    16 * 1024,
  ).toString('utf8');
  return withVault(vault, async (desk) => {
    const contact = await call(desk, 'contacts.add', { cardText: text, fingerprint });
    io.out(contact.name);
  });
};

export interface PackOptions {
  to: string[];
  briefs: string[];
  meetings: string[];
  directives: string[];
  indicators: string[];
  renderings: ('docx' | 'pdf')[];
  note: string;
  out: string;
  force: boolean;
}

export const pack = async (io: Output, vault: string, o: PackOptions) => {
  // Checked before the passphrase is asked and anything is sealed (the writer checks again).
  outTarget(o.out, o.force);
  await withVault(vault, async (desk) => {
    const sealed = await call(desk, 'packages.seal', {
      // Written straight to --out, 64 KiB at a time; --force allows replacing that file.
      file: chosen(desk, 'save-package', o.out, o.force),
      to: o.to,
      briefIds: o.briefs,
      meetingIds: o.meetings,
      directiveIds: o.directives,
      indicatorIds: o.indicators,
      renderings: o.renderings,
      note: o.note,
      expiresAt: null,
    });
    io.out(
      `Đã đóng gói / Sealed: ${absolute(o.out)} (${sealed.items} mục / items, gói / package ${sealed.packageId})`,
    );
    for (const l of sealed.leftOut)
      io.out(`  Không gửi / Not sent: ${l.reason.vi} / ${l.reason.en}`);
  });
};

const ACTION_TEXT: Record<string, string> = {
  add: 'thêm mới / add',
  'skip-identical': 'đã có, giống hệt / identical, skip',
  update: 'cập nhật / update',
  'mine-newer': 'bản của mình mới hơn / mine is newer, skip',
  conflict: 'XUNG ĐỘT / CONFLICT',
  attachment: 'tệp kèm / attachment',
};

export const openPackageFile = (
  io: Output,
  file: string,
  vault: string,
  dryRun: boolean,
  json: boolean,
  resolve: 'mine' | 'theirs' | 'both' | null,
  attachmentsDir: string | null = null,
) => {
  const saveDir = attachmentsDir === null ? null : absolute(attachmentsDir);
  if (saveDir !== null && !fs.statSync(saveDir, { throwIfNoEntry: false })?.isDirectory())
    throw new CliFailure(`Không có thư mục ${saveDir}`, `${saveDir} is not a folder`);
  const target = absolute(file);
  if (!fs.statSync(target, { throwIfNoEntry: false })?.isFile())
    throw new CliFailure(`Không tìm thấy gói: ${target}`, `The package not found: ${target}`);
  return withVault(vault, async (desk) => {
    // The package is read from its file by the opener, streaming: never whole in memory.
    const pkg = chosen(desk, 'open-package', target);
    const preview = await call(desk, 'packages.preview', { file: pkg });
    if (dryRun) {
      if (json) io.out(JSON.stringify(preview, null, 2));
      else {
        io.out(
          `Gói / Package ${preview.packageId} — ${preview.sender.name} (${formatFingerprint(preview.sender.fingerprint)})`,
        );
        if (preview.note) io.out(`Ghi chú / Note: ${preview.note}`);
        for (const i of preview.items)
          io.out(`  [${i.kind}] ${i.name}: ${ACTION_TEXT[i.action] ?? i.action}`);
      }
      return;
    }
    const conflicts = preview.items.filter((i) => i.action === 'conflict');
    if (conflicts.length > 0 && resolve === null)
      throw new CliFailure(
        `Gói có ${conflicts.length} bản ghi bị sửa ở cả hai nơi (${conflicts.map((c) => c.name).join('; ')}). Chưa có gì được nhập: xem bằng --dry-run rồi chọn --resolve mine, theirs hoặc both.`,
        `${conflicts.length} record(s) in the package changed on both sides (${conflicts.map((c) => c.name).join('; ')}). Nothing was imported: look with --dry-run, then choose --resolve mine, theirs or both.`,
      );
    const resolutions = resolve ? Object.fromEntries(conflicts.map((c) => [c.key, resolve])) : {};
    const { attachments = [], ...summary } = await call(desk, 'packages.import', {
      file: pkg,
      packageId: preview.packageId,
      resolutions,
      ...(saveDir ? { attachments: chosen(desk, 'attachments-folder', saveDir) } : {}),
    });
    const saved = saveDir
      ? attachments.flatMap((a) => (a.savedAs ? [path.join(saveDir, a.savedAs)] : []))
      : [];
    if (json)
      io.out(
        JSON.stringify({ ...summary, attachments: attachments.map((a) => a.name), saved }, null, 2),
      );
    else {
      io.out(
        `Đã nhập / Imported ${summary.packageId}: thêm ${summary.added}, cập nhật ${summary.updated}, bỏ qua ${summary.skipped}, giữ bản mình ${summary.keptMine}, bản sao ${summary.copies}`,
      );
      for (const p of saved) io.out(`  Tệp kèm / Attachment: ${p}`);
      if (!saveDir && attachments.length > 0)
        io.out(
          `  ${attachments.length} tệp kèm không được lưu (dùng --attachments <thư mục>) / attachment(s) not saved (use --attachments <folder>)`,
        );
    }
  });
};
