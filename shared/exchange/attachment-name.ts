// Which attachment names a package may carry: a brief's rendering, saved by the user under this
// name. Only `.pdf` and `.docx`, and a base name that cannot pass for something else — no
// second, executable-looking extension (`….pdf.exe` is refused by the first rule, `report.exe
// .pdf` by this one), no path, nothing a file system rewrites (trailing dots and spaces,
// Windows device names), and the one text policy (no bidi overrides that would display
// `exe.pdf` for `fdp.exe`, no controls, one line).
import { hasForbiddenInName } from '../text-policy';

export const ATTACHMENT_EXTENSIONS = ['.pdf', '.docx'] as const;

// Extensions that open as programs or documents with macros somewhere, and the two of ours:
// a stem ending in one of them is a double extension.
const DOUBLE =
  /\.(exe|com|bat|cmd|scr|pif|hta|js|jse|vbs|vbe|wsf|wsh|msi|msp|lnk|ps1|psm1|jar|cpl|reg|dll|sh|app|url|scf|chm|doc|docm|docx|dot|dotm|xls|xlsm|xlsx|ppt|pptm|rtf|pdf|html?|svg|xml|zip|rar|7z|iso|img)$/i;
const RESERVED = /[\\/:*?"<>|]/;
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Null when `name` is a clean `.pdf`/`.docx` name; otherwise why not (English, for logs/tests). */
export function attachmentNameProblem(name: string): string | null {
  if (name !== name.normalize('NFC')) return 'not NFC';
  if (name.length === 0 || name.length > 300) return 'empty or too long';
  if (hasForbiddenInName(name)) return 'control, invisible or bidi character';
  if (RESERVED.test(name)) return 'path or reserved character';
  if (/^[.\s]|[.\s]$/.test(name)) return 'leading or trailing dot or space';
  const dot = name.lastIndexOf('.');
  const ext = dot < 0 ? '' : name.slice(dot).toLowerCase();
  if (!(ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)) return 'not .pdf or .docx';
  const stem = name.slice(0, dot);
  if (!stem.trim() || /[.\s]$/.test(stem)) return 'empty stem or stem ending in a dot';
  if (DOUBLE.test(stem)) return 'double extension';
  if (DEVICE.test(stem)) return 'device name';
  return null;
}

export const isSafeAttachmentName = (name: string): boolean => attachmentNameProblem(name) === null;
