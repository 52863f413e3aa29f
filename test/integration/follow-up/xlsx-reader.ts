// An .xlsx read back WITHOUT exceljs (the library that wrote it): `unzip` and the SpreadsheetML
// itself. LibreOffice's CSV conversion would need Calc, which the CI image does not install
// (libreoffice-writer-nogui only). Each cell comes back with the type Excel will see: a shared
// or inline string, a number, or a date — a number whose style has a date number format.
import { execFileSync } from 'node:child_process';

export type ReadCell =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'date'; value: string }
  | null;

export interface ReadSheet {
  rows: ReadCell[][];
  frozenRows: number;
  autoFilter: string | null;
  /** Bold runs per row (from the cell style's font). */
  boldRows: Set<number>;
}

const part = (file: string, name: string): string => {
  try {
    return execFileSync('unzip', ['-p', file, name], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return '';
  }
};

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const textOf = (xml: string) =>
  unescape([...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join(''));

/** Excel's built-in date formats (14–22, 45–47) and any custom one spelling d, m and y. */
function dateStyles(styles: string): boolean[] {
  const custom = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [
      Number(m[1]),
      unescape(m[2]!),
    ]),
  );
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf ([^>]*?)\/?>/g)].map((m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
    const code = custom.get(id) ?? '';
    return /d/i.test(code) && /y/i.test(code);
  });
}

function boldStyles(styles: string): boolean[] {
  const fontsXml = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '';
  const fonts = [...fontsXml.matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map((m) =>
    /<b\/>/.test(m[1] ?? ''),
  );
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf ([^>]*?)\/?>/g)].map(
    (m) => fonts[Number(/fontId="(\d+)"/.exec(m[1]!)?.[1] ?? 0)] ?? false,
  );
}

const columnIndex = (ref: string) =>
  [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** Excel's serial day (1900 system) → ISO day. */
const serialToIso = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000)).toISOString().slice(0, 10);

export function readXlsx(file: string): ReadSheet {
  const shared = [...part(file, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) => textOf(m[1]!),
  );
  const styles = part(file, 'xl/styles.xml');
  const isDate = dateStyles(styles);
  const isBold = boldStyles(styles);
  const sheet = part(file, 'xl/worksheets/sheet1.xml');
  const rows: ReadCell[][] = [];
  const boldRows = new Set<number>();
  for (const row of sheet.matchAll(/<row ([^>]*)>([\s\S]*?)<\/row>/g)) {
    const index = Number(/r="(\d+)"/.exec(row[1]!)?.[1]) - 1;
    const cells: ReadCell[] = [];
    for (const c of row[2]!.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1]!;
      const body = c[2] ?? '';
      const col = columnIndex(/r="([A-Z]+)\d+"/.exec(attrs)?.[1] ?? 'A');
      const type = /t="(\w+)"/.exec(attrs)?.[1];
      const style = Number(/s="(\d+)"/.exec(attrs)?.[1] ?? 0);
      if (isBold[style]) boldRows.add(index);
      const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      let cell: ReadCell = null;
      if (type === 's' && v !== undefined)
        cell = { type: 'string', value: shared[Number(v)] ?? '' };
      else if (type === 'inlineStr' || type === 'str')
        cell = { type: 'string', value: textOf(body) || unescape(v ?? '') };
      else if (v !== undefined)
        cell = isDate[style]
          ? { type: 'date', value: serialToIso(Number(v)) }
          : { type: 'number', value: Number(v) };
      cells[col] = cell;
    }
    rows[index] = Array.from(cells, (x) => x ?? null);
  }
  const pane = /<pane [^>]*ySplit="(\d+)"[^>]*state="frozen"/.exec(sheet);
  return {
    rows: Array.from(rows, (r) => r ?? []),
    frozenRows: pane ? Number(pane[1]) : 0,
    autoFilter: /<autoFilter ref="([^"]+)"/.exec(sheet)?.[1] ?? null,
    boldRows,
  };
}
