// One byte string per value, for everything that is signed or hashed (cards, manifests,
// records): object keys sorted, no whitespace, strings and keys NFC. Two vaults that hold the
// same record therefore compute the same hash, whatever order their JSON happened to list keys
// in. Anything JSON cannot say exactly is refused rather than guessed at: non-finite numbers,
// undefined inside arrays, class instances (a Date would silently become {}), and two keys
// that only differ in Unicode normalisation.

/** An object's keys in canonical order; null if two of them are equal after NFC. */
interface KeyOrder {
  /** Indexes into the object's own key list, in canonical order. */
  order: number[];
  /** Each key as written, `"key":`, in that order. */
  written: string[];
}

/**
 * Key orders by the object's own key list: the records of one kind (a manifest's thousand
 * items, a table's rows) share a handful of shapes, so each is normalised and sorted once.
 */
const keyOrders = new Map<string, KeyOrder | null>();
const MAX_SHAPES = 1_000;

function keyOrder(keys: readonly string[]): KeyOrder | null {
  const shape = JSON.stringify(keys);
  let known = keyOrders.get(shape);
  if (known !== undefined) return known;
  const nfc = keys.map((k) => k.normalize('NFC'));
  const order = nfc
    .map((_, i) => i)
    .sort((a, b) => (nfc[a]! < nfc[b]! ? -1 : nfc[a]! > nfc[b]! ? 1 : 0));
  known = order.some((k, i) => i > 0 && nfc[k] === nfc[order[i - 1]!])
    ? null
    : { order, written: order.map((i) => `${JSON.stringify(nfc[i])}:`) };
  if (keyOrders.size < MAX_SHAPES) keyOrders.set(shape, known);
  return known;
}

/** Two keys equal after NFC: refused, unless one of them holds undefined (it is left out). */
function withEqualKeys(value: Record<string, unknown>): string {
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k.normalize('NFC'), v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 1; i < entries.length; i++)
    if (entries[i]![0] === entries[i - 1]![0])
      throw new TypeError('canonicalJson: keys equal after NFC normalisation');
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function objectJson(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  const known = keyOrder(keys);
  if (!known) return withEqualKeys(value);
  let out = '{';
  for (let i = 0; i < known.order.length; i++) {
    const v = value[keys[known.order[i]!]!];
    if (v === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${known.written[i]!}${canonicalJson(v)}`;
  }
  return `${out}}`;
}

function arrayJson(value: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (v === undefined) throw new TypeError('canonicalJson: undefined in an array');
    out += `${i > 0 ? ',' : ''}${canonicalJson(v)}`;
  }
  return `${out}]`;
}

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(value)) return arrayJson(value);
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError('canonicalJson: not a plain object');
      return objectJson(value as Record<string, unknown>);
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
}
