// "Tạo dữ liệu mẫu": the two meetings of the corpus with their directives and figures, offered
// on an empty vault and in the menu. After loading, every list is refreshed.
import { useVaultStore } from '../stores/vaultStore';
import { useMeetingsStore } from '../stores/meetingsStore';
import { useDirectivesStore } from '../stores/directivesStore';
import { useIndicatorsStore } from '../stores/indicatorsStore';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useT } from '../i18n';

export async function createSampleData(): Promise<void> {
  const ok = await useVaultStore.getState().createSampleData();
  if (!ok) return;
  await Promise.all([
    useMeetingsStore.getState().loadMeetings(),
    useDirectivesStore.getState().loadDirectives(),
    useIndicatorsStore.getState().loadIndicators(),
  ]);
}

export function SampleDataOffer() {
  const t = useT();
  const busy = useVaultStore((s) => s.sampleBusy);
  const error = useVaultStore((s) => s.sampleError);
  return (
    <div className="empty-offer" data-testid="empty-vault">
      <p>{t('sample.empty')}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => void createSampleData()}
        data-testid="sample-data-button"
      >
        {busy ? t('sample.working') : t('sample.create')}
      </button>
      <p className="muted">{t('sample.explain')}</p>
      <ErrorMessage error={error} testId="sample-error" />
    </div>
  );
}
