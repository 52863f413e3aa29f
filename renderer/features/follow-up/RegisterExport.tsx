// "Xuất Excel" / "Xuất Word" on a register: the host renders the file (registers.export); the
// Electron shell asks where to save it, the browser host hands back the bytes to download.
import { useState } from 'react';
import type { AppError } from '../../../shared/result';
import { getApi } from '../../api/client';
import { useT } from '../../i18n';
import { downloadBase64 } from '../../lib/export-file';
import { ErrorMessage } from '../../ui/ErrorMessage';

export function RegisterExport({
  register,
  by = 'unit',
}: {
  register: 'directives' | 'indicators' | 'stats';
  by?: 'unit' | 'meeting' | 'month';
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const run = async (format: 'xlsx' | 'docx') => {
    setBusy(true);
    setError(null);
    setDone(null);
    const r = await getApi()['registers.export']({ register, format, by, deliver: 'save-dialog' });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const { fileName, mime, base64, savedTo, cancelled } = r.value;
    if (cancelled) return;
    if (savedTo === null) downloadBase64(fileName, mime, base64);
    setDone(
      savedTo === null
        ? t('register.exported', { name: fileName })
        : t('register.savedTo', { path: savedTo }),
    );
  };

  return (
    <span className="register-export">
      {(['xlsx', 'docx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void run(format)}
          data-testid={`export-${register}-${format}`}
        >
          {t(format === 'xlsx' ? 'register.exportXlsx' : 'register.exportDocx')}
        </button>
      ))}
      {done && (
        <span className="register-export__done" role="status">
          {done}
        </span>
      )}
      <ErrorMessage error={error} />
    </span>
  );
}
