// One field of an editor's draft from its key: its error, its value and its edit. The editors'
// fields said each key three times (error={fe.k} value={draft.k} onChange={(k) => onEdit({ k })}),
// where a slip in one of the three binds a field to another's error or value.
import type { FieldErrors } from './lists';

export function fieldOf<D extends object>(
  draft: D,
  errors: FieldErrors,
  onEdit: (patch: Partial<D>) => void,
) {
  return <K extends keyof D & string>(key: K) => ({
    error: errors[key],
    value: draft[key],
    onChange: (value: D[K]) => {
      const patch: Partial<D> = {};
      patch[key] = value;
      onEdit(patch);
    },
  });
}
