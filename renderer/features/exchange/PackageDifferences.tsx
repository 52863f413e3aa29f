// For an update or a conflict in a package preview (issue 9 §5): the fields where my version
// and theirs differ, side by side, so the choice for the record is made on what differs.
import { Fragment } from 'react';
import { useT } from '../../i18n';
import { fieldLabel, valueText } from '../history/field-text';

export interface Difference {
  field: string;
  mine: string;
  theirs: string;
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
            <thead>
              <tr>
                <th scope="col">{t('exchange.diff.field')}</th>
                <th scope="col">{t('exchange.diff.mine')}</th>
                <th scope="col">{t('exchange.diff.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d) => (
                <Fragment key={d.field}>
                  <tr data-testid="package-difference">
                    <td className="nowrap">{fieldLabel(t, d.field, kind)}</td>
                    <td className="diff-mine">{valueText(t, d.field, d.mine, kind)}</td>
                    <td className="diff-theirs">{valueText(t, d.field, d.theirs, kind)}</td>
                  </tr>
                </Fragment>
              ))}
            </tbody>
          </table>
        </details>
      </td>
    </tr>
  );
}
