// The vault as the handlers see it. Implemented in this folder over encrypted SQLite; every
// method returns domain objects (never rows) and throws AppFailure for a user-facing problem.
import type {
  Directive,
  DirectiveProgressUpdate,
  Indicator,
  IndicatorWithObservations,
  Meeting,
  MeetingSummary,
  Observation,
  Pillar,
} from '../../../shared/domain';
import type {
  DirectiveFilter,
  DirectivePage,
  DirectivePageQuery,
  IndicatorSort,
  MeetingFilter,
  SearchResult,
  ParsedInput,
} from '../../../shared/contract';
import type {
  BriefRevisionInfo,
  BriefSummary,
  ExportFormat,
  StoredBrief,
} from '../../../shared/contract';
import type {
  Brief,
  BriefOrganisation,
  FigureState,
  IndicatorFigureNode,
} from '../../../shared/brief';
import type { exchangeRepository } from './exchange/repository';
import type { historyRepository } from './repositories/history';
import type { importsRepository } from './exchange/import-journal';
import type { trashRepository } from './repositories/trash';
import type { userProfileRepository } from './repositories/user-profile';
import type { lifecycleRepository } from './repositories/brief-lifecycle';
import type { sourcesRepository } from './repositories/sources';
import type { followUpRepository } from './repositories/follow-up';
import type { DraftsRepository } from './repositories/drafts';

export type MeetingSave = ParsedInput<'meetings.save'>;
export type DirectiveSave = ParsedInput<'directives.save'>;
export type IndicatorSave = ParsedInput<'indicators.save'>;
export type ObservationSave = ParsedInput<'observations.save'>;

/** One export of a brief: which revision the file came from, and the file's SHA-256. */
export interface BriefExportRecord {
  briefId: string;
  revision: number;
  format: ExportFormat;
  sha256: string;
  exportedAt: string;
}

export interface OpenVault {
  readonly path: string;
  readonly organisation: string;
  readonly hasKeychainSlot: boolean;

  meetings: {
    list(filter: MeetingFilter): MeetingSummary[];
    get(id: string): Meeting;
    /** Insert (no id) or update (id + the revision the caller saw; a stale one → 'conflict'). */
    save(input: MeetingSave): Meeting;
    delete(id: string, revision: number): void;
  };
  directives: {
    list(filter: DirectiveFilter & { today: string }): Directive[];
    /** One page of the register in SQL, with the filter's count. */
    page(query: DirectivePageQuery & { today: string }): DirectivePage;
    get(id: string): Directive;
    save(input: DirectiveSave): Directive;
    updateProgress(update: DirectiveProgressUpdate): Directive;
    delete(id: string, revision: number): void;
  };
  indicators: {
    list(pillar?: Pillar, sort?: IndicatorSort): IndicatorWithObservations[];
    /** One indicator with its series (newest first), or null if it is not in the vault. */
    withSeries(id: string): IndicatorWithObservations | null;
    save(input: IndicatorSave): Indicator;
    delete(id: string, revision: number): void;
  };
  observations: {
    save(input: ObservationSave): Observation;
    delete(id: string, revision: number): void;
  };
  search(query: string, limit: number): SearchResult;

  /** Briefs with their revisions (every content change is one; stale revision → 'conflict'). */
  briefs: {
    list(meetingId?: string): BriefSummary[];
    get(id: string): StoredBrief;
    /** `imported`: a brief from a package keeps its id and origin organisation. */
    create(
      brief: Brief,
      imported?: { id: string; originOrg: string },
      correctsId?: string,
    ): StoredBrief;
    /** A save identical to the current content returns the current brief, no new revision. */
    save(id: string, revision: number, brief: Brief): StoredBrief;
    delete(id: string, revision: number): void;
    /** Newest first. */
    revisions(id: string): BriefRevisionInfo[];
    revision(id: string, revision: number): Brief;
    restore(id: string, revision: number, from: number): StoredBrief;
    refreshFigures(id: string, revision: number): StoredBrief;
    /** How each figure compares with the vault now (for the pre-export check). */
    figureStates(): (node: IndicatorFigureNode) => FigureState;
    recordExport(record: BriefExportRecord): void;
    /** Oldest first. */
    exports(id: string): BriefExportRecord[];
  };
  /** Who issues and signs the briefs of this vault (defaults from the organisation name). */
  organisationProfile: {
    get(): BriefOrganisation;
    set(profile: BriefOrganisation): BriefOrganisation;
  };

  /** Status, issuing with the outgoing register, correcting documents (issue 10). */
  lifecycle: ReturnType<typeof lifecycleRepository>;

  /** This vault's identity and contacts, packages sealed and opened, their audit log (issue 4). */
  exchange: ReturnType<typeof exchangeRepository>;
  /** Received reports kept whole, and where accepted figures and directives came from (issue 12). */
  sources: ReturnType<typeof sourcesRepository>;

  /** Revisions of any record by id, and restore as a new revision (issue 9). */
  history: ReturnType<typeof historyRepository>;
  /** Deleted records with their links; restore, empty (issue 9). */
  trash: ReturnType<typeof trashRepository>;
  /** Imported packages as undoable units (issue 9). */
  imports: ReturnType<typeof importsRepository>;
  /** The person using this vault: named as the author of revisions (issue 9). */
  userProfile: ReturnType<typeof userProfileRepository>;
  /** Statistics and the home screen's lists (issue 13). */
  followUp: ReturnType<typeof followUpRepository>;

  /** Editors' unsaved state, kept encrypted until the record is saved (issue 9). */
  drafts: DraftsRepository;

  /** Several writes in one transaction (sample data, later package imports). */
  transaction<T>(work: () => T): T;
  /** VACUUM INTO a plain file name, fsync, rename, integrity_check (security.md). */
  /** `replace`: the user chose this exact existing file (save dialog, CLI --force). */
  backup(outPath: string, replace?: boolean): { path: string; bytes: number };
  /** Rewrites the passphrase slot only; the database is untouched. */
  /** `current`: the passphrase, or the recovery key as `{ recoveryKey }`. */
  changePassphrase(current: string | { recoveryKey: string }, next: string): Promise<void>;
  /**
   * Adds (wrap given) or removes the OS-keychain slot. The wrap function receives a random
   * 32-byte slot key (which in turn AEAD-wraps the DEK) and returns the platform's opaque blob;
   * the `keychain` unlock secret must return those same 32 bytes from that blob.
   */
  setKeychainSlot(wrappedDek: ((dek: Buffer) => Buffer) | null): void;
  /** Closes the database and zeroes the key buffers. Idempotent. */
  close(): void;
}

export type UnlockSecret =
  | { passphrase: string }
  | { recoveryKey: string }
  /** The keychain slot's blob is handed to the platform, which returns the DEK. */
  | { keychain: (wrapped: Buffer) => Buffer };

export interface VaultFactory {
  create(
    path: string,
    passphrase: string,
    organisation: string,
  ): Promise<{ vault: OpenVault; recoveryKey: string }>;
  open(path: string, secret: UnlockSecret): Promise<OpenVault>;
  /**
   * Copies a backup and its `.keys` beside targetPath; never overwrites ('vault-exists').
   * The backup's secret is required: the copy is opened with it and integrity-checked before
   * it takes the target's name.
   */
  restore(backupPath: string, targetPath: string, secret: UnlockSecret): Promise<{ path: string }>;
}
