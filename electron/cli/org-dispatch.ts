// The subcommands of the organisation profile ("org show", "org set") and of a brief's
// lifecycle ("brief check", "brief issue"): their options read and checked, then run.
import type { Output } from './commands';
import { need, takes, type OptionName, type Parsed } from './args';
import {
  authorityOf,
  briefCheck,
  briefIssue,
  dateOption,
  orgSet,
  orgShow,
  type OrgChanges,
} from './org-commands';
import { CliFailure } from './failure';

const ORG_OPTIONS: [OptionName, keyof OrgChanges][] = [
  ['issuer', 'issuer'],
  ['issuer-abbrev', 'issuerAbbrev'],
  ['superior', 'superior'],
  ['unit-abbrev', 'unitAbbrev'],
  ['place', 'place'],
  ['signer-name', 'signerName'],
  ['signer-title', 'signerTitle'],
  ['authority-of', 'authorityOf'],
  ['drafter-initials', 'drafterInitials'],
];

export function orgCommand(p: Parsed, rest: string[], io: Output): Promise<void> {
  const v = p.values;
  if (rest[0] === 'show') {
    takes(p, rest, 'org show', ['vault', 'json'], 1);
    return orgShow(io, need(v.vault, '--vault'), v.json === true);
  }
  if (rest[0] !== 'set')
    throw CliFailure.usage(
      'Lệnh "org" có "org show" và "org set"',
      'The "org" commands are "org show" and "org set"',
    );
  takes(p, rest, 'org set', ['vault', 'authority', ...ORG_OPTIONS.map(([o]) => o)], 1);
  const changes: OrgChanges = {};
  for (const [option, key] of ORG_OPTIONS) {
    const value = v[option];
    // An empty value clears the field (a superior body that no longer applies).
    if (typeof value === 'string') (changes as Record<string, string>)[key] = value.trim();
  }
  if (typeof v.authority === 'string') changes.authority = authorityOf(v.authority);
  return orgSet(io, need(v.vault, '--vault'), changes);
}

export function briefLifecycle(p: Parsed, rest: string[], io: Output): Promise<void> {
  const v = p.values;
  const command = `brief ${rest[0]}`;
  takes(p, rest, command, rest[0] === 'issue' ? ['vault', 'json', 'date'] : ['vault', 'json'], 2);
  const id = need(rest[1], 'mã văn bản / the brief id');
  if (rest[0] === 'check') return briefCheck(io, id, need(v.vault, '--vault'), v.json === true);
  const date = v.date === undefined ? null : dateOption(need(v.date, '--date'));
  return briefIssue(io, id, need(v.vault, '--vault'), date, v.json === true);
}
