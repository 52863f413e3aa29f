// The contract's call names as a plain array, for the preload: it must not bundle zod (the
// sandboxed preload is one small CommonJS file). The type below fails to compile when a call
// of the contract is missing here, and `satisfies` refuses a name the contract does not have.
import type { CallName } from './contract';

export const CALL_NAMES = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.enableKeychain',
  'vault.backup',
  'vault.restore',
  'vault.chooseFile',
  'settings.get',
  'settings.set',
  'meetings.list',
  'meetings.get',
  'meetings.save',
  'meetings.delete',
  'directives.list',
  'directives.get',
  'directives.save',
  'directives.updateProgress',
  'directives.delete',
  'indicators.list',
  'indicators.save',
  'indicators.delete',
  'observations.save',
  'observations.delete',
  'search.query',
  'sample.create',
  'organisation.get',
  'organisation.set',
  'briefs.list',
  'briefs.get',
  'briefs.create',
  'briefs.save',
  'briefs.delete',
  'briefs.revisions',
  'briefs.revision',
  'briefs.restore',
  'briefs.check',
  'briefs.refreshFigures',
  'briefs.export',
] as const satisfies readonly CallName[];

type Missing = Exclude<CallName, (typeof CALL_NAMES)[number]>;
/** `true` only when every call of the contract is listed; otherwise names the missing ones. */
export const CALL_NAMES_COMPLETE: [Missing] extends [never] ? true : Missing = true;
