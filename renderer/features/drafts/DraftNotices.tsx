// Above every page: the drafts the vault kept (after a lock, a reload, a crash), each with
// its time, "Khôi phục bản nháp" and "Bỏ bản nháp"; and, once after an idle lock, the
// sentence saying the drafts were written before the vault locked itself. In the top bar:
// when the last draft was written (DraftSaved).
import type { DraftEditor, DraftInfo } from '../../../shared/drafts-calls';
import { useT, type MessageKey } from '../../i18n';
import { useDraftsStore } from '../../stores/draftsStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { restoreDraft, VIEW_OF } from './restore';
import { Button } from '../../ui/Button';

const KIND: Record<DraftEditor, MessageKey> = {
  meeting: 'drafts.kind.meeting',
  directive: 'drafts.kind.directive',
  indicator: 'drafts.kind.indicator',
  observation: 'drafts.kind.observation',
  brief: 'drafts.kind.brief',
  organisation: 'drafts.kind.organisation',
};

/** "20:31 15/9/2025", in the window's local time. */
export function draftTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${hm} ${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
}

export function DraftNotices() {
  const t = useT();
  const offers = useDraftsStore((s) => s.offers);
  const idleNotice = useDraftsStore((s) => s.idleNotice);
  const error = useDraftsStore((s) => s.error);
  if (!idleNotice && offers.length === 0 && !error) return null;

  const restore = (o: DraftInfo) => {
    const nav = useNavigationStore.getState();
    nav.guard(() => {
      if (nav.view !== VIEW_OF[o.editor]) nav.navigate(VIEW_OF[o.editor]);
      void restoreDraft(o.editor, o.key);
    });
  };

  return (
    <section className="draft-notices" aria-label={t('drafts.title')} data-testid="draft-notices">
      {idleNotice && (
        <p className="draft-notices__idle" role="status" data-testid="idle-lock-notice">
          {t('drafts.idleLocked')}{' '}
          <Button small onClick={() => useDraftsStore.getState().setIdleNotice(false)}>
            {t('drafts.dismiss')}
          </Button>
        </p>
      )}
      {offers.map((o) => (
        <div
          key={`${o.editor}:${o.key}`}
          className="draft-notices__row"
          data-testid={`draft-offer-${o.editor}`}
        >
          <span>
            <strong>{t(KIND[o.editor])}</strong> {o.key === 'new' ? t('drafts.new') : ''} —{' '}
            {t('drafts.offer', { time: draftTime(o.savedAt) })}
          </span>
          <Button look="primary" small onClick={() => restore(o)} testId="draft-restore">
            {t('drafts.restore')}
          </Button>
          <Button
            small
            onClick={() => void useDraftsStore.getState().discardDraft(o.editor, o.key)}
            testId="draft-discard"
          >
            {t('drafts.discard')}
          </Button>
        </div>
      ))}
      <ErrorMessage error={error} />
    </section>
  );
}

/** When this window last wrote a draft: the user can see that typing is kept. */
/**
 * When the last draft was written, in the top bar. It used to be a line above the page, which
 * appeared a few seconds into the first edit and pushed the whole page down: the caret just put
 * at the bottom of a brief went below the window (long-brief.spec.ts), and every page that
 * fills the window lost its last line under the clip.
 */
export function DraftSaved() {
  const t = useT();
  const written = useDraftsStore((s) => s.written);
  const latestId = Object.keys(written)
    .sort((a, b) => (written[a]! < written[b]! ? -1 : 1))
    .at(-1);
  if (!latestId) return null;
  const at = written[latestId]!;
  const d = new Date(at);
  const time = [d.getHours(), d.getMinutes(), d.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return (
    <span
      className="draft-saved muted"
      role="status"
      data-testid="draft-saved"
      data-saved-at={at}
      data-draft={latestId}
    >
      {t('drafts.autosaved', { time })}
    </span>
  );
}
