// The field errors of an editable table, listed under it in words ("Dòng 2 – Họ và tên: …"),
// since a red outline alone on a cell is easy to miss and says nothing to a screen reader.
import { useT } from '../i18n';
import type { FieldErrors } from './lists';

export function TableErrors({
  errors,
  columns,
}: {
  errors: FieldErrors;
  columns: Record<string, string>;
}) {
  const t = useT();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <ul className="table-errors" role="alert">
      {entries.map(([path, message]) => {
        const [row, ...rest] = path.split('.');
        const column = columns[rest[0] ?? ''] ?? rest.join('.');
        const n = Number(row) + 1;
        return (
          <li key={path}>
            {Number.isFinite(n) ? t('common.rowError', { n, column }) : column}: {message}
          </li>
        );
      })}
    </ul>
  );
}
