// The outgoing register (sổ văn bản đi, issue 10): the documents this organisation issued in a
// year, by number — số ký hiệu, ngày tháng, tên loại và trích yếu, người ký, nơi nhận — and the
// register to Excel, Word or CSV, and printed as a table (the button or Ctrl+P).
import { useEffect } from 'react';
import { registerRow } from '../../../shared/brief';
import { outgoingRegister } from '../../../shared/registers/outgoing-register';
import { useT, type MessageKey } from '../../i18n';
import { PrintRegister } from '../follow-up/PrintRegister';
import { useLifecycleStore } from '../../stores/lifecycleStore';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Button } from '../../ui/Button';

const COLUMNS = ['number', 'date', 'abstract', 'signer', 'recipients'] as const;

const EXPORT_LABEL = {
  xlsx: 'register.exportXlsx',
  docx: 'register.exportDocx',
  csv: 'lifecycle.registerExport',
} as const satisfies Record<string, MessageKey>;

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
        {(['xlsx', 'docx', 'csv'] as const).map((format) => (
          <Button
            small
            key={format}
            onClick={() => void l.exportRegister(format)}
            disabled={l.register.length === 0}
            testId={format === 'csv' ? 'register-export' : `register-export-${format}`}
          >
            {t(EXPORT_LABEL[format])}
          </Button>
        ))}
        <PrintRegister
          build={() => outgoingRegister(l.register, registerYear)}
          filters={null}
          testId="print-outgoing-register"
        />
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
