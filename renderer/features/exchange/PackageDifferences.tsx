// For an update or a conflict in a package preview (issue 9 §5): the fields where my version
// and theirs differ, side by side, so the choice for the record is made on what differs; in a
// long text only the changed words and some around them are shown, the changed ones marked.
import { Fragment } from 'react';
import { useT } from '../../i18n';
import { fieldLabel, valueText } from '../history/field-text';
import { diffExcerpts, type DiffExcerpt } from './diff-excerpt';
import { ColumnHeads } from '../../ui/ColumnHeads';

export interface Difference {
  field: string;
  mine: string;
  theirs: string;
}

/** Where a long text differs, with a few words around it; the differing words marked. */
function Excerpt({ e }: { e: DiffExcerpt }) {
  return (
    <>
      {e.before}
      {e.changed && <mark className="diff-change">{e.changed}</mark>}
      {e.after}
    </>
  );
}

export function PackageDifferences({
  differences,
  columns,
  kind,
}: {
  differences: Difference[];
  columns: number;
  /** The kind of record, for the fields' names. */
  kind?: string;
}) {
  const t = useT();
  if (differences.length === 0) return null;
  return (
    <tr className="package-diff-row">
      <td colSpan={columns}>
        <details className="package-diff" data-testid="package-differences">
          <summary>{t('exchange.diff.show', { n: differences.length })}</summary>
          <table className="data-table">
            <ColumnHeads
              labels={[
                t('exchange.diff.field'),
                t('exchange.diff.mine'),
                t('exchange.diff.theirs'),
              ]}
            />
            <tbody>
              {differences.map((d) => {
                const [mine, theirs] = diffExcerpts(
                  valueText(t, d.field, d.mine, kind),
                  valueText(t, d.field, d.theirs, kind),
                );
                return (
                  <Fragment key={d.field}>
                    <tr data-testid="package-difference">
                      <td className="nowrap">{fieldLabel(t, d.field, kind)}</td>
                      <td className="diff-mine">
                        <Excerpt e={mine} />
                      </td>
                      <td className="diff-theirs">
                        <Excerpt e={theirs} />
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </details>
      </td>
    </tr>
  );
}
