// Marking a directive "Hoàn thành" from the register asks when it was completed (today by
// default, editable), since a date set silently to today falsifies "done late" for work
// finished earlier and reported now.
import { useState } from 'react';
import { useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { FormDialog } from '../../../ui/FormDialog';
import { Field } from '../../../ui/Field';

interface Props {
  today: string;
  onConfirm: (completedOn: string) => void;
  onCancel: () => void;
}

/** Mounted only while a directive is being marked done, so each asking starts from today. */
export function CompletionDateDialog({ today, onConfirm, onCancel }: Props) {
  const t = useT();
  const [date, setDate] = useState<string | null>(today);
  const valid = date !== null && date !== '';
  return (
    <FormDialog
      title={t('directive.completedOnTitle')}
      onClose={onCancel}
      testId="completion-dialog"
      onSubmit={() => {
        if (valid) onConfirm(date);
      }}
      submit={t('directive.completedOnConfirm')}
      disabled={!valid}
      submitTestId="completion-confirm"
      cancelTestId="completion-cancel"
    >
      <Field label={t('directive.completedOnAsk')} hint={t('date.hint')} required>
        {(c) => (
          <DateInput
            {...c}
            required
            value={date}
            onChange={setDate}
            data-testid="completion-date"
          />
        )}
      </Field>
    </FormDialog>
  );
}
