// A file named for one purpose: typed in the browser host (the host's picker turns it into a
// handle), chosen with the native dialog in Electron (the field then shows the file's name).
import type { FilePurpose } from '../../../shared/contract';
import { useT } from '../../i18n';
import { FileField } from '../../ui/FileField';
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
  return (
    <FileField
      label={label}
      value={value}
      onChange={onChange}
      onChoose={electron ? () => useVaultStore.getState().chooseFile(purpose) : null}
      chooseLabel={t('settings.choose')}
      readOnly={electron}
      testId={testId}
    />
  );
}
