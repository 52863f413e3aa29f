// The statistics page (issue 13): directives by lead unit, meeting or month as a table and a
// chart drawn by the same shared code the report's chart uses, the exports, and the report.
import { useEffect, useState } from 'react';
import { statsChartSvg } from '../../../shared/charts';
import type { DirectiveStatsResult } from '../../../shared/follow-up-calls';
import { formatNumber, formatShortDate } from '../../../shared/format';
import { statsKeyLabel } from '../../../shared/registers';
import type { StatsGrouping } from '../../../shared/stats';
import type { AppError } from '../../../shared/result';
import { getApi } from '../../api/client';
import { useT, type MessageKey } from '../../i18n';
import { useBriefsStore } from '../../stores/briefsStore';
import { clock } from '../../stores/directivesStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RegisterExport } from './RegisterExport';
import { Button } from '../../ui/Button';

const COUNTS = ['total', 'doneOnTime', 'doneLate', 'inProgress', 'overdue', 'notStarted'] as const;
const rate = (r: number | null) =>
  r === null ? '—' : `${formatNumber(r * 100, { maxDecimals: 1 })}%`;
/** The chart drawn at the page's width in mm (the A4 text width), shown scaled to fit. */
const CHART_WIDTH_MM = 165;

export function StatsPage() {
  const t = useT();
  const [by, setBy] = useState<StatsGrouping>('unit');
  const [stats, setStats] = useState<DirectiveStatsResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const navigate = useNavigationStore((n) => n.navigate);
  const openBrief = useBriefsStore((b) => b.openBrief);

  useEffect(() => {
    let live = true;
    const api = getApi();
    void api['stats.directives']({ by, today: clock.today() }).then((r) => {
      if (!live) return;
      if (r.ok) setStats(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [by]);

  const createReport = async () => {
    const r = await getApi()['briefs.createDirectiveReport']({ today: clock.today() });
    if (!r.ok) return setError(r.error);
    navigate('briefs');
    await openBrief(r.value.id);
  };

  const chart =
    stats && stats.rows.length > 0 ? statsChartSvg(stats.rows, by, CHART_WIDTH_MM) : null;

  return (
    <div className="register-page stats-page" data-testid="stats-page">
      <div className="page-head">
        <h2>{t('stats.title')}</h2>
        {stats && (
          <span className="page-head__count">
            {t('stats.asOf', { date: formatShortDate(stats.today) })}
          </span>
        )}
        <label className="stats-page__by">
          {t('stats.by')}{' '}
          <select
            value={by}
            onChange={(e) => setBy(e.target.value as StatsGrouping)}
            data-testid="stats-by"
          >
            {(['unit', 'meeting', 'month'] as const).map((g) => (
              <option key={g} value={g}>
                {t(`stats.by.${g}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <RegisterExport register="stats" by={by} />
        <Button look="primary" small onClick={() => void createReport()} testId="stats-report">
          {t('stats.report')}
        </Button>
      </div>
      <ErrorMessage error={error} />
      <p className="hint">{t('stats.rule')}</p>
      {stats && stats.rows.length === 0 && <p className="empty">{t('stats.empty')}</p>}
      {stats && stats.rows.length > 0 && (
        <table className="register-table stats-table" data-testid="stats-table">
          <thead>
            <tr>
              <th scope="col">{t(`stats.by.${by}` as MessageKey)}</th>
              {COUNTS.map((k) => (
                <th key={k} scope="col">
                  {t(`stats.${k}` as MessageKey)}
                </th>
              ))}
              <th scope="col">{t('stats.onTimeRate')}</th>
            </tr>
          </thead>
          <tbody>
            {[...stats.rows, stats.total].map((r, i) => (
              <tr
                key={`${r.key}-${i}`}
                className={i === stats.rows.length ? 'stats-table__total' : undefined}
              >
                <th scope="row">
                  {i === stats.rows.length ? t('stats.sum') : statsKeyLabel(r.key, by)}
                </th>
                {COUNTS.map((k) => (
                  <td key={k} className="num">
                    {r[k]}
                  </td>
                ))}
                <td className="num">{rate(r.onTimeRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chart && (
        <figure className="stats-chart" data-testid="stats-chart">
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`}
            alt={t('stats.chart')}
            style={{ maxWidth: '100%', width: `${chart.widthPx}px` }}
          />
          <figcaption>{t('stats.chart')}</figcaption>
        </figure>
      )}
    </div>
  );
}
