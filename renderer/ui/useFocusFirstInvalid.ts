// After a refused save, bring the first field marked invalid into view and focus it: the
// message at the top says what went wrong, the field itself may be far down a long form.
import { useEffect, type RefObject } from 'react';

export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error) return;
    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    field.scrollIntoView?.({ block: 'center' });
    field.focus({ preventScroll: true });
  }, [form, error]);
}
