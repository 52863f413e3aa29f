// The history of one record (issue 9 §3): its revisions newest first — when, who, the fields
// each changed with before and after side by side — and "restore as a new revision" on any
// older one. Works for every kind of record; a trashed record's history is shown read-only.
import { useEffect, useState } from 'react';
import type { RecordHistoryInfo } from '../../../shared/history-calls';
import type { AppError } from '../../../shared/result';
import { getApi } from '../../api/client';
import { useT, useLanguage } from '../../i18n';
import { fieldLabel, valueText } from './field-text';
import { localDateTime } from './format';
import { ColumnHeads } from '../../ui/ColumnHeads';

export function HistoryPanel({
  recordId,
  onRestored,
  restoreBlocked = null,
  revision,
}: {
  recordId: string;
  /** The revision the caller holds: a new one (a save) reads the history again. */
  revision?: number;
  onRestored?: () => void;
  /** Why restoring is not possible now (unsaved changes in the editor), or null. */
  restoreBlocked?: string | null;
}) {
  const t = useT();
  const language = useLanguage();
  const [history, setHistory] = useState<RecordHistoryInfo | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Bumped after a restore: the effect reads the history again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const api = getApi();
    void api['history.list']({ id: recordId }).then((r) => {
      if (!live) return;
      if (r.ok) setHistory(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [recordId, version, revision]);

  const restore = async (revision: number) => {
    if (!history?.current) return;
    const r = await getApi()['history.restore']({ id: recordId, revision, seen: history.current });
    if (!r.ok) return setError(r.error);
    setError(null);
    setNotice(t('history.restored', { from: revision, to: r.value.revision }));
    setVersion((v) => v + 1);
    onRestored?.();
  };

  return (
    <section className="history-panel" data-testid="history-panel" aria-label={t('history.title')}>
      <h3>{t('history.title')}</h3>
      {error && (
        <p className="field__error" role="alert">
          {error.message[language]}
        </p>
      )}
      {notice && (
        <p className="muted" role="status">
          {notice}
        </p>
      )}
      {history?.inTrash && <p className="muted">{t('history.inTrash')}</p>}
      {restoreBlocked && <p className="muted">{restoreBlocked}</p>}
      {history?.revisions.map((rev) => (
        <article key={rev.revision} className="history-revision" data-testid="history-revision">
          <header className="history-revision__head">
            <strong>{t('history.revision', { n: rev.revision })}</strong>
            {rev.revision === history.current && (
              <span className="badge">{t('history.current')}</span>
            )}
            <span className="muted">
              {t('history.by', { at: localDateTime(rev.at), by: rev.by })}
            </span>
            <code className="muted" title={rev.hash}>
              {rev.hash.slice(0, 12)}
            </code>
            {history.current !== null && rev.revision !== history.current && (
              <button
                type="button"
                className="button"
                disabled={restoreBlocked !== null}
                title={restoreBlocked ?? undefined}
                onClick={() => void restore(rev.revision)}
                data-testid="history-restore"
              >
                {t('history.restore')}
              </button>
            )}
          </header>
          {rev.changes.length === 0 ? (
            <p className="muted">{t('history.noChanges')}</p>
          ) : (
            <table className="data-table history-changes">
              <ColumnHeads labels={[t('history.field'), t('history.before'), t('history.after')]} />
              <tbody>
                {rev.changes.map((c) => (
                  <tr key={c.field} data-testid="history-change">
                    <td className="nowrap">{fieldLabel(t, c.field, history.kind)}</td>
                    <td className="diff-before">{valueText(t, c.field, c.before, history.kind)}</td>
                    <td className="diff-after">{valueText(t, c.field, c.after, history.kind)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
    </section>
  );
}
