// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../renderer/i18n';
import { DateInput } from '../../../renderer/ui/DateInput';
import { NumberInput } from '../../../renderer/ui/NumberInput';

afterEach(cleanup);

/** A controlled field's value, each change also reported to the test's spy. */
function useReported<T>(initial: T, onValue: (v: T) => void) {
  const [value, setValue] = useState(initial);
  const onChange = (v: T) => {
    setValue(v);
    onValue(v);
  };
  return [value, onChange] as const;
}

function Harness({ unit, onValue }: { unit?: string; onValue: (v: number | null) => void }) {
  const [value, onChange] = useReported<number | null>(null, onValue);
  return <NumberInput aria-label="Giá trị" unit={unit} value={value} onChange={onChange} />;
}

describe('Vietnamese number input', () => {
  it('accepts 7,52 as seven point five two', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<Harness unit="%" onValue={onValue} />);
    await user.type(screen.getByLabelText('Giá trị'), '7,52');
    await user.tab();
    expect(onValue).toHaveBeenLastCalledWith(7.52);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('rejects garbage with a message, and never reports it as an empty field', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    await user.type(screen.getByLabelText('Giá trị'), 'bảy phẩy năm');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toMatch(/Không đọc được số/);
    const last = onValue.mock.lastCall?.[0];
    expect(Number.isNaN(last)).toBe(true);
    expect(screen.getByLabelText('Giá trị').getAttribute('aria-invalid')).toBe('true');
  });

  it('reads "514 tỷ" for an indicator in tỷ USD, and refuses a scale that contradicts the unit', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<Harness unit="tỷ USD" onValue={onValue} />);
    const input = screen.getByLabelText('Giá trị');
    await user.type(input, '514 tỷ');
    await user.tab();
    expect(onValue).toHaveBeenLastCalledWith(514);

    await user.clear(input);
    await user.type(input, '514 triệu');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toContain('không khớp');
  });

  it('reads thousands dots and a decimal comma: 1.234,5', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    await user.type(screen.getByLabelText('Giá trị'), '1.234,5');
    expect(onValue).toHaveBeenLastCalledWith(1234.5);
  });
});

function DateHarness({
  required,
  onValue,
}: {
  required?: boolean;
  onValue: (v: string | null) => void;
}) {
  const [value, onChange] = useReported<string | null>('2025-08-26', onValue);
  return (
    <I18nProvider language="vi">
      <DateInput aria-label="Ngày" required={required} value={value} onChange={onChange} />
    </I18nProvider>
  );
}

describe('Vietnamese date input', () => {
  it('shows the stored date as offices write it and reads a new one typed the same way', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<DateHarness onValue={onValue} />);
    const field = screen.getByLabelText('Ngày') as HTMLInputElement;
    expect(field.value).toBe('26/8/2025');
    await user.clear(field);
    expect(onValue).toHaveBeenLastCalledWith(null);
    await user.type(field, '3/1/2025');
    expect(onValue).toHaveBeenLastCalledWith('2025-01-03');
  });

  it('keeps text that is not a date as typed, says why once left, and never reports it as empty', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<DateHarness required onValue={onValue} />);
    const field = screen.getByLabelText('Ngày') as HTMLInputElement;
    await user.clear(field);
    expect(onValue).toHaveBeenLastCalledWith('');
    await user.type(field, '31/2/2025');
    expect(onValue).toHaveBeenLastCalledWith('');
    expect(field.value).toBe('31/2/2025');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    await user.tab();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('.inline-error')?.textContent).toBeTruthy();
  });
});
