// The report's text with every proposal highlighted at the span it was read from; a click on a
// highlight brings its proposal into view in the list beside it.
import { Fragment, type ReactNode } from 'react';
import type { MeetingProposal } from '../../../shared/extract';
import type { DirectiveRow, FigureRow } from './review-plan';
import { highlightSpans } from './review-plan';

export function SourcePane({
  text,
  figures,
  directives,
  meeting,
}: {
  text: string;
  figures: FigureRow[];
  directives: DirectiveRow[];
  meeting: MeetingProposal | null;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of highlightSpans({ figures, directives }, meeting)) {
    if (s.start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, s.start)}</Fragment>);
    parts.push(
      <mark
        key={s.key}
        className={`report-mark report-mark--${s.kind} report-mark--${s.decision}`}
        data-testid={`mark-${s.key}`}
        onClick={() =>
          document
            .getElementById(`proposal-${s.key}`)
            ?.scrollIntoView({ block: 'center', behavior: 'smooth' })
        }
      >
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return (
    <div className="report-text" data-testid="report-text">
      {parts}
    </div>
  );
}
