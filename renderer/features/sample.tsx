// "Tạo dữ liệu mẫu": the two meetings of the corpus with their directives and figures,
// offered only while the vault is empty and added only after the user says yes; "Xóa dữ liệu
// mẫu" removes exactly those records (by their fixed ids) in one step. After either, every
// list is refreshed.
import { useState } from 'react';
import { MEETING_IDS } from '../../shared/sample/ids';
import { useVaultStore } from '../stores/vaultStore';
import { reloadRegisters } from '../stores/reload-registers';
import { useMeetingsStore } from '../stores/meetingsStore';
import { useDirectivesStore } from '../stores/directivesStore';
import { useIndicatorsStore } from '../stores/indicatorsStore';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useT } from '../i18n';

export async function createSampleData(): Promise<void> {
  const ok = await useVaultStore.getState().createSampleData();
  if (ok) await reloadRegisters();
}

export async function removeSampleData(): Promise<number | null> {
  const removed = await useVaultStore.getState().removeSampleData();
  if (removed !== null) await reloadRegisters();
  return removed;
}

const SAMPLE_MEETINGS = new Set<string>(Object.values(MEETING_IDS));

/** The vault holds no meeting, directive or indicator (the lists are loaded unfiltered). */
export function useVaultEmpty(): boolean {
  const meetings = useMeetingsStore(
    (s) =>
      s.loaded && s.summaries.length === 0 && !s.filter.year && !s.filter.kind && !s.filter.mode,
  );
  const directives = useDirectivesStore((s) => s.total === 0);
  const indicators = useIndicatorsStore((s) => s.items.length === 0);
  return meetings && directives && indicators;
}

/** Some sample meeting is in the vault (the list shows it). */
export const useHasSample = (): boolean =>
  useMeetingsStore((s) => s.summaries.some((m) => SAMPLE_MEETINGS.has(m.id)));

export function SampleDataOffer() {
  const t = useT();
  const busy = useVaultStore((s) => s.sampleBusy);
  const error = useVaultStore((s) => s.sampleError);
  const empty = useVaultEmpty();
  const [asking, setAsking] = useState(false);
  if (!empty) return null;
  return (
    <div className="empty-offer" data-testid="empty-vault">
      <p>{t('sample.empty')}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => setAsking(true)}
        data-testid="sample-data-button"
      >
        {busy ? t('sample.working') : t('sample.create')}
      </button>
      <p className="muted">{t('sample.explain')}</p>
      <ErrorMessage error={error} testId="sample-error" />
      <ConfirmDialog
        open={asking}
        title={t('sample.create')}
        message={t('sample.ask')}
        confirmLabel={t('sample.create')}
        onConfirm={() => {
          setAsking(false);
          void createSampleData();
        }}
        onCancel={() => setAsking(false)}
        testId="sample-confirm"
      />
    </div>
  );
}

/** The menu's "Xóa dữ liệu mẫu", asked first; says how many records went. */
export function RemoveSampleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <ConfirmDialog
      open={open}
      title={t('sample.remove')}
      message={t('sample.removeAsk')}
      confirmLabel={t('sample.remove')}
      danger
      onConfirm={() => {
        onClose();
        void removeSampleData();
      }}
      onCancel={onClose}
      testId="sample-remove-confirm"
    />
  );
}
