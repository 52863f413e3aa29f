// The one IPC contract (architecture.md rule 2). Every call the renderer can make is listed
// here once, with its input and output schemas. The preload, the main-side registration, the
// browser host and the renderer's client are all derived from this object, so no channel
// name is typed twice and a missing handler fails to compile.
import { z } from 'zod';
import {
  directive,
  directiveInput,
  directiveProgressUpdate,
  directiveStatus,
  indicatorInput,
  indicator,
  indicatorWithObservations,
  meeting,
  meetingInput,
  meetingKind,
  meetingMode,
  meetingSummary,
  observation,
  observationInput,
  pillar,
  recordId,
} from './domain';
import { text } from './text';
import type { Result } from './result';
import { briefCalls } from './brief-calls';
import { exchangeCalls } from './exchange-calls';
import { sourcesCalls } from './sources-calls';

export {
  briefOrganisation,
  briefRevisionInfo,
  briefSummary,
  exportFormat,
  exportProblem,
  meetingTemplateName,
  storedBrief,
  type BriefRevisionInfo,
  type BriefSummary,
  type ExportFormat,
  type StoredBrief,
} from './brief-calls';

const empty = z.object({}).strict();
const path = z
  .string()
  .min(1, { message: 'cần đường dẫn / path required' })
  .max(4096)
  .transform((s) => s.normalize('NFC'));
const passphrase = z.string().min(1).max(1024).transform((s) => s.normalize('NFC'));

export const language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof language>;

export const vaultStatus = z.object({
  state: z.enum(['none', 'locked', 'unlocked']),
  path: z.string().nullable(),
  organisation: z.string().nullable(),
  /** What the host can do: Electron's shell has native dialogs and the OS keychain. */
  host: z.enum(['electron', 'browser', 'cli']),
  keychainAvailable: z.boolean(),
  hasKeychainSlot: z.boolean(),
  idleLockMinutes: z.number(),
});
export type VaultStatus = z.infer<typeof vaultStatus>;

export const settings = z.object({
  language,
  idleLockMinutes: z.number().int().min(1).max(240),
  recentVaults: z.array(z.object({ path: z.string(), openedAt: z.string() })),
  defaultVaultFolder: z.string(),
});
export type Settings = z.infer<typeof settings>;

export const meetingFilter = z
  .object({
    year: z.number().int().min(1945).max(2200).optional(),
    kind: meetingKind.optional(),
    mode: meetingMode.optional(),
    sort: z.enum(['date-desc', 'date-asc', 'title']).optional(),
  })
  .strict();
export type MeetingFilter = z.infer<typeof meetingFilter>;

export const directiveFilter = z
  .object({
    status: directiveStatus.optional(),
    assignee: text(300).optional(),
    leadUnit: text(300).optional(),
    overdue: z.boolean().optional(),
    incomplete: z.boolean().optional(),
    meetingId: recordId.optional(),
    pillar: pillar.optional(),
    /** The caller's local date, for "overdue"; the host's date when absent. */
    today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict();
export type DirectiveFilter = z.infer<typeof directiveFilter>;

export const searchHit = z.object({
  type: z.enum(['meeting', 'directive', 'indicator']),
  id: z.string(),
  title: z.string(),
  /** Text around the match, for display; the UI highlights the query's words in it. */
  snippet: z.string(),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResult = z.object({
  query: z.string(),
  meetings: z.array(searchHit),
  directives: z.array(searchHit),
  indicators: z.array(searchHit),
  tookMs: z.number(),
});
export type SearchResult = z.infer<typeof searchResult>;

const revisionRef = z.object({ id: recordId, revision: z.number().int().min(1) }).strict();

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'vault.status': call(empty, vaultStatus),
  'vault.create': call(
    z.object({ path, passphrase, organisation: text(200).pipe(z.string().min(1)) }).strict(),
    z.object({ recoveryKey: z.string(), status: vaultStatus }),
  ),
  'vault.unlock': call(
    z.union([
      z.object({ path, passphrase }).strict(),
      z.object({ path, recoveryKey: z.string().min(1).max(200) }).strict(),
      z.object({ path, keychain: z.literal(true) }).strict(),
    ]),
    vaultStatus,
  ),
  'vault.lock': call(empty, vaultStatus),
  'vault.changePassphrase': call(
    z.object({ current: passphrase, next: passphrase }).strict(),
    z.object({ changed: z.literal(true) }),
  ),
  'vault.enableKeychain': call(z.object({ enabled: z.boolean() }).strict(), vaultStatus),
  'vault.backup': call(z.object({ outPath: path }).strict(), z.object({ path: z.string(), bytes: z.number() })),
  'vault.restore': call(
    z.object({ backupPath: path, targetPath: path }).strict(),
    z.object({ path: z.string() }),
  ),
  'vault.chooseFile': call(
    z.object({ purpose: z.enum(['open', 'create', 'backup']) }).strict(),
    z.object({ path: z.string().nullable() }),
  ),
  'settings.get': call(empty, settings),
  'settings.set': call(
    z.object({ language: language.optional(), idleLockMinutes: z.number().int().min(1).max(240).optional() }).strict(),
    settings,
  ),
  'meetings.list': call(meetingFilter, z.array(meetingSummary)),
  'meetings.get': call(z.object({ id: recordId }).strict(), meeting),
  'meetings.save': call(meetingInput.strict(), meeting),
  'meetings.delete': call(revisionRef, z.object({ deleted: z.literal(true) })),
  'directives.list': call(directiveFilter, z.array(directive)),
  'directives.get': call(z.object({ id: recordId }).strict(), directive),
  'directives.save': call(directiveInput.strict(), directive),
  'directives.updateProgress': call(directiveProgressUpdate.strict(), directive),
  'directives.delete': call(revisionRef, z.object({ deleted: z.literal(true) })),
  'indicators.list': call(z.object({ pillar: pillar.optional() }).strict(), z.array(indicatorWithObservations)),
  'indicators.save': call(indicatorInput.strict(), indicator),
  'indicators.delete': call(revisionRef, z.object({ deleted: z.literal(true) })),
  'observations.save': call(observationInput.strict(), observation),
  'observations.delete': call(revisionRef, z.object({ deleted: z.literal(true) })),
  'search.query': call(
    z.object({ q: text(500), limit: z.number().int().min(1).max(200).optional() }).strict(),
    searchResult,
  ),
  'sample.create': call(
    empty,
    z.object({ meetings: z.number(), directives: z.number(), indicators: z.number(), observations: z.number() }),
  ),
  // Briefs and the organisation profile that fills their headers (issue 3).
  ...briefCalls,
  ...exchangeCalls,
  ...sourcesCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;
export const callNames = Object.keys(contract) as CallName[];

/** The client both hosts expose to the renderer: one promise-returning function per call. */
export type DeskApi = {
  [N in CallName]: (input: CallInput<N>) => Promise<Result<CallOutput<N>>>;
};

/** Maps a zod failure to the field-level issues of an invalid-input error. */
export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }));
}
