// Marking a directive "Hoàn thành" from the register asks when it was completed (today by
// default, editable), since a date set silently to today falsifies "done late" for work
// finished earlier and reported now.
import { useState } from 'react';
import { useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { DialogActions } from '../../../ui/DialogActions';

interface Props {
  open: boolean;
  today: string;
  onConfirm: (completedOn: string) => void;
  onCancel: () => void;
}

export function CompletionDateDialog({ open, today, onConfirm, onCancel }: Props) {
  const t = useT();
  const [date, setDate] = useState<string | null>(today);
  const valid = date !== null && date !== '';
  return (
    <Dialog
      open={open}
      title={t('directive.completedOnTitle')}
      onClose={onCancel}
      testId="completion-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onConfirm(date);
        }}
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
        <DialogActions
          onCancel={onCancel}
          submit={t('directive.completedOnConfirm')}
          disabled={!valid}
          submitTestId="completion-confirm"
          cancelTestId="completion-cancel"
        />
      </form>
    </Dialog>
  );
}
