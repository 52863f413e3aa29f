// A file named for one purpose: typed in the browser host (the host's picker turns it into a
// handle), chosen with the native dialog in Electron (the field then shows the file's name).
import type { FilePurpose } from '../../../shared/contract';
import { useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { useVaultStore } from '../../stores/vaultStore';

interface Props {
  label: string;
  purpose: FilePurpose;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}

export function FileChoiceField({ label, purpose, value, onChange, testId }: Props) {
  const t = useT();
  const electron = useVaultStore((s) => s.status?.host === 'electron');
  const choose = async () => {
    const name = await useVaultStore.getState().chooseFile(purpose);
    if (name) onChange(name);
  };
  return (
    <Field label={label} required>
      {(c) => (
        <div className="input-row">
          <input
            {...c}
            className="input"
            value={value}
            readOnly={electron}
            onChange={(e) => onChange(e.target.value)}
            spellCheck={false}
            data-testid={testId}
          />
          {electron && (
            <button type="button" className="button" onClick={() => void choose()}>
              {t('settings.choose')}
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
