// Takes the user to the field a problem of the pre-export check names (`header.abstract`,
// `header.signature.name`, `body`): the header card is opened and the control focused and
// scrolled into view. Controls carry the path in data-field; a problem on a group
// (`header.numberSymbol`) goes to the group's first control. Paths are the check's own
// (letters and dots), so they go into the selector as they are.
const CONTROL = 'input, select, textarea, [contenteditable="true"]';

/**
 * `body.<n>`: the n-th top-level block of the body (a placeholder, a task table with empty
 * cells): scrolled to, and the caret put at its start.
 */
function focusBodyBlock(index: number, root: ParentNode): boolean {
  // The editable element itself carries the test id; its children are the body's blocks.
  const editor = root.querySelector<HTMLElement>('[data-testid="brief-body"]');
  const block = editor?.children.item(index) as HTMLElement | null | undefined;
  if (!editor || !block) return false;
  editor.focus();
  block.scrollIntoView?.({ block: 'center' });
  const selection = document.getSelection();
  if (selection) {
    const range = document.createRange();
    range.selectNodeContents(block);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  block.classList.add('brief-block--flash');
  setTimeout(() => block.classList.remove('brief-block--flash'), 1500);
  return true;
}

export function focusField(field: string, root: ParentNode = document): boolean {
  const body = /^body\.(\d+)$/.exec(field);
  if (body) return focusBodyBlock(Number(body[1]), root) || focusField('body', root);
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
