// The vault user's name and unit: recorded as the author of every revision, deletion and import.
import { useEffect, useState } from 'react';
import { getApi } from '../../api/client';
import { useLanguage, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { TextInput } from '../../ui/TextInput';
import { Labelled } from '../../ui/Labelled';

export function UserProfileForm() {
  const t = useT();
  const language = useLanguage();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const api = getApi();
    void api['userProfile.get']({}).then((r) => {
      if (r.ok) {
        setName(r.value.name);
        setUnit(r.value.unit);
      }
    });
  }, []);
  const save = async () => {
    const r = await getApi()['userProfile.set']({ name, unit });
    setMessage(r.ok ? t('profile.saved') : r.error.message[language]);
  };
  return (
    <section className="user-profile" data-testid="user-profile">
      <h2>{t('profile.title')}</h2>
      <p className="muted">{t('profile.hint')}</p>
      <div className="form-row">
        <Labelled label={t('profile.name')}>
          <TextInput value={name} maxLength={200} onChange={setName} testId="profile-name" />
        </Labelled>
        <Labelled label={t('profile.unit')}>
          <TextInput value={unit} maxLength={300} onChange={setUnit} testId="profile-unit" />
        </Labelled>
        <Button onClick={() => void save()} testId="profile-save">
          {t('profile.save')}
        </Button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
