// The chair's conclusions as numbered items: added, reordered, removed; each can become a
// directive that points back at it (by the item's id, which survives reordering).
import type { ConclusionItem } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { move, newItemId, removeAt, replaceAt, type FieldErrors } from '../../../ui/lists';
import { Button } from '../../../ui/Button';

interface Props {
  items: ConclusionItem[];
  onChange: (items: ConclusionItem[]) => void;
  errors?: FieldErrors;
  /** Null while the meeting has unsaved changes: the directive must point at a stored item. */
  onCreateDirective: ((item: ConclusionItem) => void) | null;
}

export function ConclusionList({ items, onChange, errors = {}, onCreateDirective }: Props) {
  const t = useT();
  return (
    <div className="stack">
      <ol className="conclusions">
        {items.map((item, i) => {
          const error = errors[`${i}.text`] ?? errors[`${i}.id`];
          return (
            <li key={item.id} className="conclusions__item" data-testid="conclusion-item">
              <span className="conclusions__num" aria-hidden="true">
                {i + 1}.
              </span>
              <div className="conclusions__body">
                <textarea
                  className="textarea"
                  rows={3}
                  aria-label={t('conclusion.label', { n: i + 1 })}
                  aria-invalid={Boolean(error)}
                  value={item.text}
                  onChange={(e) => onChange(replaceAt(items, i, { ...item, text: e.target.value }))}
                />
                {error && <p className="field__error">{error}</p>}
                <div className="conclusions__actions">
                  <Button
                    small
                    disabled={i === 0}
                    onClick={() => onChange(move(items, i, -1))}
                    aria-label={t('conclusion.up', { n: i + 1 })}
                  >
                    ↑
                  </Button>
                  <Button
                    small
                    disabled={i === items.length - 1}
                    onClick={() => onChange(move(items, i, 1))}
                    aria-label={t('conclusion.down', { n: i + 1 })}
                  >
                    ↓
                  </Button>
                  <Button look="danger-quiet" small onClick={() => onChange(removeAt(items, i))}>
                    {t('common.delete')}
                  </Button>
                  <Button
                    look="accent-quiet"
                    small
                    disabled={!onCreateDirective || !item.text.trim()}
                    title={onCreateDirective ? undefined : t('conclusion.saveFirst')}
                    onClick={() => onCreateDirective?.(item)}
                    testId="conclusion-to-directive"
                  >
                    {t('conclusion.toDirective')}
                  </Button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {!onCreateDirective && items.length > 0 && (
        <p className="field__hint">{t('conclusion.saveFirst')}</p>
      )}
      <Button small onClick={() => onChange([...items, { id: newItemId(), text: '' }])}>
        {t('conclusion.add')}
      </Button>
    </div>
  );
}
