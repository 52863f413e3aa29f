// The lifecycle calls for the renderer's fake desk (issue 10): status, issuing with a register
// in memory, correcting documents, new documents without a meeting — with the shared rules
// (the pre-export check, issuedBrief, blankBrief, the register's CSV) the vault uses.
import { randomUUID } from 'node:crypto';
import {
  blankBrief,
  blockingProblems,
  correctionDraft,
  issuedBrief,
  numberSymbolText,
  preExportCheck,
  registerCsv,
  signerText,
  yearOf,
  type Brief,
  type BriefOrganisation,
  type BriefStatus,
  type RegisterEntry,
} from '../../../shared/brief';
import type { CallName, CallOutput, ParsedInput, StoredBrief } from '../../../shared/contract';
import { fail, type AppError } from '../../../shared/result';

type Refusal = { ok: false; error: AppError };
type Handler<N extends CallName> = (input: ParsedInput<N>) => CallOutput<N> | Refusal;
type LifecycleCall =
  | 'briefs.setStatus'
  | 'briefs.issue'
  | 'briefs.correct'
  | 'briefs.createBlank'
  | 'register.list'
  | 'register.export';

export interface FakeBriefEntry {
  template: StoredBrief['template'];
  meetingId: string | null;
  createdAt: string;
  revisions: { brief: Brief; savedAt: string }[];
  status?: BriefStatus;
  correctsId?: string | null;
}

export const issuedReadOnly = () =>
  fail('conflict', 'Văn bản đã ban hành không sửa được.', 'An issued document cannot be changed.');

export function fakeLifecycleHandlers(ctx: {
  needOpen(): Refusal | null;
  briefs: Map<string, FakeBriefEntry>;
  stored(id: string): StoredBrief | null;
  organisation(): BriefOrganisation;
  today: string;
}): { [N in LifecycleCall]: Handler<N> } {
  const register: RegisterEntry[] = [];
  const notFound = () => fail('not-found', 'Không tìm thấy.', 'Not found.');
  const conflict = () =>
    fail('conflict', 'Bản ghi đã được sửa ở nơi khác.', 'The record was changed elsewhere.');
  const create = (brief: Brief, correctsId: string | null = null) => {
    const id = randomUUID();
    const at = new Date().toISOString();
    ctx.briefs.set(id, {
      template: brief.template,
      meetingId: brief.meetingId,
      createdAt: at,
      revisions: [{ brief, savedAt: at }],
      correctsId,
    });
    return ctx.stored(id) ?? notFound();
  };
  return {
    'briefs.setStatus': (i) => {
      const b = ctx.briefs.get(i.id);
      if (!b) return notFound();
      if (b.revisions.length !== i.revision) return conflict();
      if (b.status === 'issued') return issuedReadOnly();
      b.status = i.status;
      return ctx.stored(i.id) ?? notFound();
    },
    'briefs.issue': (i) => {
      const closed = ctx.needOpen();
      if (closed) return closed;
      const b = ctx.briefs.get(i.id);
      const current = b?.revisions.at(-1)?.brief;
      if (!b || !current) return notFound();
      if (b.revisions.length !== i.revision) return conflict();
      if (b.status === 'issued') return issuedReadOnly();
      const date = i.date ?? ctx.today;
      const year = yearOf(date);
      const numbered = current.header.form !== 'internal';
      const number = numbered ? register.filter((e) => e.year === year).length + 1 : null;
      const issued = issuedBrief(current, number, date);
      const blocking = blockingProblems(preExportCheck(issued, { status: 'issued' }));
      if (blocking.length > 0)
        return fail('invalid-input', 'Chưa thể ban hành.', 'The document cannot be issued yet.', {
          issues: blocking.map((p) => ({
            path: p.field,
            message: `${p.message.vi} / ${p.message.en}`,
          })),
        });
      b.revisions.push({ brief: issued, savedAt: new Date().toISOString() });
      b.status = 'issued';
      const h = current.header;
      const entry: RegisterEntry | null =
        number === null
          ? null
          : {
              originOrg: ctx.organisation().name,
              year,
              number,
              numberSymbol: numberSymbolText(h.numberSymbol, h.form, number),
              issuedOn: date,
              briefId: i.id,
              typeName: h.form === 'official-letter' ? 'Công văn' : h.typeName,
              abstract: h.abstract,
              signer: signerText(h.signature),
              recipients: [...h.recipients],
              registeredAt: new Date().toISOString(),
            };
      if (entry) register.push(entry);
      return { brief: ctx.stored(i.id)!, entry };
    },
    'briefs.correct': (i) => {
      const b = ctx.briefs.get(i.id);
      const current = b?.revisions.at(-1)?.brief;
      if (!b || !current) return notFound();
      if (b.status !== 'issued') return fail('invalid-input', 'Chưa ban hành.', 'Not issued.');
      return create(
        correctionDraft(current, `${current.header.typeName} ${current.header.abstract}`.trim()),
        i.id,
      );
    },
    'briefs.createBlank': (i) => {
      const closed = ctx.needOpen();
      if (closed) return closed;
      const org = ctx.organisation();
      const signer = [org.signer, ...(org.otherSigners ?? [])][i.signer ?? 0];
      if (!signer) return fail('invalid-input', 'Không có người ký này.', 'No such signer.');
      return create(blankBrief(i.template, org, ctx.today, signer));
    },
    'register.list': (i) => register.filter((e) => i.year === undefined || e.year === i.year),
    'register.export': (i) => ({
      fileName: `so-van-ban-di${i.year === undefined ? '' : `-${i.year}`}.csv`,
      mime: 'text/csv',
      base64: Buffer.from(
        registerCsv(register.filter((e) => i.year === undefined || e.year === i.year)),
      ).toString('base64'),
    }),
  };
}
