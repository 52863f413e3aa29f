// A button in one of the house looks. Every page wrote the same `<button type="button"
// className="button button--…">` by hand; here the look is named once (the class list comes
// from `look` and `small`), and type="button" is the default, so a button placed inside a
// form never submits it by accident: a submitting button says `type="submit"` on purpose.
import type { ButtonHTMLAttributes } from 'react';

export type ButtonLook = 'plain' | 'primary' | 'danger' | 'danger-quiet' | 'accent-quiet' | 'link';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className'> {
  look?: ButtonLook;
  /** The compact size used in bars, lists and page heads. */
  small?: boolean;
  type?: 'button' | 'submit';
  testId?: string | undefined;
}

function buttonClass(look: ButtonLook = 'plain', small = false): string {
  const classes = ['button'];
  if (small) classes.push('button--small');
  if (look !== 'plain') classes.push(`button--${look}`);
  return classes.join(' ');
}

export function Button({ look, small, type = 'button', testId, children, ...rest }: Props) {
  return (
    <button {...rest} type={type} className={buttonClass(look, small)} data-testid={testId}>
      {children}
    </button>
  );
}
