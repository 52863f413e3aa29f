// The line above everything while the host cannot be reached or has restarted (issue 9): the
// user learns why a save did not go through and that the work on screen is not lost.
import { useT } from '../../i18n';
import { useHostLinkStore } from '../../stores/hostLinkStore';

export function HostLinkNotice() {
  const t = useT();
  const lost = useHostLinkStore((s) => s.lost);
  const restarted = useHostLinkStore((s) => s.restarted);
  if (!lost && !restarted) return null;
  return (
    <p className="host-link-notice" role="alert" data-testid="host-link-notice">
      {lost ? t('host.lost') : t('host.restarted')}
    </p>
  );
}
