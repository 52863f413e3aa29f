// The pre-export check and the export: the check reads the stored brief (unsaved edits are
// saved first), warnings are asked about, blocking problems stop it, then the file is written.
import { asDraftWarnings } from '../../../shared/brief/check';
import { getApi } from '../../api/client';
import { exportBriefFile } from '../../lib/export-file';
import { flushBodyEdits, savedDraft } from './draft';
import type { BriefsSlice, BriefsState } from './state';
import { failed } from '../failed';

type ExportActions = Pick<BriefsState, 'checkBrief' | 'exportBrief' | 'dismissExport'>;

export function exportActions({ set, get }: BriefsSlice): ExportActions {
  return {
    async checkBrief() {
      // The check reads the stored brief: unsaved edits are saved first so it checks them.
      const d = await savedDraft(get);
      if (!d) return null;
      const r = await getApi()['briefs.check']({ id: d.stored.id });
      if (failed(r, set)) return null;
      if (get().draft?.stored.id === d.stored.id) set({ problems: r.value });
      return r.value;
    },

    async exportBrief(format, confirmed = false) {
      flushBodyEdits();
      const d = get().draft;
      const phase = get().exporting.phase;
      if (!d || phase === 'checking' || phase === 'exporting') return;
      set({ exporting: { phase: 'checking', format, startedAt: Date.now() } });
      const checked = await get().checkBrief();
      if (checked === null) {
        set({ exporting: { phase: 'idle' } });
        return;
      }
      // A draft always exports (marked "DỰ THẢO"): what would block issuing is a warning here.
      // An issued document exports its frozen content; only its warnings are worth showing.
      const problems =
        d.stored.status === 'issued'
          ? checked.filter((p) => p.severity === 'warning')
          : asDraftWarnings(checked);
      if (problems.some((p) => p.severity === 'blocking')) {
        set({ exporting: { phase: 'blocked', format, problems } });
        return;
      }
      if (problems.length > 0 && !confirmed) {
        set({ exporting: { phase: 'confirm-warnings', format, problems } });
        return;
      }
      const current = get().draft;
      if (!current) {
        set({ exporting: { phase: 'idle' } });
        return;
      }
      set({ exporting: { phase: 'exporting', format, startedAt: Date.now() } });
      const r = await exportBriefFile(current.stored.id, format);
      if (!r.ok) {
        set({ error: r.error, exporting: { phase: 'idle' } });
        return;
      }
      set({
        exporting: r.value.cancelled
          ? { phase: 'idle' }
          : { phase: 'done', format, result: r.value },
      });
    },

    dismissExport() {
      set({ exporting: { phase: 'idle' } });
    },
  };
}
