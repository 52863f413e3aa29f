// Runs one command of the command line (its words are read by ./args): options a command does
// not take are refused rather than ignored.
import {
  backup,
  DEFAULT_ORGANISATION,
  demo,
  list,
  passwd,
  search,
  serve,
  vaultCreate,
  type Output,
} from './commands';
import { briefNew, exportBriefFile, listBriefs } from './brief-commands';
import { registerList } from './org-commands';
import { cardExport, contactAdd, openPackageFile, pack } from './exchange-commands';
import {
  deleteRecord,
  restoreRevision,
  revisionOf,
  showHistory,
  trashEmpty,
  trashList,
  trashRestore,
  undoImport,
} from './history-commands';
import { extractFile } from './extract-commands';
import {
  briefNewDirectiveReport,
  DIRECTIVE_REPORT,
  exportRegister,
  statsDirectives,
} from './follow-up-commands';
import { auditVerify } from './audit-commands';
import { CliFailure, failureLine } from './failure';
import { USAGE } from './usage';
import { briefLifecycle, orgCommand } from './org-dispatch';
import {
  accept,
  byOf,
  exportTargetOf,
  formatOf,
  LIST_KINDS,
  need,
  oneOf,
  onlyCommand,
  optionalList,
  parse,
  portOf,
  recordIdOf,
  registerFormatOf,
  registerOf,
  renderingsOf,
  requiredList,
  resolveOf,
  takes,
  templateOf,
  yearOf,
  type Parsed,
} from './args';

async function dispatchCommand(p: Parsed, io: Output): Promise<void> {
  const [command, ...rest] = p.positionals;
  const v = p.values;
  const org = typeof v.org === 'string' && v.org.trim() !== '' ? v.org : DEFAULT_ORGANISATION;
  switch (command) {
    case 'vault': {
      onlyCommand(rest, 'vault', 'create', { vi: '<kho>', en: '<vault>' });
      takes(p, rest, 'vault create', ['org'], 2);
      return vaultCreate(io, need(rest[1], 'đường dẫn kho / the vault path'), org);
    }
    case 'demo':
      takes(p, rest, 'demo', ['org'], 1);
      return demo(io, need(rest[0], 'đường dẫn kho / the vault path'), org);
    case 'list': {
      takes(p, rest, 'list', ['vault', 'json'], 1);
      const kind = oneOf(rest[0], 'list', LIST_KINDS);
      if (kind === 'briefs') return listBriefs(io, need(v.vault, '--vault'), v.json === true);
      return list(io, kind, need(v.vault, '--vault'), v.json === true);
    }
    case 'org':
      return orgCommand(p, rest, io);
    case 'register':
      onlyCommand(rest, 'register', 'list');
      takes(p, rest, 'register list', ['vault', 'year', 'json'], 1);
      return registerList(io, need(v.vault, '--vault'), yearOf(v.year), v.json === true);
    case 'brief': {
      if (rest[0] === 'check' || rest[0] === 'issue') return briefLifecycle(p, rest, io);
      if (rest[0] !== 'new')
        throw CliFailure.usage(
          'Lệnh "brief" có "brief new", "brief check <mã>" và "brief issue <mã>"',
          'The "brief" commands are "brief new", "brief check <id>" and "brief issue <id>"',
        );
      takes(p, rest, 'brief new', ['vault', 'template', 'meeting', 'json'], 1);
      // The directive report may cover every directive: its meeting is optional.
      if (v.template === DIRECTIVE_REPORT)
        return briefNewDirectiveReport(
          io,
          v.meeting === undefined ? undefined : need(v.meeting, '--meeting'),
          need(v.vault, '--vault'),
          v.json === true,
        );
      return briefNew(
        io,
        templateOf(v.template),
        need(v.meeting, '--meeting'),
        need(v.vault, '--vault'),
        v.json === true,
      );
    }
    case 'export':
      takes(p, rest, 'export', ['vault', 'format', 'out', 'force'], 1);
      return exportBriefFile(
        io,
        need(rest[0], 'mã văn bản / the brief id'),
        formatOf(v.format),
        exportTargetOf(v),
      );
    case 'stats':
      onlyCommand(rest, 'stats', 'directives');
      takes(p, rest, 'stats directives', ['vault', 'by', 'json'], 1);
      return statsDirectives(io, need(v.vault, '--vault'), byOf(v.by), v.json === true);
    case 'export-register':
      takes(p, rest, 'export-register', ['vault', 'format', 'out', 'force', 'by'], 1);
      return exportRegister(
        io,
        registerOf(rest[0]),
        registerFormatOf(v.format),
        byOf(v.by),
        exportTargetOf(v),
      );
    case 'audit':
      onlyCommand(rest, 'audit', 'verify');
      takes(p, rest, 'audit verify', ['vault', 'json'], 1);
      return auditVerify(io, need(v.vault, '--vault'), v.json === true);
    case 'card':
      onlyCommand(rest, 'card', 'export');
      takes(p, rest, 'card export', ['vault', 'out', 'force'], 1);
      return cardExport(io, need(v.vault, '--vault'), need(v.out, '--out'), v.force === true);
    case 'contact':
      onlyCommand(rest, 'contact', 'add', { vi: '<thẻ>', en: '<card>' });
      takes(p, rest, 'contact add', ['vault', 'fingerprint'], 2);
      return contactAdd(
        io,
        need(rest[1], 'tệp thẻ / the card file'),
        need(v.vault, '--vault'),
        need(v.fingerprint, '--fingerprint'),
      );
    case 'pack':
      takes(
        p,
        rest,
        'pack',
        [
          'vault',
          'to',
          'brief',
          'meeting',
          'directive',
          'indicator',
          'rendering',
          'note',
          'out',
          'force',
        ],
        0,
      );
      return pack(io, need(v.vault, '--vault'), {
        to: requiredList(v.to, '--to'),
        briefs: optionalList(v.brief),
        meetings: optionalList(v.meeting),
        directives: optionalList(v.directive),
        indicators: optionalList(v.indicator),
        renderings: renderingsOf(v.rendering),
        note: typeof v.note === 'string' ? v.note : '',
        out: need(v.out, '--out'),
        force: v.force === true,
      });
    case 'open':
      takes(p, rest, 'open', ['vault', 'dry-run', 'json', 'resolve', 'attachments'], 1);
      return openPackageFile(
        io,
        need(rest[0], 'tệp gói / the package file'),
        need(v.vault, '--vault'),
        v['dry-run'] === true,
        v.json === true,
        resolveOf(v.resolve),
        typeof v.attachments === 'string' ? v.attachments : null,
      );
    case 'extract': {
      takes(
        p,
        rest,
        'extract',
        ['vault', 'json', 'apply', 'meeting', 'new-meeting', 'new-indicators'],
        1,
      );
      const isNew = v['new-meeting'] === true;
      // --apply writes into one meeting: an existing one (its empty fields filled from the
      // report) or a new one made from the report's facts — never both, never neither.
      if (v.apply === true && (v.vault === undefined || (v.meeting === undefined) === !isNew)) {
        throw CliFailure.usage(
          '--apply cần --vault và một trong --meeting <mã> hoặc --new-meeting',
          '--apply needs --vault and one of --meeting <id> or --new-meeting',
        );
      }
      if (v.apply !== true && (isNew || v['new-indicators'] === true || v.meeting !== undefined))
        throw CliFailure.usage(
          '--meeting, --new-meeting và --new-indicators chỉ dùng với --apply',
          '--meeting, --new-meeting and --new-indicators only go with --apply',
        );
      const newIndicators = v['new-indicators'] === true;
      const apply =
        v.apply !== true
          ? null
          : isNew
            ? { kind: 'new' as const, newIndicators }
            : { kind: 'merge' as const, meetingId: need(v.meeting, '--meeting'), newIndicators };
      const vault = v.vault === undefined ? undefined : need(v.vault, '--vault');
      return extractFile(io, need(rest[0], 'tệp / the file'), vault, v.json === true, apply);
    }
    case 'search':
      accept(p, 'search', ['vault', 'json']);
      if (rest.length === 0)
        throw CliFailure.usage('Thiếu từ khóa tìm kiếm', 'Missing the search query');
      return search(io, rest.join(' '), need(v.vault, '--vault'), v.json === true);
    case 'backup':
      takes(p, rest, 'backup', ['vault', 'out', 'force'], 0);
      return backup(io, need(v.vault, '--vault'), need(v.out, '--out'), v.force === true);
    case 'passwd':
      takes(p, rest, 'passwd', ['vault'], 0);
      return passwd(io, need(v.vault, '--vault'));
    case 'serve':
      takes(p, rest, 'serve', ['vault', 'port'], 0);
      return serve(io, typeof v.vault === 'string' ? v.vault : undefined, portOf(v.port));
    case 'history':
      takes(p, rest, 'history', ['vault', 'json'], 1);
      return showHistory(io, recordIdOf(rest[0]), need(v.vault, '--vault'), v.json === true);
    case 'restore':
      takes(p, rest, 'restore', ['vault', 'revision'], 1);
      return restoreRevision(
        io,
        recordIdOf(rest[0]),
        revisionOf(v.revision),
        need(v.vault, '--vault'),
      );
    case 'delete':
      takes(p, rest, 'delete', ['vault'], 1);
      return deleteRecord(io, recordIdOf(rest[0]), need(v.vault, '--vault'));
    case 'trash':
      if (rest[0] === 'list') {
        takes(p, rest, 'trash list', ['vault', 'json'], 1);
        return trashList(io, need(v.vault, '--vault'), v.json === true);
      }
      if (rest[0] === 'restore') {
        takes(p, rest, 'trash restore', ['vault'], 2);
        return trashRestore(io, recordIdOf(rest[1]), need(v.vault, '--vault'));
      }
      if (rest[0] === 'empty') {
        takes(p, rest, 'trash empty', ['vault'], 1);
        return trashEmpty(io, need(v.vault, '--vault'));
      }
      throw CliFailure.usage(
        'Lệnh "trash" có "trash list", "trash restore <mã>" và "trash empty"',
        'The "trash" commands are "trash list", "trash restore <id>" and "trash empty"',
      );
    case 'undo-import':
      takes(p, rest, 'undo-import', ['vault', 'forget'], 1);
      return undoImport(
        io,
        need(rest[0], 'mã gói / the package id'),
        need(v.vault, '--vault'),
        v.forget === true,
      );
    case undefined:
      throw CliFailure.usage('Thiếu lệnh', 'Missing command');
    default:
      throw CliFailure.usage(
        `Lệnh không tồn tại: ${command.slice(0, 40)}`,
        `Unknown command: ${command.slice(0, 40)}`,
      );
  }
}

/** Runs the CLI; resolves with the exit code. Never throws. */
export async function runCli(
  argv: string[],
  io: Output & { err(text: string): void },
): Promise<number> {
  try {
    const parsed = parse(argv);
    if (parsed.values.help === true || parsed.positionals[0] === 'help') {
      io.out(USAGE);
      return 0;
    }
    await dispatchCommand(parsed, io);
    return 0;
  } catch (e) {
    const failure =
      e instanceof CliFailure
        ? e
        : new CliFailure(
            'Đã xảy ra lỗi không mong muốn; dữ liệu đã lưu không bị thay đổi.',
            'An unexpected error occurred; saved data was not changed.',
          );
    io.err(failureLine(failure));
    return failure.exitCode;
  }
}
