// The <option>s of a chooser of records (a meeting, an indicator, one of its figures): one per
// record, its id as the value, its words from `label`. The choosers of the brief editor, the
// directive editor, the report review and the chart each mapped their records to options by
// hand; here it is written once, so every chooser keys and values its options the same way.
import type { ReactNode } from 'react';

interface Props<R extends { id: string }> {
  records: readonly R[];
  label: (record: R) => ReactNode;
}

export function RecordOptions<R extends { id: string }>({ records, label }: Props<R>) {
  return (
    <>
      {records.map((r) => (
        <option key={r.id} value={r.id}>
          {label(r)}
        </option>
      ))}
    </>
  );
}
