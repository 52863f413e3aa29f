// A dated line of progress, added from the register without opening the editor.
import { useState, type FormEvent } from 'react';
import type { ProgressNote } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';

interface Props {
  today: string;
  onSubmit: (note: ProgressNote) => Promise<boolean>;
  onCancel: () => void;
}

export function ProgressNoteForm({ today, onSubmit, onCancel }: Props) {
  const t = useT();
  const [date, setDate] = useState<string | null>(today);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = Boolean(date) && text.trim().length > 0 && !busy;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!ready || !date) return;
    setBusy(true);
    const ok = await onSubmit({ date, text: text.trim() });
    setBusy(false);
    if (ok) onCancel();
  }

  return (
    <form className="note-form" onSubmit={(e) => void submit(e)} data-testid="progress-note-form">
      <DateInput value={date} required onChange={setDate} aria-label={t('note.date')} />
      <input
        className="input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('note.placeholder')}
        aria-label={t('note.text')}
        autoFocus
      />
      <button type="submit" className="button button--primary button--small" disabled={!ready}>
        {t('note.add')}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
