// Status changes and issuing (issue 10). Issuing is ONE transaction: read the next number of
// this organisation's register for the year, write the brief's issued revision (number, date,
// no draft mark), the register entry and the status together — a kill at any moment leaves
// either all three or none. The register's keys refuse a second document on a number and a
// second number for a document even if a caller got the sequence wrong.
import {
  blockingProblems,
  correctionDraft,
  issuedBrief,
  numberSymbolText,
  preExportCheck,
  signerText,
  yearOf,
  type BriefStatus,
  type RegisterEntry,
} from '../../../../shared/brief';
import type { StoredBrief } from '../../../../shared/contract';
import type { IsoDate } from '../../../../shared/domain/common';
import { formatShortDate } from '../../../../shared/format';
import { briefsRepository } from './briefs';
import { figureStateIn } from './brief-figures';
import type { VaultContext } from '../context';
import { failures } from '../failures';
import { lifecycleFailures } from './lifecycle-failures';

interface RegisterRow {
  origin_org: string;
  year: number;
  number: number;
  brief_id: string;
  number_symbol: string;
  issued_on: string;
  type_name: string;
  abstract: string;
  signer: string;
  recipients: string;
  registered_at: string;
}

const toEntry = (r: RegisterRow): RegisterEntry => ({
  originOrg: r.origin_org,
  year: r.year,
  number: r.number,
  numberSymbol: r.number_symbol,
  issuedOn: r.issued_on,
  briefId: r.brief_id,
  typeName: r.type_name,
  abstract: r.abstract,
  signer: r.signer,
  recipients: JSON.parse(r.recipients) as string[],
  registeredAt: r.registered_at,
});

function setStatus(
  ctx: VaultContext,
  id: string,
  revision: number,
  to: Exclude<BriefStatus, 'issued'>,
): StoredBrief {
  return ctx.tx(() => {
    const current = briefsRepository(ctx).get(id);
    if (current.revision !== revision) throw failures.conflict();
    if (current.status === 'issued') throw lifecycleFailures.issuedReadOnly();
    ctx.stmt('UPDATE briefs SET status = ? WHERE id = ?').run(to, id);
    return briefsRepository(ctx).get(id);
  });
}

function lastOfYear(ctx: VaultContext, year: number): RegisterRow | undefined {
  return ctx
    .stmt(
      'SELECT * FROM outgoing_register WHERE origin_org = ? AND year = ? ORDER BY number DESC LIMIT 1',
    )
    .get(ctx.organisation, year) as RegisterRow | undefined;
}

function issue(
  ctx: VaultContext,
  id: string,
  revision: number,
  date: IsoDate,
): { brief: StoredBrief; entry: RegisterEntry | null } {
  return ctx.tx(() => {
    const briefs = briefsRepository(ctx);
    const current = briefs.get(id);
    if (current.revision !== revision) throw failures.conflict();
    if (current.status === 'issued') {
      const entry = ctx
        .stmt('SELECT number_symbol FROM outgoing_register WHERE brief_id = ?')
        .get(id) as { number_symbol: string } | undefined;
      throw lifecycleFailures.alreadyIssued(entry?.number_symbol ?? '—');
    }
    const h = current.brief.header;
    const year = yearOf(date);
    // A working paper (talking points) carries no number: it is frozen, not registered.
    const numbered = h.form !== 'internal';
    const last = numbered ? lastOfYear(ctx, year) : undefined;
    if (last && last.issued_on > date)
      throw lifecycleFailures.dateBeforeLast(last.issued_on, last.number_symbol);
    const number = numbered ? (last?.number ?? 0) + 1 : null;
    const issued = issuedBrief(current.brief, number, date);
    const blocking = blockingProblems(
      preExportCheck(issued, { figureState: figureStateIn(ctx), status: 'issued' }),
    );
    if (blocking.length > 0) throw lifecycleFailures.blocking(blocking);
    const saved = briefs.save(id, revision, issued);
    ctx
      .stmt("UPDATE briefs SET status = 'issued', issued_revision = ? WHERE id = ?")
      .run(saved.revision, id);
    let entry: RegisterEntry | null = null;
    if (number !== null) {
      entry = {
        originOrg: ctx.organisation,
        year,
        number,
        numberSymbol: numberSymbolText(h.numberSymbol, h.form, number),
        issuedOn: date,
        briefId: id,
        typeName: h.form === 'official-letter' ? 'Công văn' : h.typeName,
        abstract: h.abstract,
        signer: signerText(h.signature),
        recipients: [...h.recipients],
        registeredAt: new Date().toISOString(),
      };
      insertEntry(ctx, entry);
    }
    return { brief: briefs.get(id), entry };
  });
}

function insertEntry(ctx: VaultContext, e: RegisterEntry): void {
  ctx
    .stmt(
      'INSERT INTO outgoing_register (origin_org, year, number, brief_id, number_symbol, issued_on, type_name, abstract, signer, recipients, registered_at) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      e.originOrg,
      e.year,
      e.number,
      e.briefId,
      e.numberSymbol,
      e.issuedOn,
      e.typeName,
      e.abstract,
      e.signer,
      JSON.stringify(e.recipients),
      e.registeredAt,
    );
}

/** This organisation's register (or another's, from packages), oldest number first. */
function listRegister(
  ctx: VaultContext,
  options: { year?: number; originOrg?: string } = {},
): RegisterEntry[] {
  const org = options.originOrg ?? ctx.organisation;
  const rows = (
    options.year === undefined
      ? ctx
          .stmt('SELECT * FROM outgoing_register WHERE origin_org = ? ORDER BY year, number')
          .all(org)
      : ctx
          .stmt('SELECT * FROM outgoing_register WHERE origin_org = ? AND year = ? ORDER BY number')
          .all(org, options.year)
  ) as RegisterRow[];
  return rows.map(toEntry);
}

function entryOf(ctx: VaultContext, briefId: string): RegisterEntry | null {
  const row = ctx.stmt('SELECT * FROM outgoing_register WHERE brief_id = ?').get(briefId) as
    RegisterRow | undefined;
  return row ? toEntry(row) : null;
}

/** A new draft that corrects or replaces an issued document, citing it. */
function correct(ctx: VaultContext, id: string): StoredBrief {
  return ctx.tx(() => {
    const briefs = briefsRepository(ctx);
    const issued = briefs.get(id);
    if (issued.status !== 'issued') throw lifecycleFailures.notIssued();
    const entry = entryOf(ctx, id);
    const h = issued.brief.header;
    const title = h.form === 'official-letter' ? 'Công văn' : h.typeName;
    const citation = entry
      ? `${title} số ${entry.numberSymbol} ngày ${formatShortDate(entry.issuedOn)} của ${h.issuingBody}${h.abstract ? ` ${h.form === 'official-letter' ? 'về việc ' : 'về '}${h.abstract}` : ''}`
      : `${title} ${h.abstract}`.trim();
    return briefs.create(correctionDraft(issued.brief, citation.slice(0, 1000)), undefined, id);
  });
}

/**
 * An entry that came with an issued brief from another organisation's package. The brief is
 * imported first; an entry already there (same number, same document) is skipped, a clash
 * (the sender's number held by another document) refuses the import.
 */
function importEntry(ctx: VaultContext, e: RegisterEntry): void {
  const same = ctx
    .stmt('SELECT brief_id FROM outgoing_register WHERE origin_org = ? AND year = ? AND number = ?')
    .get(e.originOrg, e.year, e.number) as { brief_id: string } | undefined;
  if (same?.brief_id === e.briefId) return;
  insertEntry(ctx, e);
  ctx
    .stmt("UPDATE briefs SET status = 'issued', issued_revision = revision WHERE id = ?")
    .run(e.briefId);
}

export const lifecycleRepository = (ctx: VaultContext) => ({
  setStatus: (id: string, revision: number, to: Exclude<BriefStatus, 'issued'>) =>
    setStatus(ctx, id, revision, to),
  issue: (id: string, revision: number, date: IsoDate) => issue(ctx, id, revision, date),
  register: (options?: { year?: number; originOrg?: string }) => listRegister(ctx, options),
  entryOf: (briefId: string) => entryOf(ctx, briefId),
  correct: (id: string) => correct(ctx, id),
  importEntry: (e: RegisterEntry) => ctx.tx(() => importEntry(ctx, e)),
});
