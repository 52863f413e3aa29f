// The vault's exchange audit log: who (this vault's organisation), when, what, which package
// and whose fingerprints — for every seal, open (refused ones too, with the reason code),
// import, identity change and contact change. Lines are only ever added.
import type { VaultContext } from './context';

export type LogAction =
  | 'seal'
  | 'open'
  | 'open-refused'
  | 'import'
  | 'import-refused'
  | 'identity-update'
  | 'contact-add'
  | 'contact-rename'
  | 'contact-revoke';

export interface LogEntry {
  at: string;
  actor: string;
  action: LogAction;
  packageId: string | null;
  fingerprints: string[];
  summary: string;
}

export function logExchange(ctx: VaultContext, entry: Omit<LogEntry, 'at' | 'actor'>): void {
  ctx
    .stmt(
      'INSERT INTO exchange_log (at, actor, action, package_id, fingerprints, summary) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(
      new Date().toISOString(),
      ctx.organisation,
      entry.action,
      entry.packageId,
      JSON.stringify(entry.fingerprints),
      entry.summary,
    );
}

/** Newest first. */
export function exchangeLog(ctx: VaultContext): LogEntry[] {
  const rows = ctx
    .stmt(
      'SELECT at, actor, action, package_id, fingerprints, summary FROM exchange_log ORDER BY id DESC',
    )
    .all() as {
    at: string;
    actor: string;
    action: LogAction;
    package_id: string | null;
    fingerprints: string;
    summary: string;
  }[];
  return rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    action: r.action,
    packageId: r.package_id,
    fingerprints: JSON.parse(r.fingerprints) as string[],
    summary: r.summary,
  }));
}
