// @vitest-environment jsdom
// The indicator and observation forms as a user fills them: the choices (pillar, status) set
// the draft, Enter or "Lưu" saves, "Hủy" cancels, and the save's failure is shown in the form.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IndicatorInput } from '../../../shared/domain';
import { I18nProvider } from '../../../renderer/i18n';
import { IndicatorForm } from '../../../renderer/features/indicators/components/IndicatorForm';
import {
  ObservationForm,
  type ObservationFormValue,
} from '../../../renderer/features/indicators/components/ObservationForm';

afterEach(cleanup);

const refused = {
  code: 'invalid-input' as const,
  message: { vi: 'Chưa lưu được.', en: 'Not saved.' },
};

describe('indicator side-panel forms', () => {
  it('indicator: the pillar chosen goes into the draft; Enter saves; a refusal shows in the form', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    function Harness() {
      const [draft, setDraft] = useState<IndicatorInput>({
        name: '',
        pillar: 'general',
        unit: '%',
        description: '',
      } as IndicatorInput);
      return (
        <I18nProvider language="vi">
          <IndicatorForm
            draft={draft}
            isNew
            saving={false}
            error={onSave.mock.calls.length > 0 ? refused : null}
            fieldErrors={{}}
            onEdit={(p) => setDraft((d) => ({ ...d, ...p }))}
            onSave={onSave}
            onCancel={() => {}}
          />
          <output data-testid="draft">{JSON.stringify(draft)}</output>
        </I18nProvider>
      );
    }
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText('Trụ cột'), 'economy');
    expect(JSON.parse(screen.getByTestId('draft').textContent!).pillar).toBe('economy');
    await user.type(screen.getByTestId('indicator-name'), 'Tốc độ tăng trưởng GDP{Enter}');
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('observation: status chosen, saved with the button, cancelled with Hủy', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const onCancel = vi.fn();
    function Harness() {
      const [draft, setDraft] = useState<ObservationFormValue>({
        value: 7.52,
        period: { kind: 'year', year: 2025 },
        asOf: null,
        source: '',
        status: 'preliminary',
        comparison: '',
        target: null,
      } as ObservationFormValue);
      return (
        <I18nProvider language="vi">
          <ObservationForm
            indicatorName="Tốc độ tăng trưởng GDP"
            unit="%"
            draft={draft}
            isNew={false}
            saving={false}
            error={refused}
            fieldErrors={{}}
            onEdit={(p) => setDraft((d) => ({ ...d, ...p }))}
            onSave={onSave}
            onCancel={onCancel}
          />
          <output data-testid="draft">{JSON.stringify(draft)}</output>
        </I18nProvider>
      );
    }
    render(<Harness />);
    const form = screen.getByTestId('observation-form');
    expect(form.textContent).toContain('Chưa lưu được.');
    await user.selectOptions(within(form).getByLabelText('Tình trạng'), 'official');
    expect(JSON.parse(screen.getByTestId('draft').textContent!).status).toBe('official');
    await user.click(screen.getByTestId('observation-save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    await user.click(within(form).getByRole('button', { name: 'Hủy' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
