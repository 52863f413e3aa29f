// The strength of the passphrase being chosen, as a bar, a word and what to do about it.
import type { Strength, StrengthHint } from '../../../../shared/passphrase';
import { useT, type MessageKey } from '../../../i18n';

const LEVEL: MessageKey[] = ['strength.0', 'strength.1', 'strength.2', 'strength.3', 'strength.4'];
const HINT: Record<StrengthHint, MessageKey> = {
  tooShort: 'strength.hint.tooShort',
  addWords: 'strength.hint.addWords',
  addClasses: 'strength.hint.addClasses',
  commonWord: 'strength.hint.commonWord',
  repeated: 'strength.hint.repeated',
};

export function PassphraseMeter({ strength, empty }: { strength: Strength; empty: boolean }) {
  const t = useT();
  if (empty) return <p className="strength strength--empty">{t('strength.rule')}</p>;
  return (
    <div className="strength" data-testid="passphrase-strength" aria-live="polite">
      <div
        className="strength__bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={strength.score}
        aria-label={t('strength.label')}
      >
        {[0, 1, 2, 3].map((i) => (
          <span
            key={i}
            className={`strength__seg${i < strength.score ? ` strength__seg--on strength--s${strength.score}` : ''}`}
          />
        ))}
      </div>
      <p className="strength__level">
        {t('strength.label')}: <strong>{t(LEVEL[strength.score] ?? 'strength.0')}</strong>
        {strength.acceptable ? ` — ${t('strength.ok')}` : ` — ${t('strength.notYet')}`}
      </p>
      {strength.hints.length > 0 && (
        <ul className="strength__hints">
          {strength.hints.map((h) => (
            <li key={h}>{t(HINT[h], { min: 12, words: 4 })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
