// One byte string per value, for everything that is signed or hashed (cards, manifests,
// records): object keys sorted, no whitespace, strings and keys NFC. Two vaults that hold the
// same record therefore compute the same hash, whatever order their JSON happened to list keys
// in. Anything JSON cannot say exactly is refused rather than guessed at: non-finite numbers,
// undefined inside arrays, class instances (a Date would silently become {}), and two keys
// that only differ in Unicode normalisation.

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
      if (Array.isArray(value)) {
        return `[${value
          .map((v: unknown) => {
            if (v === undefined) throw new TypeError('canonicalJson: undefined in an array');
            return canonicalJson(v);
          })
          .join(',')}]`;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError('canonicalJson: not a plain object');
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k.normalize('NFC'), v] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (let i = 1; i < entries.length; i++)
        if (entries[i]![0] === entries[i - 1]![0])
          throw new TypeError('canonicalJson: keys equal after NFC normalisation');
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
}
