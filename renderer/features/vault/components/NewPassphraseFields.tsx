// A new passphrase chosen: typed, its strength shown under it, then typed again. Creating a
// vault and changing its passphrase ask the same way, with the same meter.
import type { Strength } from '../../../../shared/passphrase';
import { SecretField } from '../../../ui/SecretField';
import { PassphraseMeter } from './PassphraseMeter';

interface Entry {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  testId: string;
}

interface Props {
  passphrase: Entry;
  confirm: Entry;
  strength: Strength;
  /** The "show what I type" box. */
  reveal?: boolean;
}

export function NewPassphraseFields({ passphrase, confirm, strength, reveal }: Props) {
  return (
    <>
      <SecretField {...passphrase} autoComplete="new-password" reveal={reveal} />
      <PassphraseMeter strength={strength} empty={passphrase.value === ''} />
      <SecretField {...confirm} autoComplete="new-password" reveal={reveal} />
    </>
  );
}
