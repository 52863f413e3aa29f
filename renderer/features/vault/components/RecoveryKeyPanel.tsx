// The recovery key, shown once after the vault is created. It is the only way back in if the
// passphrase is forgotten, so the user must print or save it and say so before going on.
import { useState } from 'react';
import { useT } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';

/** The key in groups a person can read aloud and copy by hand. */
export function groupRecoveryKey(key: string): string[] {
  const trimmed = key.trim();
  if (/[\s-]/.test(trimmed)) return trimmed.split(/[\s-]+/).filter(Boolean);
  return trimmed.match(/.{1,4}/g) ?? [];
}

interface Props {
  recoveryKey: string;
  vaultPath: string | null;
  onPrint: () => void;
  onSaveFile: () => void;
  onContinue: () => void;
}

export function RecoveryKeyPanel({
  recoveryKey,
  vaultPath,
  onPrint,
  onSaveFile,
  onContinue,
}: Props) {
  const t = useT();
  const [stored, setStored] = useState(false);
  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p className="lead">{t('recovery.lead')}</p>
      <div className="recovery__print" data-print-only-key>
        <p className="recovery__print-heading">{t('recovery.printHeading')}</p>
        {vaultPath && <p className="recovery__path">{vaultPath}</p>}
        <p className="recovery__key" data-testid="recovery-key" aria-label={t('recovery.keyLabel')}>
          {groupRecoveryKey(recoveryKey).map((g, i) => (
            <span key={i} className="recovery__group">
              {g}
            </span>
          ))}
        </p>
      </div>
      <p className="recovery__warning">{t('recovery.warning')}</p>
      <div className="form-actions">
        <Button onClick={onPrint} testId="recovery-print">
          {t('recovery.print')}
        </Button>
        <Button onClick={onSaveFile} testId="recovery-save">
          {t('recovery.save')}
        </Button>
      </div>
      <Checkbox
        className="checkbox checkbox--strong"
        checked={stored}
        onChange={setStored}
        testId="recovery-confirm"
      >
        {t('recovery.confirm')}
      </Checkbox>
      <div className="form-actions">
        <Button look="primary" disabled={!stored} onClick={onContinue} testId="recovery-continue">
          {t('recovery.continue')}
        </Button>
      </div>
    </section>
  );
}
