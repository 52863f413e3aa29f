// The one IPC contract (architecture.md rule 2). Every call the renderer can make is listed
// here once, with its input and output schemas. The preload, the main-side registration, the
// browser host and the renderer's client are all derived from this object, so no channel
// name is typed twice and a missing handler fails to compile.
import { z } from 'zod';
import { call, noInput, revision } from './call';
import {
  directive,
  directiveInput,
  directiveProgressUpdate,
  directiveKind,
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
import { historyCalls } from './history-calls';
import { lifecycleCalls } from './lifecycle-calls';
import { followUpCalls } from './follow-up-calls';
import { homeCalls } from './home-calls';
import { auditCalls } from './audit-calls';
import { draftsCalls } from './drafts-calls';
import { sourcesCalls } from './sources-calls';
import { reportsCalls } from './reports-calls';

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

/**
 * A file the user chose, as an opaque handle minted in main by a native dialog (Electron) or
 * the browser host's picker endpoint (issue 11): the renderer never names a path to a handler.
 */
const fileHandle = z.string().min(1, { message: 'cần chọn tệp / choose a file' }).max(64);
export const filePurpose = z.enum([
  'open-vault',
  'create-vault',
  'save-backup',
  'restore-source',
  'restore-target',
  // Packages (no package bytes over the calls): the native dialogs of the Electron shell.
  'save-package',
  'open-package',
  'attachments-folder',
]);
export type FilePurpose = z.infer<typeof filePurpose>;
const passphrase = z
  .string()
  .min(1)
  .max(1024)
  .transform((s) => s.normalize('NFC'));

export const language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof language>;

export const vaultStatus = z.object({
  state: z.enum(['none', 'locked', 'unlocked']),
  /** Shown to the user; never sent back. */
  path: z.string().nullable(),
  /** The known vault as an open-vault handle, for the unlock screen. */
  file: z.string().nullable(),
  organisation: z.string().nullable(),
  /** What the host can do: Electron's shell has native dialogs and the OS keychain. */
  host: z.enum(['electron', 'browser', 'cli']),
  keychainAvailable: z.boolean(),
  hasKeychainSlot: z.boolean(),
  idleLockMinutes: z.number(),
  /**
   * Which run of the host answered: a new value means the host restarted (crash, kill), so a
   * window still showing unsaved work keeps it across the unlock instead of dropping it.
   */
  hostInstance: z.string(),
});
export type VaultStatus = z.infer<typeof vaultStatus>;

export const settings = z.object({
  language,
  idleLockMinutes: z.number().int().min(1).max(240),
  /** `file` is an open-vault handle; `path` is for display only. */
  recentVaults: z.array(z.object({ path: z.string(), openedAt: z.string(), file: z.string() })),
  defaultVaultFolder: z.string(),
  /** Remind of directives falling due: a system notification (Electron), a banner (browser). */
  dueReminders: z.boolean(),
});
export type Settings = z.infer<typeof settings>;

/** Orders of the meeting register: by date either way, by title either way, by chair. */
export const meetingSort = z.enum(['date-desc', 'date-asc', 'title', 'title-desc', 'chair']);
export type MeetingSort = z.infer<typeof meetingSort>;

export const meetingFilter = z
  .object({
    year: z.number().int().min(1945).max(2200).optional(),
    kind: meetingKind.optional(),
    mode: meetingMode.optional(),
    /** The register's order, by a column header (issue 13 §6); newest first when absent. */
    sort: meetingSort.optional(),
  })
  .strict();
export type MeetingFilter = z.infer<typeof meetingFilter>;

/** Orders of the directive register, each an ORDER BY on indexed columns of the vault. */
export const directiveSort = z.enum([
  'deadline-asc',
  'deadline-desc',
  'status',
  'lead-unit',
  'updated-desc',
]);
export type DirectiveSort = z.infer<typeof directiveSort>;

export const directiveFilter = z
  .object({
    /** Tasks only, or recommendations only; both when absent. */
    kind: directiveKind.optional(),
    status: directiveStatus.optional(),
    assignee: text(300).optional(),
    leadUnit: text(300).optional(),
    overdue: z.boolean().optional(),
    incomplete: z.boolean().optional(),
    meetingId: recordId.optional(),
    pillar: pillar.optional(),
    /** The register's order (issue 13 §6); by deadline, soonest first, when absent. */
    sort: directiveSort.optional(),
    /** The caller's local date, for "overdue"; the host's date when absent. */
    today: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();
export type DirectiveFilter = z.infer<typeof directiveFilter>;

/**
 * The most rows one page of a register may ask for: a page is what a screen shows and a bit
 * more, so a larger request is a caller's mistake (every row would cross IPC at once).
 */
export const PAGE_LIMIT = 500;

/** One page of the directive register: the filter and order, and which rows (issue 13 §6). */
export const directivePageQuery = directiveFilter
  .extend({
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(PAGE_LIMIT),
  })
  .strict();
export type DirectivePageQuery = z.infer<typeof directivePageQuery>;

/** A page of rows and how many the filter leaves in all (the register's "N nhiệm vụ"). */
export const directivePage = z.object({
  rows: z.array(directive),
  total: z.number().int().min(0),
});
export type DirectivePage = z.infer<typeof directivePage>;

/** Orders of the indicator register: by pillar then name (grouped), by name, by newest figure. */
export const indicatorSort = z.enum(['pillar', 'name', 'name-desc', 'latest']);
export type IndicatorSort = z.infer<typeof indicatorSort>;

export const searchHit = z.object({
  type: z.enum(['meeting', 'directive', 'indicator', 'brief', 'observation']),
  id: z.string(),
  /** An observation's indicator: the hit opens that indicator with the observation marked. */
  indicatorId: z.string().optional(),
  /** A directive that is a delegate's recommendation, not a task: the result says so. */
  recommendation: z.boolean().optional(),
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
  briefs: z.array(searchHit),
  observations: z.array(searchHit),
  tookMs: z.number(),
});
export type SearchResult = z.infer<typeof searchResult>;

const revisionRef = z.object({ id: recordId, revision }).strict();

export const contract = {
  'vault.status': call(noInput, vaultStatus),
  'vault.create': call(
    z
      .object({ file: fileHandle, passphrase, organisation: text(200).pipe(z.string().min(1)) })
      .strict(),
    z.object({ recoveryKey: z.string(), status: vaultStatus }),
  ),
  'vault.unlock': call(
    z.union([
      z.object({ file: fileHandle, passphrase }).strict(),
      z.object({ file: fileHandle, recoveryKey: z.string().min(1).max(200) }).strict(),
      z.object({ file: fileHandle, keychain: z.literal(true) }).strict(),
    ]),
    vaultStatus,
  ),
  'vault.lock': call(noInput, vaultStatus),
  // After an unlock with the recovery key the user may not know the passphrase: the recovery
  // key proves the right to set a new one as well.
  'vault.changePassphrase': call(
    z.union([
      z.object({ current: passphrase, next: passphrase }).strict(),
      z.object({ recoveryKey: z.string().min(1).max(200), next: passphrase }).strict(),
    ]),
    z.object({ changed: z.literal(true) }),
  ),
  'vault.enableKeychain': call(z.object({ enabled: z.boolean() }).strict(), vaultStatus),
  'vault.backup': call(
    z.object({ file: fileHandle }).strict(),
    z.object({ path: z.string(), bytes: z.number() }),
  ),
  // Restore needs the backup's secret: the copy is opened and checked before it gets its name.
  'vault.restore': call(
    z.union([
      z.object({ source: fileHandle, target: fileHandle, passphrase }).strict(),
      z
        .object({ source: fileHandle, target: fileHandle, recoveryKey: z.string().min(1).max(200) })
        .strict(),
    ]),
    /** `file`: an open-vault handle for the restored copy, to unlock it next. */
    z.object({ path: z.string(), file: z.string() }),
  ),
  /** A native dialog where the host has one (Electron); null elsewhere (the browser host has /api/pick). */
  'vault.chooseFile': call(
    z.object({ purpose: filePurpose }).strict(),
    z.object({ file: z.string().nullable(), name: z.string().nullable() }),
  ),
  'settings.get': call(noInput, settings),
  'settings.set': call(
    z
      .object({
        language: language.optional(),
        idleLockMinutes: z.number().int().min(1).max(240).optional(),
        dueReminders: z.boolean().optional(),
        /** Recent-vault entries to drop from the list, by their handles (files are not touched). */
        forgetRecent: z.array(fileHandle).max(64).optional(),
      })
      .strict(),
    settings,
  ),
  'meetings.list': call(meetingFilter, z.array(meetingSummary)),
  'meetings.get': call(z.object({ id: recordId }).strict(), meeting),
  'meetings.save': call(meetingInput.strict(), meeting),
  'meetings.delete': call(revisionRef, z.object({ deleted: z.literal(true) })),
  /** Every row the filter leaves, in order: for printing, exports and pickers. */
  'directives.list': call(directiveFilter, z.array(directive)),
  /** One page of them and their count, for the on-screen register (paged in SQL). */
  'directives.page': call(directivePageQuery, directivePage),
  'directives.get': call(z.object({ id: recordId }).strict(), directive),
  'directives.save': call(directiveInput.strict(), directive),
  'directives.updateProgress': call(directiveProgressUpdate.strict(), directive),
  'directives.delete': call(revisionRef, z.object({ deleted: z.literal(true) })),
  'indicators.list': call(
    z.object({ pillar: pillar.optional(), sort: indicatorSort.optional() }).strict(),
    z.array(indicatorWithObservations),
  ),
  'indicators.save': call(indicatorInput.strict(), indicator),
  'indicators.delete': call(revisionRef, z.object({ deleted: z.literal(true) })),
  'observations.save': call(observationInput.strict(), observation),
  'observations.delete': call(revisionRef, z.object({ deleted: z.literal(true) })),
  'search.query': call(
    z.object({ q: text(500), limit: z.number().int().min(1).max(200).optional() }).strict(),
    searchResult,
  ),
  'sample.create': call(
    noInput,
    z.object({
      meetings: z.number(),
      /** Tasks ("nhiệm vụ"); the recommendations among the directives are counted apart. */
      directives: z.number(),
      recommendations: z.number(),
      indicators: z.number(),
      observations: z.number(),
    }),
  ),
  // Briefs and the organisation profile that fills their headers (issue 3).
  ...briefCalls,
  ...exchangeCalls,
  ...historyCalls,
  ...lifecycleCalls,
  ...followUpCalls,
  ...homeCalls,
  ...auditCalls,
  ...draftsCalls,
  ...sourcesCalls,
  ...reportsCalls,
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
