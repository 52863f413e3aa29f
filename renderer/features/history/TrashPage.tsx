// "Lịch sử & thùng rác" (issue 9): who this vault's user is (named in every revision), the
// trash — each deleted record with what was linked to it, its history, restore with its links,
// and emptying only after a confirmation — and the package imports, each undoable as a unit.
import { useEffect, useState, type ReactNode } from 'react';
import type { ImportInfo, TrashEntryInfo } from '../../../shared/history-calls';
import type { AppError } from '../../../shared/result';
import { getApi } from '../../api/client';
import { reloadRegisters } from '../../stores/reload-registers';
import { useLanguage, useT, type MessageKey } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { localDateTime } from './format';
import { HistoryPanel } from './HistoryPanel';
import { UserProfileForm } from './UserProfileForm';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';

const KIND: Record<string, MessageKey> = {
  meeting: 'kind.meeting',
  directive: 'kind.directive',
  indicator: 'kind.indicator',
  observation: 'kind.observation',
  brief: 'kind.brief',
};

function TrashItem({ entry, onRestore }: { entry: TrashEntryInfo; onRestore: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <li className="trash-item" data-testid="trash-item">
      <div className="trash-item__head">
        <span className="badge">{t(KIND[entry.kind]!)}</span> <strong>{entry.title}</strong>{' '}
        <span className="muted">
          {t('trash.deletedAt', { at: localDateTime(entry.deletedAt), by: entry.deletedBy })}
        </span>
        <Button look="primary" onClick={onRestore} testId="trash-restore">
          {t('trash.restore')}
        </Button>
        <Button onClick={() => setOpen(!open)}>
          {open ? t('history.hide') : t('history.show')}
        </Button>
      </div>
      {entry.links.length > 0 && (
        <ul className="trash-links">
          {entry.links.map((l) => (
            <li key={`${l.kind}:${l.id}`}>
              {t(KIND[l.kind]!)}: {l.title} —{' '}
              <span className="muted">{t(`trash.effect.${l.effect}` as MessageKey)}</span>
            </li>
          ))}
        </ul>
      )}
      {open && <HistoryPanel recordId={entry.id} />}
    </li>
  );
}

function ImportItem({ item, onUndo }: { item: ImportInfo; onUndo: (forget: boolean) => void }) {
  const t = useT();
  const [forget, setForget] = useState(false);
  return (
    <li className="import-item" data-testid="import-item">
      {t('imports.line', {
        sender: item.sender,
        at: localDateTime(item.importedAt),
        by: item.importedBy,
        n: item.records,
      })}{' '}
      {item.undoneAt ? (
        <span className="muted">({t('imports.undone', { at: localDateTime(item.undoneAt) })})</span>
      ) : (
        <span className="import-item__actions">
          <Checkbox checked={forget} onChange={setForget}>
            {t('imports.forget')}
          </Checkbox>
          <Button onClick={() => onUndo(forget)} testId="import-undo">
            {t('imports.undo')}
          </Button>
        </span>
      )}
    </li>
  );
}

/** A titled part of the page: its list, or the words saying it has nothing. */
function Listing({
  title,
  none,
  children,
}: {
  title: string;
  none: string | false;
  children: ReactNode;
}) {
  return (
    <section>
      <h2>{title}</h2>
      {none ? <p className="muted">{none}</p> : children}
    </section>
  );
}

export function TrashPage() {
  const t = useT();
  const language = useLanguage();
  const [trash, setTrash] = useState<TrashEntryInfo[]>([]);
  const [imports, setImports] = useState<ImportInfo[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Bumped after every action: the effect reads the trash and the imports again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const api = getApi();
    void Promise.all([api['trash.list']({}), api['imports.list']({})]).then(([tr, im]) => {
      if (!live) return;
      if (tr.ok) setTrash(tr.value);
      if (im.ok) setImports(im.value);
      if (!tr.ok) setError(tr.error);
      else if (!im.ok) setError(im.error);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const after = async (
    r: { ok: true; value: unknown } | { ok: false; error: AppError },
    message: string,
  ) => {
    if (!r.ok) {
      setError(r.error);
      setNotice(null);
    } else {
      setError(null);
      setNotice(message);
      // Records came back or went: the registers must not show the lists from before.
      void reloadRegisters();
    }
    setVersion((v) => v + 1);
  };
  const restore = async (entry: TrashEntryInfo) =>
    after(
      await getApi()['trash.restore']({ id: entry.id }),
      t('trash.restored', { title: entry.title }),
    );
  const undo = async (item: ImportInfo, forget: boolean) => {
    const r = await getApi()['imports.undo']({ packageId: item.packageId, forget });
    await after(
      r,
      r.ok
        ? t('imports.undoneMessage', { restored: r.value.restored, removed: r.value.removed })
        : '',
    );
  };
  const emptyAll = async () => {
    setConfirming(false);
    const r = await getApi()['trash.empty']({});
    await after(r, '');
  };

  return (
    <div className="page trash-page" data-testid="trash-page">
      <h1>{t('nav.trash')}</h1>
      {error && (
        <p className="field__error" role="alert" data-testid="trash-error">
          {error.message[language]}
        </p>
      )}
      {notice && (
        <p role="status" data-testid="trash-notice">
          {notice}
        </p>
      )}
      <UserProfileForm />
      <Listing title={t('trash.title')} none={trash.length === 0 && t('trash.empty')}>
        <ul className="trash-list">
          {trash.map((e) => (
            <TrashItem key={e.id} entry={e} onRestore={() => void restore(e)} />
          ))}
        </ul>
        <Button look="danger" onClick={() => setConfirming(true)} testId="trash-empty">
          {t('trash.emptyAll')}
        </Button>
      </Listing>
      <Listing title={t('imports.title')} none={imports.length === 0 && t('imports.none')}>
        <ul className="import-list">
          {imports.map((i) => (
            <ImportItem key={i.packageId} item={i} onUndo={(forget) => void undo(i, forget)} />
          ))}
        </ul>
      </Listing>
      <ConfirmDialog
        open={confirming}
        title={t('trash.confirmTitle')}
        message={t('trash.confirmMessage', { n: trash.length })}
        confirmLabel={t('trash.confirm')}
        danger
        onConfirm={() => void emptyAll()}
        onCancel={() => setConfirming(false)}
        testId="trash-confirm"
      />
    </div>
  );
}
