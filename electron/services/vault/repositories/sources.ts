// Source documents and provenance (migration 0008). A source keeps the original file and its
// text; provenance says which source, span and quote an observation or directive was read
// from. Writes are checked here, where they happen: the span must lie inside the source's
// text and the quote must be what the span holds, so a footnote never cites words the source
// does not contain.
import { createHash, randomUUID } from 'node:crypto';
import { AppFailure } from '../../../../shared/result';
import { nfc } from '../../../../shared/text';
import type { VaultContext } from '../context';
import { failures } from '../failures';

export type SourceKind = 'docx' | 'pdf' | 'txt' | 'html' | 'paste';

export interface SourceInput {
  meetingId: string | null;
  title: string;
  publisher: string;
  publishedOn: string | null;
  address: string;
  fileName: string;
  kind: SourceKind;
  original: Uint8Array;
  text: string;
}

/** A kept source as the lists show it: what was given, less the file and its text. */
export interface SourceSummary extends Omit<SourceInput, 'original' | 'text'> {
  id: string;
  sha256: string;
  bytes: number;
  createdAt: string;
}

export interface Provenance {
  sourceId: string;
  start: number;
  end: number;
  quote: string;
  rule: string;
}

interface Row {
  id: string;
  meeting_id: string | null;
  title: string;
  publisher: string;
  published_on: string | null;
  address: string;
  file_name: string;
  kind: SourceKind;
  sha256: string;
  bytes: number;
  created_at: string;
}

const SUMMARY =
  'id, meeting_id, title, publisher, published_on, address, file_name, kind, sha256, length(original) AS bytes, created_at';

const summary = (r: Row): SourceSummary => ({
  id: r.id,
  meetingId: r.meeting_id,
  title: r.title,
  publisher: r.publisher,
  publishedOn: r.published_on,
  address: r.address,
  fileName: r.file_name,
  kind: r.kind,
  sha256: r.sha256,
  bytes: r.bytes,
  createdAt: r.created_at,
});

export function sourcesRepository(ctx: VaultContext) {
  const text = (id: string): string | undefined =>
    (
      ctx.stmt('SELECT text FROM source_documents WHERE id = ?').get(id) as
        { text: string } | undefined
    )?.text;

  return {
    add(input: SourceInput): SourceSummary {
      if (input.meetingId && !ctx.stmt('SELECT 1 FROM meetings WHERE id = ?').get(input.meetingId))
        throw failures.unknownMeeting();
      const id = randomUUID();
      const sha256 = createHash('sha256').update(input.original).digest('hex');
      ctx
        .stmt(
          'INSERT INTO source_documents (id, meeting_id, title, publisher, published_on, address, file_name, kind, sha256, original, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          id,
          input.meetingId,
          nfc(input.title).trim(),
          nfc(input.publisher).trim(),
          input.publishedOn,
          nfc(input.address).trim(),
          nfc(input.fileName),
          input.kind,
          sha256,
          Buffer.from(input.original),
          nfc(input.text),
          new Date().toISOString(),
        );
      const row = ctx.stmt(`SELECT ${SUMMARY} FROM source_documents WHERE id = ?`).get(id) as Row;
      return summary(row);
    },
    list(meetingId?: string): SourceSummary[] {
      const rows = (
        meetingId === undefined
          ? ctx.stmt(`SELECT ${SUMMARY} FROM source_documents ORDER BY created_at, id`).all()
          : ctx
              .stmt(
                `SELECT ${SUMMARY} FROM source_documents WHERE meeting_id = ? ORDER BY created_at, id`,
              )
              .all(meetingId)
      ) as Row[];
      return rows.map(summary);
    },
    text,
    original(id: string): Uint8Array | undefined {
      const r = ctx.stmt('SELECT original FROM source_documents WHERE id = ?').get(id) as
        { original: Buffer } | undefined;
      return r ? new Uint8Array(r.original) : undefined;
    },
    setProvenance(kind: 'observation' | 'directive', recordId: string, p: Provenance): void {
      const t = text(p.sourceId);
      if (t === undefined) throw failures.notFound();
      if (
        p.start < 0 ||
        p.end > t.length ||
        p.end < p.start ||
        !t.slice(p.start, p.end).length ||
        !p.quote.includes(t.slice(p.start, p.end))
      ) {
        throw AppFailure.of(
          'invalid-input',
          'Đoạn trích không khớp với văn bản nguồn.',
          'The quote does not match the source text.',
        );
      }
      ctx
        .stmt(
          'INSERT INTO provenance (record_kind, record_id, source_id, span_start, span_end, quote, rule) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_kind, record_id) DO UPDATE SET source_id = excluded.source_id, span_start = excluded.span_start, span_end = excluded.span_end, quote = excluded.quote, rule = excluded.rule',
        )
        .run(kind, recordId, p.sourceId, p.start, p.end, nfc(p.quote), p.rule);
    },
    provenance(
      kind: 'observation' | 'directive',
      recordId: string,
    ): (Provenance & { source: SourceSummary }) | null {
      const p = ctx
        .stmt(
          'SELECT source_id, span_start, span_end, quote, rule FROM provenance WHERE record_kind = ? AND record_id = ?',
        )
        .get(kind, recordId) as
        | { source_id: string; span_start: number; span_end: number; quote: string; rule: string }
        | undefined;
      if (!p) return null;
      const row = ctx
        .stmt(`SELECT ${SUMMARY} FROM source_documents WHERE id = ?`)
        .get(p.source_id) as Row;
      return {
        sourceId: p.source_id,
        start: p.span_start,
        end: p.span_end,
        quote: p.quote,
        rule: p.rule,
        source: summary(row),
      };
    },
  };
}
