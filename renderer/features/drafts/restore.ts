// Puts a draft back into its editor: opens the record (or a new one) the draft was typed in,
// then lays the saved state over it. The editor is dirty afterwards, so saving it is one
// click and autosave keeps the draft current meanwhile.
import type { BodyDoc, BriefHeader, BriefOrganisation } from '../../../shared/brief';
import type { DraftEditor } from '../../../shared/drafts-calls';
import { useBriefsStore } from '../../stores/briefsStore';
import { useDirectivesStore, type DirectiveDraft } from '../../stores/directivesStore';
import { useDraftsStore } from '../../stores/draftsStore';
import {
  useIndicatorsStore,
  type IndicatorDraft,
  type ObservationDraft,
} from '../../stores/indicatorsStore';
import { useMeetingsStore, type MeetingDraft } from '../../stores/meetingsStore';
import { useOrganisationStore } from '../../stores/organisationStore';
import type { View } from '../../stores/navigationStore';

export const VIEW_OF: Record<DraftEditor, View> = {
  meeting: 'meetings',
  directive: 'directives',
  indicator: 'indicators',
  observation: 'indicators',
  brief: 'briefs',
  organisation: 'briefs',
};

type Body = Record<string, unknown>;

/** The saved state laid over the draft as opened: what the user typed wins, the rest stays. */
const over =
  <T>(body: Body) =>
  (draft: T): T => ({ ...draft, ...(body as Partial<T>) });

/** A draft of a new record goes into an empty editor; one of a saved record, into that record. */
async function openRecord(
  key: string,
  startNew: () => void,
  open: (id: string) => Promise<unknown>,
): Promise<void> {
  if (key === 'new') startNew();
  else await open(key);
}

export async function restoreDraft(editor: DraftEditor, key: string): Promise<boolean> {
  const body = (await useDraftsStore.getState().takeDraft(editor, key)) as Body | null;
  if (!body) return false;
  switch (editor) {
    case 'meeting': {
      const s = useMeetingsStore.getState();
      await openRecord(key, s.startNewMeeting, s.openMeeting);
      useMeetingsStore.getState().editMeeting(over<MeetingDraft>(body));
      return true;
    }
    case 'directive': {
      const s = useDirectivesStore.getState();
      await openRecord(key, s.startNewDirective, s.openDirective);
      useDirectivesStore.getState().editDirective(over<DirectiveDraft>(body));
      return true;
    }
    case 'indicator': {
      const s = useIndicatorsStore.getState();
      if (!s.loaded) await s.loadIndicators();
      const existing = useIndicatorsStore.getState().items.find((i) => i.id === key);
      useIndicatorsStore.getState().startIndicator(existing);
      useIndicatorsStore.getState().editIndicator(over<IndicatorDraft>(body));
      return true;
    }
    case 'observation': {
      const s = useIndicatorsStore.getState();
      if (!s.loaded) await s.loadIndicators();
      const indicatorId = String(body.indicatorId ?? '');
      const existing = useIndicatorsStore
        .getState()
        .items.flatMap((i) => i.observations)
        .find((o) => o.id === key);
      useIndicatorsStore.getState().startObservation(indicatorId, existing);
      useIndicatorsStore.getState().editObservation(over<ObservationDraft>(body));
      return true;
    }
    case 'brief': {
      if (!(await useBriefsStore.getState().openBrief(key))) return false;
      const d = useBriefsStore.getState().draft;
      if (!d) return false;
      useBriefsStore.setState({
        draft: {
          ...d,
          header: (body.header as BriefHeader | undefined) ?? d.header,
          body: (body.body as BodyDoc | undefined) ?? d.body,
          dirty: true,
          // A new key makes the body editor load the restored document.
          bodyKey: `${d.stored.id}:draft:${Date.now()}`,
        },
        saved: false,
      });
      return true;
    }
    case 'organisation': {
      // A draft kept from an older profile still wins: the user typed it and asked for it back.
      if (!(await useOrganisationStore.getState().openEditor())) return false;
      useOrganisationStore.getState().editOrganisation(over<BriefOrganisation>(body));
      return true;
    }
  }
}
