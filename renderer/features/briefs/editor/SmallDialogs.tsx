// The two small dialogs of the body: a footnote's text (new, or an existing mark clicked to
// edit it) and the size of a new table.
import { useState } from 'react';
import { MAX_TABLE_COLUMNS } from '../../../../shared/brief';
import { useT } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { FormDialog } from '../../../ui/FormDialog';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { TextInput } from '../../../ui/TextInput';
import { Labelled } from '../../../ui/Labelled';

const FOOTNOTE_MAX = 2000;

interface FootnoteProps {
  /** The text of the footnote being edited; null inserts a new one. */
  editing: string | null;
  onDone(text: string): void;
  onRemove(): void;
  onClose(): void;
}

/** Mounted only while open, so each opening starts from the footnote's own text. */
export function FootnoteDialog({ editing, onDone, onRemove, onClose }: FootnoteProps) {
  const t = useT();
  const [value, setValue] = useState(editing ?? '');
  const text = value.normalize('NFC').trim();
  return (
    <Dialog
      open
      title={t(editing === null ? 'briefEditor.footnoteTitle' : 'briefEditor.footnoteEditTitle')}
      onClose={onClose}
      testId="footnote-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text) onDone(text);
        }}
      >
        <Labelled label={t('briefEditor.footnoteText')}>
          <TextInput
            value={value}
            maxLength={FOOTNOTE_MAX}
            rows={3}
            autoFocus
            onChange={setValue}
            testId="footnote-text"
          />
        </Labelled>
        <div className="form-actions form-actions--end">
          {editing !== null && (
            <Button look="danger" onClick={onRemove} testId="footnote-remove">
              {t('briefEditor.footnoteRemove')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" look="primary" disabled={!text} testId="footnote-save">
            {t(editing === null ? 'briefEditor.insert' : 'briefEditor.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** A typed table, not a pasted one: a brief's tables are small; 200 rows is plenty to start. */
const MAX_NEW_ROWS = 200;

// Rows and columns are the same whole-number box; only the label and the largest differ.
const SIZE_FIELDS = [
  { key: 'rows', label: 'briefEditor.tableRows', max: MAX_NEW_ROWS },
  { key: 'cols', label: 'briefEditor.tableCols', max: MAX_TABLE_COLUMNS },
] as const;

interface TableProps {
  onInsert(size: { rows: number; cols: number; withHeaderRow: boolean }): void;
  onClose(): void;
}

export function TableDialog({ onInsert, onClose }: TableProps) {
  const t = useT();
  // Kept as typed (a field may be empty for a moment); checked as whole numbers below.
  const [size, setSize] = useState({ rows: '3', cols: '3' });
  const [withHeaderRow, setHeader] = useState(true);
  const r = Number(size.rows);
  const c = Number(size.cols);
  const valid =
    Number.isInteger(r) &&
    Number.isInteger(c) &&
    r >= 1 &&
    r <= MAX_NEW_ROWS &&
    c >= 1 &&
    c <= MAX_TABLE_COLUMNS;
  return (
    <FormDialog
      title={t('briefEditor.tableTitle')}
      onClose={onClose}
      testId="table-dialog"
      formClassName="brief-dialog-form"
      onSubmit={() => {
        if (valid) onInsert({ rows: r, cols: c, withHeaderRow });
      }}
      submit={t('briefEditor.insert')}
      disabled={!valid}
      submitTestId="table-insert"
    >
      {SIZE_FIELDS.map(({ key, label, max }, i) => (
        <Labelled key={key} label={t(label)}>
          <TextInput
            type="number"
            min={1}
            max={max}
            value={size[key]}
            onChange={(typed) => setSize({ ...size, [key]: typed })}
            testId={`table-${key}`}
            autoFocus={i === 0}
          />
        </Labelled>
      ))}
      <Checkbox className="brief-dialog-check" checked={withHeaderRow} onChange={setHeader}>
        {t('briefEditor.tableHeaderRow')}
      </Checkbox>
      {!valid && (
        <p className="field__error" role="alert">
          {t('briefEditor.tableLimits', { rows: MAX_NEW_ROWS, cols: MAX_TABLE_COLUMNS })}
        </p>
      )}
    </FormDialog>
  );
}
