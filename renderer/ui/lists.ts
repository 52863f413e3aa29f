// Immutable edits of the ordered lists the editors hold (attendees, conclusions, sources…).
export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((x, i) => (i === index ? item : x));

export const removeAt = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

/** Moves the item at `index` by `delta` places; out-of-range moves leave the list as it is. */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** A short id for a new list item (conclusions need one a directive can point back at). */
export function newItemId(): string {
  return `k${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

export type FieldErrors = Record<string, string>;

/** The errors under one prefix, re-keyed without it: `chair.name` → `name` for the chair's fields. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  const p = `${prefix}.`;
  for (const [k, v] of Object.entries(errors)) if (k.startsWith(p)) out[k.slice(p.length)] = v;
  return out;
}
