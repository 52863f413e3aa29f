// The header row of a read-only data table: every column named with scope="col", so a screen
// reader announces the column's name with each cell. One component, so no table forgets it.
export function ColumnHeads({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          <th key={i} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
