// Takes the user to the field a problem of the pre-export check names (`header.abstract`,
// `header.signature.name`, `body`): the header card is opened and the control focused and
// scrolled into view. Controls carry the path in data-field; a problem on a group
// (`header.numberSymbol`) goes to the group's first control. Paths are the check's own
// (letters and dots), so they go into the selector as they are.
const CONTROL = 'input, select, textarea, [contenteditable="true"]';

export function focusField(field: string, root: ParentNode = document): boolean {
  const card = root.querySelector<HTMLDetailsElement>('[data-testid="brief-header-card"]');
  if (field.startsWith('header.') && card && !card.open) card.open = true;
  const target =
    field === 'body'
      ? root.querySelector<HTMLElement>('[data-testid="brief-body"]')
      : (root.querySelector<HTMLElement>(`[data-field="${field}"]`) ??
        root.querySelector<HTMLElement>(`[data-field^="${field}."]`));
  // A wrapper (the date field) hands focus to the control inside it.
  const control = target?.matches(CONTROL) ? target : target?.querySelector<HTMLElement>(CONTROL);
  if (!control) return false;
  control.scrollIntoView?.({ block: 'center' });
  control.focus();
  return true;
}
