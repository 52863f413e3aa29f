// Unsaved work across a restart of the host (issue 9: "after a host restart the open tab asks
// for the passphrase again and keeps what is on screen"). When the vault stops being unlocked
// without this window locking it, the unsaved state of every editor is held for a moment; the
// host's next status decides: the same run of the host means a real lock (another window, the
// host's own timer), and the work is let go — its drafts were written before the lock; a new
// run means the host restarted, and the work waits, in this window's memory only, for the
// unlock. It is then written as drafts (so a second crash cannot lose it) and put back into
// its editors, on the page that was open.
import type { DraftEditor } from '../../../shared/drafts-calls';
import { getApi } from '../../api/client';
import { DRAFT_SOURCES } from '../../stores/draft-autosave';
import { useDraftsStore } from '../../stores/draftsStore';
import { useHostLinkStore } from '../../stores/hostLinkStore';
import { useNavigationStore, type View } from '../../stores/navigationStore';
import { onRecordsDropping } from '../../stores/session';
import { useVaultStore } from '../../stores/vaultStore';
import { restoreDraft } from './restore';

interface Carried {
  /** The run of the host the work was typed against. */
  instance: string;
  view: View;
  work: { editor: DraftEditor; key: string; body: unknown }[];
  /** The host answered as a new run: the work is kept for the unlock. */
  restarted: boolean;
}

let carried: Carried | null = null;

function letGo(): void {
  carried = null;
  useHostLinkStore.getState().setRestarted(false);
}

/** After the unlock: drafts first, then the editors as they were. */
async function putBack(c: Carried): Promise<void> {
  for (const w of c.work)
    await getApi()['drafts.save']({ editor: w.editor, key: w.key, body: JSON.stringify(w.body) });
  useNavigationStore.getState().navigate(c.view);
  for (const w of c.work) await restoreDraft(w.editor, w.key);
  // The unlock listed the vault's drafts, these among them: they are on screen, not on offer.
  await useDraftsStore.getState().loadOffers();
  useDraftsStore.setState((s) => ({
    offers: s.offers.filter((o) => !c.work.some((w) => w.editor === o.editor && w.key === o.key)),
    idleNotice: false,
  }));
  useHostLinkStore.getState().setRestarted(false);
}

/** Starts carrying; returns a function that stops it. */
export function startRestartCarry(): () => void {
  const stopDropping = onRecordsDropping((previous, byUser) => {
    const work = byUser
      ? []
      : DRAFT_SOURCES.flatMap((s) => {
          const unsaved = s.current();
          return unsaved ? [{ editor: s.editor, key: unsaved.key, body: unsaved.body }] : [];
        });
    carried =
      work.length > 0
        ? {
            instance: previous.hostInstance,
            view: useNavigationStore.getState().view,
            work,
            restarted: false,
          }
        : null;
  });
  const stopStatus = useVaultStore.subscribe((s, prev) => {
    const c = carried;
    if (!c || !s.status || s.assumed || s.status === prev.status) return;
    if (s.status.hostInstance !== c.instance && !c.restarted) {
      c.restarted = true;
      useHostLinkStore.getState().setRestarted(true);
      useDraftsStore.getState().setIdleNotice(false);
    }
    if (!c.restarted) {
      if (s.status.state !== 'unlocked') letGo();
      return;
    }
    if (s.status.state === 'unlocked') {
      carried = null;
      void putBack(c);
    }
  });
  return () => {
    stopDropping();
    stopStatus();
    letGo();
  };
}
