// The command line's words: the options each command may take (node:util parseArgs, strict),
// and the readers that turn an option's text into a value or a usage error in both languages.
// A passphrase option is refused with the reason, so a script never believes it passed a
// secret that went nowhere.
import { parseArgs } from 'node:util';
import { TEMPLATE_NAMES, type MeetingTemplateName } from '../../shared/brief';
import type { ListKind } from './commands';
import { CliFailure, EXIT_USAGE } from './failure';
import { DIRECTIVE_REPORT } from './follow-up-commands';
import type { ExportTarget } from './out-file';

export const OPTIONS = {
  vault: { type: 'string' },
  out: { type: 'string' },
  org: { type: 'string' },
  port: { type: 'string' },
  json: { type: 'boolean' },
  template: { type: 'string' },
  meeting: { type: 'string', multiple: true },
  brief: { type: 'string', multiple: true },
  directive: { type: 'string', multiple: true },
  indicator: { type: 'string', multiple: true },
  rendering: { type: 'string', multiple: true },
  attachments: { type: 'string' },
  to: { type: 'string', multiple: true },
  note: { type: 'string' },
  fingerprint: { type: 'string' },
  'dry-run': { type: 'boolean' },
  resolve: { type: 'string' },
  format: { type: 'string' },
  force: { type: 'boolean' },
  revision: { type: 'string' },
  forget: { type: 'boolean' },
  issuer: { type: 'string' },
  'issuer-abbrev': { type: 'string' },
  superior: { type: 'string' },
  'unit-abbrev': { type: 'string' },
  place: { type: 'string' },
  'signer-name': { type: 'string' },
  'signer-title': { type: 'string' },
  authority: { type: 'string' },
  'authority-of': { type: 'string' },
  'drafter-initials': { type: 'string' },
  date: { type: 'string' },
  year: { type: 'string' },
  by: { type: 'string' },
  apply: { type: 'boolean' },
  'new-meeting': { type: 'boolean' },
  'new-indicators': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
export type OptionName = keyof typeof OPTIONS;

export const SECRET_OPTION =
  /^--?(new-?)?(passphrase|password|passwd|pass|pw|secret|recovery-?key)(=|$)/i;

export interface Parsed {
  positionals: string[];
  values: Partial<Record<OptionName, string | boolean | string[]>>;
}

export function parse(argv: string[]): Parsed {
  const secret = argv.find((a) => SECRET_OPTION.test(a));
  if (secret) {
    throw new CliFailure(
      `Không nhận mật khẩu qua tham số (${secret.split('=')[0]}): tham số lộ trong lịch sử shell và danh sách tiến trình. Hãy dùng biến BRIEFING_DESK_PASSPHRASE hoặc nhập khi được hỏi.`,
      `Passphrases are never taken as arguments (${secret.split('=')[0]}): arguments leak into shell history and the process list. Use BRIEFING_DESK_PASSPHRASE or type it when asked.`,
      EXIT_USAGE,
    );
  }
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    return { positionals, values };
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '') : '';
    throw CliFailure.usage(`Tham số không hợp lệ: ${detail}`, `Invalid arguments: ${detail}`);
  }
}

/** Refuses options the command does not take and returns the required ones' values. */
export function accept(p: Parsed, command: string, allowed: OptionName[]): void {
  for (const key of Object.keys(p.values) as OptionName[]) {
    if (!allowed.includes(key) && key !== 'help') {
      throw CliFailure.usage(
        `Lệnh "${command}" không nhận --${key}`,
        `"${command}" does not take --${key}`,
      );
    }
  }
}

/** The record a history, restore, delete or trash restore command names by its id. */
export const recordIdOf = (word: string | undefined): string =>
  need(word, 'mã bản ghi / the record id');

/**
 * What every command checks first: the options it takes (any other is refused, not ignored)
 * and how many words follow the command's name. One call, so that no command checks the one
 * and forgets the other.
 */
export function takes(
  p: Parsed,
  rest: string[],
  command: string,
  allowed: OptionName[],
  words: number,
): void {
  accept(p, command, allowed);
  exactly(rest, words, command);
}

/**
 * A group with a single command ("audit verify", "card export"…): any other word after the
 * group's name is a usage failure that names the one command, with its arguments as the
 * usage shows them in each language.
 */
export function onlyCommand(
  rest: string[],
  group: string,
  command: string,
  args: { vi: string; en: string } = { vi: '', en: '' },
): void {
  if (rest[0] === command) return;
  const shown = (arg: string) => `${group} ${command}${arg ? ` ${arg}` : ''}`;
  throw CliFailure.usage(
    `Lệnh "${group}" chỉ có "${shown(args.vi)}"`,
    `The only "${group}" command is "${shown(args.en)}"`,
  );
}

export function need(value: string | boolean | string[] | undefined, what: string): string {
  // A repeatable option given once is a one-item list; given twice where one is meant, refused.
  if (Array.isArray(value)) {
    if (value.length !== 1)
      throw CliFailure.usage(`${what} chỉ nhận một giá trị`, `${what} takes one value`);
    value = value[0];
  }
  if (typeof value !== 'string' || value === '') {
    throw CliFailure.usage(`Thiếu ${what}`, `Missing ${what}`);
  }
  return value;
}

/** Where an export goes: --vault and --out required, --force if given. */
export function exportTargetOf(values: Parsed['values']): ExportTarget {
  return {
    vault: need(values.vault, '--vault'),
    out: need(values.out, '--out'),
    force: values.force === true,
  };
}

export function exactly(positionals: string[], count: number, command: string): void {
  if (positionals.length !== count) {
    throw CliFailure.usage(
      `Sai số tham số của "${command}"`,
      `Wrong number of arguments for "${command}"`,
    );
  }
}

/** The port asked for, or undefined: `serve` then reuses the last host's (host-address.ts). */
export function portOf(value: string | boolean | string[] | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port > 65535) {
    throw CliFailure.usage(
      'Cổng phải là số từ 0 đến 65535',
      'The port must be a number from 0 to 65535',
    );
  }
  return port;
}

export const LIST_KINDS: readonly (ListKind | 'briefs')[] = [
  'meetings',
  'directives',
  'indicators',
  'briefs',
];

export function templateOf(value: string | boolean | string[] | undefined): MeetingTemplateName {
  const name = need(value, '--template');
  if (!(TEMPLATE_NAMES as readonly string[]).includes(name)) {
    throw CliFailure.usage(
      `Mẫu không tồn tại: ${name.slice(0, 40)}; các mẫu: ${[...TEMPLATE_NAMES, DIRECTIVE_REPORT].join(', ')}`,
      `Unknown template: ${name.slice(0, 40)}; templates: ${[...TEMPLATE_NAMES, DIRECTIVE_REPORT].join(', ')}`,
    );
  }
  return name as MeetingTemplateName;
}

/**
 * `value` when it is one of `choices`; otherwise the usage error that lists them ("--by nhận
 * unit, meeting hoặc month"). Every option with a fixed set of words is read by this one.
 */
export function oneOf<const T extends string>(
  value: string | undefined,
  what: string,
  choices: readonly T[],
): T {
  if ((choices as readonly (string | undefined)[]).includes(value)) return value as T;
  const list = (or: string) => `${choices.slice(0, -1).join(', ')} ${or} ${choices.at(-1)}`;
  throw CliFailure.usage(`${what} nhận ${list('hoặc')}`, `${what} takes ${list('or')}`);
}

export function byOf(value: string | boolean | string[] | undefined): 'unit' | 'meeting' | 'month' {
  if (value === undefined) return 'unit';
  return oneOf(need(value, '--by'), '--by', ['unit', 'meeting', 'month']);
}

export function registerOf(value: string | undefined): 'directives' | 'indicators' | 'stats' {
  return oneOf(value, 'export-register', ['directives', 'indicators', 'stats']);
}

export function registerFormatOf(value: string | boolean | string[] | undefined): 'xlsx' | 'docx' {
  return oneOf(need(value, '--format'), '--format', ['xlsx', 'docx']);
}

export function formatOf(value: string | boolean | string[] | undefined): 'docx' | 'pdf' {
  return oneOf(need(value, '--format'), '--format', ['docx', 'pdf']);
}

export const optionalList = (value: string | boolean | string[] | undefined): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];

export function requiredList(
  value: string | boolean | string[] | undefined,
  what: string,
): string[] {
  const values = optionalList(value);
  if (values.length === 0) throw CliFailure.usage(`Thiếu ${what}`, `Missing ${what}`);
  return values;
}

export function renderingsOf(value: string | boolean | string[] | undefined): ('docx' | 'pdf')[] {
  return optionalList(value).map((f) => oneOf(f, '--rendering', ['docx', 'pdf']));
}

export function resolveOf(
  value: string | boolean | string[] | undefined,
): 'mine' | 'theirs' | 'both' | null {
  if (value === undefined) return null;
  return oneOf(need(value, '--resolve'), '--resolve', ['mine', 'theirs', 'both']);
}

export function yearOf(value: string | boolean | string[] | undefined): number | null {
  if (value === undefined) return null;
  const y = need(value, '--year');
  if (!/^\d{4}$/.test(y))
    throw CliFailure.usage('--year nhận năm bốn chữ số', '--year takes a four-digit year');
  return Number(y);
}
