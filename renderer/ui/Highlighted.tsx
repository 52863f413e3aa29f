// Text with the query's words marked, matched the way the vault matches them (no diacritics,
// đ = d, word prefixes), so `dau tu` marks "đầu tư".
import { highlightSegments } from '../../shared/search/highlight';

export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightSegments(text, query).map((s, i) =>
        s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}
