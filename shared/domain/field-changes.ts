// What changed between two versions of a record, field by field, as text a person can read:
// the history panel shows it between consecutive revisions and the package preview between
// mine and theirs. Pure: used in main (where the versions are) and testable alone.

/** Bookkeeping that differs between copies of the same content; never shown as a change. */
export const META_KEYS: readonly string[] = ['id', 'revision', 'createdAt', 'updatedAt'];

/** A displayed value is cut here: the panel shows what changed, not whole documents. */
export const CHANGE_TEXT_LIMIT = 4000;

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A value as text: strings as they are, lists one item per line, objects their non-empty values. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value
      .map(displayValue)
      .filter((s) => s !== '')
      .join('\n');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // Rich text (a brief's body): its words, not its node structure.
    if (typeof o.text === 'string' && o.type === 'text') return o.text;
    if (Array.isArray(o.content) && typeof o.type === 'string') return displayValue(o.content);
    return Object.values(o)
      .map(displayValue)
      .filter((s) => s !== '')
      .join(', ');
  }
  return '';
}

const cut = (s: string) =>
  s.length > CHANGE_TEXT_LIMIT ? `${s.slice(0, CHANGE_TEXT_LIMIT - 1)}…` : s;

/** Key-order independent equality of JSON values. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => same(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!same(ao[k] ?? null, bo[k] ?? null)) return false;
  return true;
}

/**
 * The fields whose values differ, in the order `after` lists them (then fields only `before`
 * has). `nested` names object fields compared one level down (a brief's header: `header.abstract`).
 * `before` null: every non-empty field of `after` is a change from nothing.
 */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  options: { ignore?: readonly string[]; nested?: readonly string[] } = {},
): FieldChange[] {
  const ignore = new Set(options.ignore ?? META_KEYS);
  const nested = new Set(options.nested ?? []);
  const out: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before ?? {})])];
  for (const key of keys) {
    if (ignore.has(key)) continue;
    const a = before?.[key] ?? null;
    const b = after[key] ?? null;
    if (same(a, b)) continue;
    if (
      nested.has(key) &&
      a !== null &&
      b !== null &&
      typeof a === 'object' &&
      typeof b === 'object' &&
      !Array.isArray(a)
    ) {
      for (const c of fieldChanges(a as Record<string, unknown>, b as Record<string, unknown>, {
        ignore: [],
      }))
        out.push({ ...c, field: `${key}.${c.field}` });
      continue;
    }
    const beforeText = displayValue(a);
    const afterText = displayValue(b);
    if (before !== null || afterText !== '')
      out.push({ field: key, before: cut(beforeText), after: cut(afterText) });
  }
  return out;
}
