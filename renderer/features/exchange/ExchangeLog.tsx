// "Nhật ký trao đổi": every seal, open (refused ones too), import and contact change, newest
// first, as the vault's audit log holds them — in words, not the codes it stores.
import type { CallOutput } from '../../../shared/contract';
import { useT, type MessageKey } from '../../i18n';
import { vi } from '../../i18n/vi';
import { useExchangeStore } from '../../stores/exchangeStore';
import { ColumnHeads } from '../../ui/ColumnHeads';

const LOG_ACTIONS = [
  'seal',
  'open',
  'open-refused',
  'import',
  'import-refused',
  'identity-issue',
  'identity-update',
  'contact-add',
  'contact-rename',
  'contact-revoke',
] as const;

/** The moment in the user's own clock (the log stores UTC): 26/8/2025 14:05. */
const localTime = (iso: string) => {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

/** The action in the user's language; an action this screen does not know yet shows as stored. */
function useActionLabel() {
  const t = useT();
  return (action: string) =>
    (LOG_ACTIONS as readonly string[]).includes(action)
      ? t(`exchange.logAction.${action}` as MessageKey)
      : action;
}

type Entry = CallOutput<'exchange.log'>[number];

/**
 * What happened, in the user's language: a refusal's reason, an import's counts, the items
 * sealed. Entries written before the log had details show their stored summary.
 */
function useSummary() {
  const t = useT();
  return (e: Entry): string => {
    const d = e.detail;
    if (!d) return e.summary;
    if (d.kind === 'imported') return t('exchangeTrust.imported', d);
    if (d.kind === 'items')
      return d.leftOut
        ? t('exchangeTrust.itemsLeftOut', { items: d.items, leftOut: d.leftOut })
        : t('exchangeTrust.items', { items: d.items });
    const key = `exchangeTrust.refused.${d.code}`;
    return key in vi ? t(key as MessageKey) : t('exchangeTrust.refused.other', { code: d.code });
  };
}

export function ExchangeLog() {
  const t = useT();
  const label = useActionLabel();
  const summary = useSummary();
  const log = useExchangeStore((s) => s.log);
  return (
    <section className="exchange-panel exchange-panel--wide" aria-labelledby="log">
      <h3 id="log">{t('exchange.log')}</h3>
      {log.length === 0 ? (
        <p className="empty">{t('exchange.noLog')}</p>
      ) : (
        <table className="data-table" data-testid="exchange-log">
          <ColumnHeads
            labels={[
              t('exchange.col.time'),
              t('exchange.col.action'),
              t('exchange.col.package'),
              t('exchange.col.summary'),
            ]}
          />
          <tbody>
            {log.slice(0, 100).map((e, i) => (
              <tr key={i} data-testid="exchange-log-row">
                <td className="nowrap">{localTime(e.at)}</td>
                <td className="nowrap">{label(e.action)}</td>
                <td className="nowrap" title={e.packageId ?? undefined}>
                  <code>{e.packageId?.slice(0, 8) ?? ''}</code>
                </td>
                <td>{summary(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
