// "Tổng quan", the first screen after unlock (issue 13 §1): the officials' daily question —
// what is late, what falls due this week, what is still missing a "rõ", which meetings are
// ahead, what changed lately — each item one click from its record. An empty vault offers the
// sample data here, as the registers do.
import { useEffect, type ReactNode } from 'react';
import { formatShortDate } from '../../../shared/format/date';
import type { DueDirective } from '../../../shared/home-calls';
import { useT, type MessageKey } from '../../i18n';
import { useHomeStore } from '../../stores/homeStore';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { useSettingsStore } from '../../stores/settingsStore';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RO_LABEL } from '../../ui/labels';
import { localDateTime } from '../history/format';
import { SampleDataOffer } from '../sample';

const KIND_LABEL: Record<'meeting' | 'directive' | 'indicator', MessageKey> = {
  meeting: 'kind.meeting',
  directive: 'kind.directive',
  indicator: 'kind.indicator',
};

function Section({
  title,
  total,
  shown,
  empty,
  testId,
  children,
}: {
  title: string;
  total: number;
  shown: number;
  empty: string;
  testId: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section className="home-card" data-testid={testId} aria-label={title}>
      <h3 className="home-card__title">
        {title} <span className="home-card__count">{total}</span>
      </h3>
      {total === 0 ? <p className="muted">{empty}</p> : <ul className="home-list">{children}</ul>}
      {total > shown && <p className="muted">{t('home.more', { n: total - shown })}</p>}
    </section>
  );
}

function Item({
  onOpen,
  children,
  aside,
}: {
  onOpen: () => void;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <li className="home-item">
      <button type="button" className="home-item__open" onClick={onOpen} data-testid="home-item">
        {children}
      </button>
      {aside && <span className="home-item__aside">{aside}</span>}
    </li>
  );
}

/** A directive with its deadline: the task, its lead unit and date, and how late or near. */
function DueItem({ item, badge }: { item: DueDirective; badge: ReactNode }) {
  const t = useT();
  const open = useNavigationStore((n) => n.openRecord);
  return (
    <Item onOpen={() => open('directive', item.id)} aside={badge}>
      <span className="home-item__title">{item.task}</span>
      <span className="muted">
        {item.leadUnit || t('home.noLeadUnit')} · {t('home.deadline')}{' '}
        {formatShortDate(item.deadline)}
      </span>
    </Item>
  );
}

export function HomePage() {
  const t = useT();
  const { summary, error, load } = useHomeStore();
  const open = useNavigationStore((n) => n.openRecord);
  const meetingsLoaded = useMeetingsStore((m) => m.loaded);
  const reminders = useSettingsStore((s) => s.settings?.dueReminders ?? true);
  useEffect(() => {
    void load();
  }, [load]);
  // The sample-data offer asks the registers whether the vault is empty.
  useEffect(() => {
    if (!meetingsLoaded) void useMeetingsStore.getState().loadMeetings();
  }, [meetingsLoaded]);

  if (!summary) return <ErrorMessage error={error} />;
  const { overdue, dueSoon, missingRo, upcomingMeetings, recent } = summary;
  return (
    <div className="home-page" data-testid="home-page">
      <div className="page-head">
        <h2>{t('home.title')}</h2>
        <span className="muted">{t('home.today', { date: formatShortDate(summary.today) })}</span>
      </div>
      <ErrorMessage error={error} />
      <SampleDataOffer />
      {dueSoon.total > 0 && reminders && (
        <p className="home-banner" role="status" data-testid="due-soon-banner">
          {t('home.dueSoonBanner', { n: dueSoon.total })}
        </p>
      )}
      <div className="home-grid">
        <Section
          title={t('home.overdue')}
          total={overdue.total}
          shown={overdue.items.length}
          empty={t('home.overdueNone')}
          testId="home-overdue"
        >
          {overdue.items.map((d) => (
            <DueItem
              key={d.id}
              item={d}
              badge={
                <span className="badge badge--danger">{t('home.daysOverdue', { n: d.days })}</span>
              }
            />
          ))}
        </Section>
        <Section
          title={t('home.dueSoon')}
          total={dueSoon.total}
          shown={dueSoon.items.length}
          empty={t('home.dueSoonNone')}
          testId="home-due-soon"
        >
          {dueSoon.items.map((d) => (
            <DueItem
              key={d.id}
              item={d}
              badge={
                <span className="badge badge--warn">
                  {d.days === 0 ? t('home.dueToday') : t('home.daysLeft', { n: d.days })}
                </span>
              }
            />
          ))}
        </Section>
        <Section
          title={t('home.upcoming')}
          total={upcomingMeetings.total}
          shown={upcomingMeetings.items.length}
          empty={t('home.upcomingNone')}
          testId="home-upcoming"
        >
          {upcomingMeetings.items.map((m) => (
            <Item
              key={m.id}
              onOpen={() => open('meeting', m.id)}
              aside={<span className="badge">{formatShortDate(m.date)}</span>}
            >
              <span className="home-item__title">{m.title}</span>
            </Item>
          ))}
        </Section>
        <Section
          title={t('home.recent')}
          total={recent.total}
          shown={recent.items.length}
          empty={t('home.recentNone')}
          testId="home-recent"
        >
          {recent.items.map((r) => (
            <Item
              key={`${r.kind}:${r.id}`}
              onOpen={() => open(r.kind, r.id)}
              aside={<span className="badge">{t(KIND_LABEL[r.kind])}</span>}
            >
              <span className="home-item__title">{r.title}</span>
              <span className="muted">
                {localDateTime(r.updatedAt)} ·{' '}
                {r.fromOrg ? t('home.fromOrg', { org: r.fromOrg }) : t('home.mine')}
              </span>
            </Item>
          ))}
        </Section>
        <Section
          title={t('home.missingRo')}
          total={missingRo.total}
          shown={missingRo.items.length}
          empty={t('home.missingRoNone')}
          testId="home-missing-ro"
        >
          {missingRo.items.map((d) => (
            <Item key={d.id} onOpen={() => open('directive', d.id)}>
              <span className="home-item__title">{d.task || t('home.noTask')}</span>
              <span className="muted">
                {t('home.missing', { list: d.missing.map((f) => t(RO_LABEL[f])).join(', ') })}
              </span>
            </Item>
          ))}
        </Section>
      </div>
    </div>
  );
}
