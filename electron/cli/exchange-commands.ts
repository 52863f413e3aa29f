// The CLI's exchange commands: export this vault's card, add a contact after comparing its
// fingerprint, seal a package for named contacts, open one (preview with --dry-run, or import,
// refusing conflicts unless --resolve says how). Files are written whole or not at all.
import fs from 'node:fs';
import { formatFingerprint } from '../../shared/exchange/card';
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
      note: o.note,
      expiresAt: null,
    });
    writeExport(absolute(o.out), Buffer.from(sealed.base64, 'base64'), o.force);
    io.out(
      `Đã đóng gói / Sealed: ${absolute(o.out)} (${sealed.items} mục / items, gói / package ${sealed.packageId})`,
    );
  });

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
) => {
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
    const resolutions = resolve ? Object.fromEntries(conflicts.map((c) => [c.key, resolve])) : {};
    const summary = await call(desk, 'packages.import', { base64, resolutions });
    io.out(
      json
        ? JSON.stringify(summary, null, 2)
        : `Đã nhập / Imported ${summary.packageId}: thêm ${summary.added}, cập nhật ${summary.updated}, bỏ qua ${summary.skipped}, giữ bản mình ${summary.keptMine}, bản sao ${summary.copies}`,
    );
  });
};
