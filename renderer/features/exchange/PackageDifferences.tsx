// For an update or a conflict in a package preview (issue 9 §5): the fields where my version
// and theirs differ, side by side, so the choice for the record is made on what differs.
import { Fragment } from 'react';
import { useT } from '../../i18n';

export interface Difference {
  field: string;
  mine: string;
  theirs: string;
}

export function PackageDifferences({
  differences,
  columns,
}: {
  differences: Difference[];
  columns: number;
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
                    <td className="nowrap">{d.field}</td>
                    <td className="diff-mine">{d.mine}</td>
                    <td className="diff-theirs">{d.theirs}</td>
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
