// What opening a package would do, before anything is written: who sent it (name, how the
// contacts list knows them, fingerprint), the covering note and expiry, each item with its
// effect, and one choice per conflict. "Nhập" stays disabled until every conflict has one.
import { useT, type MessageKey } from '../../i18n';
import {
  readyToImport,
  useExchangeStore,
  type Opened,
  type Resolution,
} from '../../stores/exchangeStore';
import { Fragment } from 'react';
import { Fingerprint } from './Fingerprint';
import { PackageDifferences } from './PackageDifferences';
import { ColumnHeads } from '../../ui/ColumnHeads';
import { Button } from '../../ui/Button';

const ACTION_LABEL: Record<string, MessageKey> = {
  add: 'exchange.action.add',
  'skip-identical': 'exchange.action.identical',
  update: 'exchange.action.update',
  'mine-newer': 'exchange.action.mineNewer',
  conflict: 'exchange.action.conflict',
  attachment: 'exchange.action.attachment',
};

const KIND_LABEL: Record<string, MessageKey> = {
  meeting: 'exchange.kind.meeting',
  directive: 'exchange.kind.directive',
  brief: 'exchange.kind.brief',
  indicator: 'exchange.kind.indicator',
  observation: 'exchange.kind.observation',
  rendering: 'exchange.kind.rendering',
};

const RESOLUTION_LABEL: Record<Resolution, MessageKey> = {
  mine: 'exchange.keepMine',
  theirs: 'exchange.takeTheirs',
  both: 'exchange.keepBoth',
};

/**
 * What the user may choose per record: a conflict must be settled (nothing is chosen until
 * then) and may keep both; an update is taken unless declined for this record (issue 9 §5).
 */
const CHOICES: Record<'conflict' | 'update', { unset: Resolution | ''; options: Resolution[] }> = {
  conflict: { unset: '', options: ['mine', 'theirs', 'both'] },
  update: { unset: 'theirs', options: ['theirs', 'mine'] },
};

const localDateTime = (iso: string) => {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

export function PackagePreview({ opened }: { opened: Opened }) {
  const t = useT();
  const busy = useExchangeStore((s) => s.busy);
  const resolve = useExchangeStore((s) => s.resolve);
  const importOpened = useExchangeStore((s) => s.importOpened);
  const closeOpened = useExchangeStore((s) => s.closeOpened);
  const { preview, resolutions } = opened;
  const { sender } = preview;
  const unresolved = preview.items.filter(
    (i) => i.action === 'conflict' && !resolutions[i.key],
  ).length;
  return (
    <div className="package-preview" data-testid="package-preview">
      <p className="package-preview__sender">
        {t('exchange.from')} <strong data-testid="package-sender">{sender.name}</strong>
        {sender.unit && ` — ${sender.unit}`}{' '}
        {sender.contactName === null ? (
          <span className="muted">({t('exchange.ownPackage')})</span>
        ) : (
          // Said only when the user renamed the contact: the name they know it by.
          sender.contactName &&
          sender.contactName !== sender.name && (
            <span className="muted">({t('exchange.knownAs', { name: sender.contactName })})</span>
          )
        )}
      </p>
      <Fingerprint digits={sender.fingerprint} testId="package-fingerprint" />
      {preview.note && (
        <blockquote className="package-preview__note" data-testid="package-note">
          {preview.note}
        </blockquote>
      )}
      {preview.expiresAt && (
        <p className="muted">
          {t('exchange.expiresAt', { date: localDateTime(preview.expiresAt) })}
        </p>
      )}
      <table className="data-table">
        <ColumnHeads
          labels={[
            t('exchange.col.item'),
            t('exchange.col.kind'),
            t('exchange.col.effect'),
            t('exchange.col.choice'),
          ]}
        />
        <tbody>
          {preview.items.map((i) => (
            <Fragment key={i.key}>
              <tr
                data-testid="package-item"
                className={i.action === 'conflict' ? 'package-item--conflict' : undefined}
              >
                <td>{i.name}</td>
                <td className="nowrap">{KIND_LABEL[i.kind] ? t(KIND_LABEL[i.kind]!) : i.kind}</td>
                <td className={`package-action package-action--${i.action}`}>
                  {t(ACTION_LABEL[i.action] ?? 'exchange.action.add')}
                </td>
                <td>
                  {(i.action === 'conflict' || i.action === 'update') && (
                    <select
                      className="select"
                      value={resolutions[i.key] ?? CHOICES[i.action].unset}
                      onChange={(e) => resolve(i.key, e.target.value as Resolution)}
                      aria-label={`${t('exchange.col.choice')}: ${i.name}`}
                      data-testid={`${i.action}-choice`}
                    >
                      {CHOICES[i.action].unset === '' && (
                        <option value="" disabled>
                          {t('exchange.choose')}
                        </option>
                      )}
                      {CHOICES[i.action].options.map((r) => (
                        <option key={r} value={r}>
                          {t(RESOLUTION_LABEL[r])}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              </tr>
              {i.differences && (
                <PackageDifferences differences={i.differences} columns={4} kind={i.kind} />
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {unresolved > 0 && (
        <p className="field__hint" data-testid="conflicts-left">
          {t('exchange.conflictsLeft', { n: unresolved })}
        </p>
      )}
      <div className="form-actions">
        <Button onClick={closeOpened}>{t('common.cancel')}</Button>
        <Button
          look="primary"
          disabled={busy || !readyToImport(opened)}
          onClick={() => void importOpened()}
          testId="import"
        >
          {t('exchange.import')}
        </Button>
      </div>
    </div>
  );
}
