// The CLI's exchange commands: export this vault's card, add a contact after comparing its
// fingerprint, seal a package for named contacts, open one (preview with --dry-run, or import,
// refusing conflicts unless --resolve says how). Files are written whole or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { formatFingerprint } from '../../shared/exchange/card';
import { stripForbidden } from '../../shared/text-policy';
import { absolute, call, unlock, withDesk, type Output } from './commands';
import { writeExport } from './brief-commands';
import { CliFailure } from './failure';

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
  withDesk(async (desk) => {
    await unlock(desk, vault);
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
  return withDesk(async (desk) => {
    await unlock(desk, vault);
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

export const pack = (io: Output, vault: string, o: PackOptions) =>
  withDesk(async (desk) => {
    await unlock(desk, vault);
    const sealed = await call(desk, 'packages.seal', {
      to: o.to,
      briefIds: o.briefs,
      meetingIds: o.meetings,
      directiveIds: o.directives,
      indicatorIds: o.indicators,
      renderings: o.renderings,
      note: o.note,
      expiresAt: null,
    });
    writeExport(absolute(o.out), Buffer.from(sealed.base64, 'base64'), o.force);
    io.out(
      `Đã đóng gói / Sealed: ${absolute(o.out)} (${sealed.items} mục / items, gói / package ${sealed.packageId})`,
    );
    for (const l of sealed.leftOut)
      io.out(`  Không gửi / Not sent: ${l.reason.vi} / ${l.reason.en}`);
  });

const ACTION_TEXT: Record<string, string> = {
  add: 'thêm mới / add',
  'skip-identical': 'đã có, giống hệt / identical, skip',
  update: 'cập nhật / update',
  'mine-newer': 'bản của mình mới hơn / mine is newer, skip',
  conflict: 'XUNG ĐỘT / CONFLICT',
  attachment: 'tệp kèm / attachment',
};

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * Names attachments in one folder: each under its own name made safe (never a path: the name
 * came in a package), beside rather than over an existing file. The folder is listed once and
 * each stem remembers its last number, so n attachments with one name cost O(n), not O(n²)
 * probes of the file system.
 */
export class AttachmentNamer {
  private readonly taken: Set<string>;
  private readonly next = new Map<string, number>();

  constructor(private readonly dir: string) {
    // Compared case-folded: on Windows and macOS "A.pdf" and "a.pdf" are one file.
    this.taken = new Set(fs.readdirSync(dir).map((n) => n.normalize('NFC').toLowerCase()));
  }

  name(original: string): string {
    const clean = stripForbidden(original.normalize('NFC'))
      .replace(UNSAFE_IN_FILE_NAME, ' ')
      .replace(/^[.\s]+/, '')
      .trim();
    // Only the kinds a package carries keep their extension; long names are cut in the stem.
    const ext = /^\.(docx|pdf)$/i.test(path.extname(clean)) ? path.extname(clean) : '';
    const stem =
      clean
        .slice(0, clean.length - path.extname(clean).length)
        .trim()
        .slice(0, 120) || 'tep-dinh-kem';
    const key = `${stem}${ext}`.normalize('NFC').toLowerCase();
    for (let i = this.next.get(key) ?? 1; ; i++) {
      const candidate = i === 1 ? `${stem}${ext}` : `${stem} (${i})${ext}`;
      const folded = candidate.normalize('NFC').toLowerCase();
      if (this.taken.has(folded)) continue;
      this.taken.add(folded);
      this.next.set(key, i + 1);
      return path.join(this.dir, candidate);
    }
  }
}

function saveAttachment(namer: AttachmentNamer, name: string, data: Buffer): string {
  const target = namer.name(name);
  // writeExport still refuses an existing file: one created since the folder was listed.
  writeExport(target, data, false);
  return target;
}

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
  const base64 = readInput(file, { vi: 'gói', en: 'The package' }, 200 * 1024 * 1024).toString(
    'base64',
  );
  return withDesk(async (desk) => {
    await unlock(desk, vault);
    const preview = await call(desk, 'packages.preview', { base64 });
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
      base64,
      packageId: preview.packageId,
      resolutions,
    });
    const namer = saveDir ? new AttachmentNamer(saveDir) : null;
    const saved = namer
      ? attachments.map((a) => saveAttachment(namer, a.name, Buffer.from(a.base64, 'base64')))
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
