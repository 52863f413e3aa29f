// Where the vault file is: creating and unlocking a vault ask the same way (ui/FileField).
import { useT } from '../../../i18n';
import { FileField } from '../../../ui/FileField';

interface Props {
  path: string;
  onPath(path: string): void;
  canChooseFile: boolean;
  /** The host's dialog: the chosen path, or null when the user closed it. */
  onChooseFile(): Promise<string | null>;
  error?: string | null;
  hint?: string;
  testId: string;
}

export function VaultPathField({ path, onPath, canChooseFile, onChooseFile, ...rest }: Props) {
  const t = useT();
  return (
    <FileField
      {...rest}
      label={t('vault.path')}
      value={path}
      onChange={onPath}
      onChoose={canChooseFile ? onChooseFile : null}
      chooseLabel={t('vault.choose')}
    />
  );
}
