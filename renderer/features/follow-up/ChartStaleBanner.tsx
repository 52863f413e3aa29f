// Above a brief whose charts no longer match the vault's statistics (issue 13): says so and
// redraws them in one new revision. Offered only when the draft has no unsaved edits, so the
// refresh can never overwrite them; the brief is then reloaded from the vault.
import { useEffect, useState } from 'react';
import { getApi } from '../../api/client';
import { useT } from '../../i18n';
import { useBriefsStore } from '../../stores/briefsStore';
import { clock } from '../../stores/directivesStore';

export function ChartStaleBanner({
  id,
  revision,
  dirty,
}: {
  id: string;
  revision: number;
  dirty: boolean;
}) {
  const t = useT();
  const openBrief = useBriefsStore((b) => b.openBrief);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    let live = true;
    const api = getApi();
    void api['briefs.chartStates']({ id, today: clock.today() }).then((r) => {
      if (live) setStale(r.ok && r.value.some((c) => c.stale));
    });
    return () => {
      live = false;
    };
  }, [id, revision]);

  if (!stale || dirty) return null;
  const refresh = async () => {
    const r = await getApi()['briefs.refreshCharts']({ id, revision, today: clock.today() });
    if (r.ok) await openBrief(id);
  };
  return (
    <div
      className="brief-banner brief-banner--stale"
      role="status"
      data-testid="chart-stale-banner"
    >
      <span>{t('chart.stale')}</span>
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() => void refresh()}
        data-testid="refresh-charts"
      >
        {t('chart.refresh')}
      </button>
    </div>
  );
}
