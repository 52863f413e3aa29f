// The CLI's organisation and lifecycle commands (issue 10): show and set the organisation
// profile that fills the headers, check a brief, issue it (the next number of the outgoing
// register), list the register. They go through the app's calls, so the rules are the app's.
import type {
  BriefOrganisation,
  ExportProblem,
  RegisterEntry,
  SigningAuthority,
} from '../../shared/brief';
import { registerRow, REGISTER_COLUMNS } from '../../shared/brief';
import type { CallOutput } from '../../shared/contract';
import { parseShortDate } from '../../shared/format';
import { call, withVault, type Output } from './commands';
import { CliFailure } from './failure';

export interface OrgChanges {
  issuer?: string;
  issuerAbbrev?: string;
  superior?: string;
  unitAbbrev?: string;
  place?: string;
  signerName?: string;
  signerTitle?: string;
  authority?: SigningAuthority;
  authorityOf?: string;
  drafterInitials?: string;
}

const AUTHORITIES: Record<string, SigningAuthority> = {
  'TM.': 'TM',
  'KT.': 'KT',
  'TL.': 'TL',
  'TUQ.': 'TUQ',
  'Q.': 'Q',
  none: 'none',
};

/** `--authority KT.` (the dot optional) or `none`. */
export function authorityOf(value: string): SigningAuthority {
  const found = AUTHORITIES[value] ?? AUTHORITIES[`${value}.`];
  if (!found) {
    throw CliFailure.usage(
      '--authority nhận TM., KT., TL., TUQ., Q. hoặc none',
      '--authority takes TM., KT., TL., TUQ., Q. or none',
    );
  }
  return found;
}

/** `dd/mm/yyyy` → ISO, refused with the parser's own bilingual reason. */
export function dateOption(value: string): string {
  const parsed = parseShortDate(value);
  if (!parsed.ok)
    throw CliFailure.usage(`--date: ${parsed.message.vi}`, `--date: ${parsed.message.en}`);
  return parsed.value;
}

function profileText(p: BriefOrganisation): string {
  const s = p.signer;
  const signer = (x: typeof s) =>
    [x.authority === 'none' ? '' : `${x.authority}. ${x.authorityOf}`, x.title, x.name]
      .filter((t) => t.trim())
      .join(' / ');
  const lines: [string, string][] = [
    ['Cơ quan chủ quản / Superior body', p.superiorBody],
    ['Cơ quan ban hành / Issuer', p.name],
    ['Viết tắt / Issuer abbreviation', p.abbreviation],
    ['Đơn vị soạn thảo / Drafting unit', p.draftingUnit],
    ['Địa danh / Place', p.place],
    ['Người ký / Signer', signer(s)],
    ...(p.otherSigners ?? []).map((o, i): [string, string] => [
      `Người ký khác ${i + 1} / Other signer ${i + 1}`,
      signer(o),
    ]),
    ['Người soạn thảo / Drafter', p.drafterInitials],
  ];
  return lines.map(([k, v]) => `${k}: ${v.trim() || '(chưa có / not set)'}`).join('\n');
}

export const orgShow = (io: Output, vault: string, json: boolean) =>
  withVault(vault, async (desk) => {
    const profile = await call(desk, 'organisation.get', {});
    io.out(json ? JSON.stringify(profile, null, 2) : profileText(profile));
  });

export const orgSet = (io: Output, vault: string, changes: OrgChanges) =>
  withVault(vault, async (desk) => {
    const p = await call(desk, 'organisation.get', {});
    const authority = changes.authority ?? p.signer.authority;
    const next: BriefOrganisation = {
      ...p,
      name: changes.issuer ?? p.name,
      abbreviation: changes.issuerAbbrev ?? p.abbreviation,
      superiorBody: changes.superior ?? p.superiorBody,
      draftingUnit: changes.unitAbbrev ?? p.draftingUnit,
      place: changes.place ?? p.place,
      drafterInitials: changes.drafterInitials ?? p.drafterInitials,
      signer: {
        authority,
        // "none" signs in one's own name: no one is stood in for.
        authorityOf: authority === 'none' ? '' : (changes.authorityOf ?? p.signer.authorityOf),
        title: changes.signerTitle ?? p.signer.title,
        name: changes.signerName ?? p.signer.name,
      },
    };
    const saved = await call(desk, 'organisation.set', next);
    io.out(profileText(saved));
  });

function problemLine(p: ExportProblem): string {
  const level = p.severity === 'blocking' ? 'CHẶN / BLOCKING' : 'LƯU Ý / WARNING';
  return `[${level}] ${p.field}: ${p.message.vi} / ${p.message.en}`;
}

export const briefCheck = (io: Output, id: string, vault: string, json: boolean) =>
  withVault(vault, async (desk) => {
    const brief = await call(desk, 'briefs.get', { id });
    const problems = await call(desk, 'briefs.check', { id });
    if (json) {
      io.out(JSON.stringify({ id, status: brief.status, problems }, null, 2));
      return;
    }
    if (problems.length === 0) io.out('Không có vấn đề / No problems.');
    for (const p of problems) io.out(problemLine(p));
  });

export const briefIssue = (
  io: Output,
  id: string,
  vault: string,
  date: string | null,
  json: boolean,
) =>
  withVault(vault, async (desk) => {
    const current = await call(desk, 'briefs.get', { id });
    const result = await desk.dispatch('briefs.issue', {
      id,
      revision: current.revision,
      ...(date ? { date } : {}),
    });
    if (!result.ok) {
      // The reasons, one per line (stdout, or JSON), then the one-line failure on stderr.
      const issues = result.error.issues ?? [];
      if (json)
        io.out(
          JSON.stringify(
            {
              issued: false,
              reasons:
                issues.length > 0
                  ? issues
                  : [
                      {
                        path: '',
                        message: `${result.error.message.vi} / ${result.error.message.en}`,
                      },
                    ],
            },
            null,
            2,
          ),
        );
      else for (const i of issues) io.out(`- ${i.path}: ${i.message}`);
      throw CliFailure.fromAppError(result.error);
    }
    const { entry, brief } = result.value as CallOutput<'briefs.issue'>;
    if (json) {
      io.out(
        JSON.stringify(
          {
            issued: true,
            id,
            numberSymbol: entry?.numberSymbol ?? null,
            date: brief.brief.header.date,
            entry,
          },
          null,
          2,
        ),
      );
    } else {
      io.out(
        entry
          ? entry.numberSymbol
          : `Đã hoàn thành (tài liệu nội bộ, không cấp số) / Finalised (working paper, no number)`,
      );
    }
  });

function registerText(entries: readonly RegisterEntry[]): string {
  if (entries.length === 0)
    return 'Sổ văn bản đi chưa có văn bản nào / The outgoing register is empty.';
  const head = REGISTER_COLUMNS.map((c) => c.vi).join(' | ');
  return [head, ...entries.map((e) => registerRow(e).join(' | '))].join('\n');
}

export const registerList = (io: Output, vault: string, year: number | null, json: boolean) =>
  withVault(vault, async (desk) => {
    const entries = await call(desk, 'register.list', year === null ? {} : { year });
    io.out(json ? JSON.stringify(entries, null, 2) : registerText(entries));
  });
