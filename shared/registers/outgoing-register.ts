// The outgoing register (sổ văn bản đi) as a table, for Excel, Word and printing: the same
// columns the register shows and its CSV writes (shared/brief/register.ts), one row per issued
// document, the issue day a real date.
import { REGISTER_COLUMNS, registerRow } from '../brief/register';
import type { RegisterEntry } from '../brief/lifecycle';
import type { RegisterColumn, RegisterTable } from './table';

const WIDTHS = [14, 12, 50, 28, 40];

export function outgoingRegister(entries: readonly RegisterEntry[], year?: number): RegisterTable {
  const columns: RegisterColumn[] = REGISTER_COLUMNS.map((c, i) => ({
    header: c.vi,
    kind: i === 1 ? 'date' : 'text',
    width: WIDTHS[i]!,
  }));
  return {
    title: year === undefined ? 'SỔ VĂN BẢN ĐI' : `SỔ VĂN BẢN ĐI NĂM ${year}`,
    sheetName: year === undefined ? 'Sổ văn bản đi' : `Sổ văn bản đi ${year}`,
    columns,
    rows: entries.map((e) => {
      const printed: (string | null)[] = registerRow(e);
      printed[1] = e.issuedOn;
      return printed;
    }),
  };
}
