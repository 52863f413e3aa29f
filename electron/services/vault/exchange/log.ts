// The vault's exchange audit log: who (this vault's organisation), when, what, which package
// and whose fingerprints — for every seal, open (refused ones too, with the reason code),
// import, card issue, identity change and contact change. Lines are only ever added, each
// chained to the one before by its hash (exchange/audit-chain.ts), so an edit shows.
import {
  entryHash,
  firstBreak,
  GENESIS_HASH,
  type ChainBreak,
  type ChainRow,
} from '../../exchange/audit-chain';
import type { VaultContext } from '../context';

export type LogAction =
  | 'seal'
  | 'open'
  | 'open-refused'
  | 'import'
  | 'import-refused'
  | 'identity-issue'
  | 'identity-update'
  | 'contact-add'
  | 'contact-rename'
  | 'contact-revoke';

/**
 * What the app shows in words (the summary stays for the CLI and older entries): the refusal's
 * code, the import's counts, the number of items sealed or previewed.
 */
export type LogDetail =
  | { kind: 'refused'; code: string }
  | { kind: 'items'; items: number; leftOut?: number }
  | {
      kind: 'imported';
      added: number;
      updated: number;
      skipped: number;
      keptMine: number;
      copies: number;
    };

export interface LogEntry {
  at: string;
  actor: string;
  action: LogAction;
  packageId: string | null;
  fingerprints: string[];
  summary: string;
  detail: LogDetail | null;
}

const lastHash = (ctx: VaultContext): string =>
  (
    ctx.stmt('SELECT hash FROM exchange_log ORDER BY id DESC LIMIT 1').get() as
      { hash: string | null } | undefined
  )?.hash ?? GENESIS_HASH;

export function logExchange(
  ctx: VaultContext,
  entry: Omit<LogEntry, 'at' | 'actor' | 'detail'> & { detail?: LogDetail },
): void {
  // Read the previous hash and append in one transaction: two writers cannot fork the chain.
  ctx.tx(() => {
    const prev = lastHash(ctx);
    const id =
      ((ctx.stmt('SELECT max(id) AS id FROM exchange_log').get() as { id: number | null }).id ??
        0) + 1;
    const row = {
      id,
      at: new Date().toISOString(),
      actor: ctx.organisation,
      action: entry.action,
      packageId: entry.packageId,
      fingerprints: JSON.stringify(entry.fingerprints),
      summary: entry.summary,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    };
    ctx
      .stmt(
        'INSERT INTO exchange_log (id, at, actor, action, package_id, fingerprints, summary, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        row.id,
        row.at,
        row.actor,
        row.action,
        row.packageId,
        row.fingerprints,
        row.summary,
        row.detail,
        prev,
        entryHash(prev, row),
      );
  });
}

type Row = {
  id: number;
  at: string;
  actor: string;
  action: LogAction;
  package_id: string | null;
  fingerprints: string;
  summary: string;
  detail: string | null;
  prev_hash: string | null;
  hash: string | null;
};

const COLUMNS = 'id, at, actor, action, package_id, fingerprints, summary, detail, prev_hash, hash';

const parseDetail = (d: string | null): LogDetail | null => {
  if (d === null) return null;
  try {
    return JSON.parse(d) as LogDetail;
  } catch {
    return null;
  }
};

/** Newest first. */
export function exchangeLog(ctx: VaultContext): LogEntry[] {
  const rows = ctx.stmt(`SELECT ${COLUMNS} FROM exchange_log ORDER BY id DESC`).all() as Row[];
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    action: r.action,
    packageId: r.package_id,
    fingerprints: JSON.parse(r.fingerprints) as string[],
    summary: r.summary,
    detail: parseDetail(r.detail),
  }));
}

export interface AuditVerification {
  entries: number;
  /** The first entry whose link or content does not hold; null when the chain is whole. */
  firstBreak: ChainBreak | null;
}

/** Walks the chain from the first entry (row by row: a long log is not held in memory). */
export function verifyExchangeLog(ctx: VaultContext): AuditVerification {
  let entries = 0;
  const rows = function* (): Generator<ChainRow> {
    for (const r of ctx
      .stmt(`SELECT ${COLUMNS} FROM exchange_log ORDER BY id`)
      .iterate() as Iterable<Row>) {
      entries++;
      yield {
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        packageId: r.package_id,
        fingerprints: r.fingerprints,
        summary: r.summary,
        detail: r.detail,
        prevHash: r.prev_hash,
        hash: r.hash,
      };
    }
  };
  const broken = firstBreak(rows());
  return { entries, firstBreak: broken };
}
