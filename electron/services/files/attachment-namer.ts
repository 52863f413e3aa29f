// Names for the renderings a package brings, saved in one folder chosen by the user (the CLI's
// --attachments, the app's folder choice): each under its own name made safe — never a path,
// since the name came in a package — beside rather than over an existing file.
import fs from 'node:fs';
import path from 'node:path';
import { stripForbidden } from '../../../shared/text-policy';
import { commitTemp, copyToTempBeside, writeFileAtomic } from './atomic-file';

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

/**
 * Saves received renderings into `dir` under names from the namer, never over an existing file
 * (one created since the folder was listed is refused as 'file-exists'). A rendering in a temp
 * file is linked (or copied) into place rather than read into memory. Returns the names used.
 */
export function saveAttachments(
  dir: string,
  attachments: readonly { name: string; body: { bytes: Buffer } | { file: string } }[],
): string[] {
  const namer = new AttachmentNamer(dir);
  return attachments.map(({ name, body }) => {
    const target = namer.name(name);
    if ('bytes' in body) writeFileAtomic(target, body.bytes, 'never');
    else {
      // The temp file is the opener's: a copy beside the target, so that the original goes
      // with the opener's folder whatever happens here.
      commitTemp(copyToTempBeside(body.file, target), target, 'never');
    }
    return path.basename(target);
  });
}
