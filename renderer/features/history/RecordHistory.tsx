// "Lịch sử" under an open record's editor (issue 9 §3): the record's revisions, field by field,
// with restore as a new revision. Read only when asked (the panel loads when opened). While the
// editor holds unsaved changes a restore is held back: it would reload the record over them.
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { HistoryPanel } from './HistoryPanel';
import { Button } from '../../ui/Button';
import type { EditorState } from '../../stores/editor';

export function RecordHistory({
  recordId,
  revision,
  dirty,
  onRestored,
}: {
  recordId: string;
  /** The revision the editor holds; a save shows in the history at once. */
  revision: number;
  /** The editor has unsaved changes: restoring waits until they are saved or dropped. */
  dirty: boolean;
  /** After a restore: reload the record into its editor. */
  onRestored: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="record-history" data-testid="record-history">
      <Button
        small
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        testId="record-history-toggle"
      >
        {open ? t('history.hide') : t('history.show')}
      </Button>
      {open && (
        <HistoryPanel
          recordId={recordId}
          revision={revision}
          onRestored={onRestored}
          restoreBlocked={dirty ? t('history.saveFirst') : null}
        />
      )}
    </div>
  );
}

/**
 * Under a register's editor, the saved record's revisions; a record not yet saved has none. One
 * place feeds the history from the editor (keyed by record, so opening another record starts it
 * closed) for every register that shows it.
 */
interface SavedHistoryProps {
  editor: EditorState<unknown, { id: string; revision: number }>;
  /** After a restore: reload the record (and whatever list shows it). */
  onRestored: (id: string) => Promise<void> | void;
}

export function SavedHistory({ editor, onRestored }: SavedHistoryProps) {
  const saved = editor.original;
  if (!saved) return null;
  return (
    <RecordHistory
      key={`history-${saved.id}`}
      recordId={saved.id}
      revision={saved.revision}
      dirty={editor.dirty}
      onRestored={() => void onRestored(saved.id)}
    />
  );
}

/** A register's editor in the side drawer beside the list, its saved history under it. */
export function EditorDrawer({
  label,
  children,
  ...history
}: SavedHistoryProps & { label: string; children: ReactNode }) {
  return (
    <aside className="drawer" aria-label={label}>
      {children}
      <SavedHistory {...history} />
    </aside>
  );
}
