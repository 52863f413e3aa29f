// A props-only component under test over real React state: what the user's clicks and typing
// hand to its onChange is held, passed back as its value, and shown as JSON for the test to
// read. The renderer tests of editable fields and tables share it.
import { useState, type ReactNode } from 'react';
import { screen } from '@testing-library/react';
import { I18nProvider } from '../../../renderer/i18n';

export function Held<T>({
  initial,
  view,
}: {
  initial: T;
  view: (value: T, set: (value: T) => void) => ReactNode;
}) {
  const [value, setValue] = useState(initial);
  return (
    <I18nProvider language="vi">
      {view(value, setValue)}
      <output data-testid="held">{JSON.stringify(value)}</output>
    </I18nProvider>
  );
}

/** The value the Held component holds now. */
export const held = <T,>(): T => JSON.parse(screen.getByTestId('held').textContent!) as T;
