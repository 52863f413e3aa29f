// Above a brief whose charts no longer match the vault's statistics (issue 13): says so and
// redraws them in one new revision. Offered only when the draft has no unsaved edits, so the
// refresh can never overwrite them; the brief is then reloaded from the vault. A chart whose
// indicator was deleted is named apart: nothing can redraw it, its drawn picture still prints,
// and the user should know it no longer stands on a record of the vault.
import { useEffect, useState } from 'react';
import { getApi } from '../../api/client';
import { useT } from '../../i18n';
import { useBriefsStore } from '../../stores/briefsStore';
import { clock } from '../../stores/directivesStore';
import { Button } from '../../ui/Button';

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
  const [gone, setGone] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    const api = getApi();
    void api['briefs.chartStates']({ id, today: clock.today() }).then((r) => {
      if (!live) return;
      setStale(r.ok && r.value.some((c) => c.stale));
      setGone(r.ok ? [...new Set(r.value.flatMap((c) => c.gone))] : []);
    });
    return () => {
      live = false;
    };
  }, [id, revision]);

  const goneNote =
    gone.length > 0 ? (
      <div
        className="brief-banner brief-banner--stale"
        role="status"
        data-testid="chart-gone-banner"
      >
        <span>{t('chart.gone', { names: gone.join(', ') })}</span>
      </div>
    ) : null;
  if (!stale || dirty) return goneNote;
  const refresh = async () => {
    const r = await getApi()['briefs.refreshCharts']({ id, revision, today: clock.today() });
    if (r.ok) await openBrief(id);
  };
  return (
    <>
      {goneNote}
      <div
        className="brief-banner brief-banner--stale"
        role="status"
        data-testid="chart-stale-banner"
      >
        <span>{t('chart.stale')}</span>
        <Button look="primary" small onClick={() => void refresh()} testId="refresh-charts">
          {t('chart.refresh')}
        </Button>
      </div>
    </>
  );
}
