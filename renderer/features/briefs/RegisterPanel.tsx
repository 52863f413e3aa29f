// The outgoing register (sổ văn bản đi, issue 10): the documents this organisation issued in a
// year, by number — số ký hiệu, ngày tháng, tên loại và trích yếu, người ký, nơi nhận — and the
// register as a CSV file to file or print from a spreadsheet.
import { useEffect } from 'react';
import { registerRow } from '../../../shared/brief';
import { useT } from '../../i18n';
import { useLifecycleStore } from '../../stores/lifecycleStore';
import { ErrorMessage } from '../../ui/ErrorMessage';

const COLUMNS = ['number', 'date', 'abstract', 'signer', 'recipients'] as const;

export function RegisterPanel() {
  const t = useT();
  const l = useLifecycleStore();
  const { registerYear, registerLoaded, loadRegister } = l;
  useEffect(() => {
    if (!registerLoaded) void loadRegister(registerYear);
  }, [registerLoaded, registerYear, loadRegister]);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  return (
    <section
      className="outgoing-register"
      data-testid="register-panel"
      aria-label={t('lifecycle.register')}
    >
      <div className="page-head">
        <h3>{t('lifecycle.register')}</h3>
        <label className="briefs-filter">
          <span>{t('lifecycle.registerYear')}</span>
          <select
            className="select"
            value={registerYear}
            onChange={(e) => void loadRegister(Number(e.target.value))}
            data-testid="register-year"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <span className="page-head__count">
          {t('lifecycle.registerCount', { n: l.register.length })}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => void l.exportRegister()}
          disabled={l.register.length === 0}
          data-testid="register-export"
        >
          {t('lifecycle.registerExport')}
        </button>
      </div>
      <ErrorMessage error={l.error} onDismiss={() => l.clearError()} />
      {l.register.length === 0 ? (
        registerLoaded && <p className="muted">{t('lifecycle.registerEmpty')}</p>
      ) : (
        <table className="briefs-table" data-testid="register-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c}>{t(`lifecycle.col.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {l.register.map((e) => {
              const cells = registerRow(e);
              return (
                <tr key={`${e.year}-${e.number}`} data-testid="register-row">
                  {cells.map((text, i) => (
                    <td
                      key={i}
                      className={
                        COLUMNS[i] === 'recipients'
                          ? 'recipients'
                          : COLUMNS[i] === 'abstract'
                            ? ''
                            : 'nowrap'
                      }
                    >
                      {text}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
