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

/** The five cards, each named once: its title, its empty line and its test id follow from it. */
type CardName = 'overdue' | 'dueSoon' | 'upcoming' | 'recent' | 'missingRo';

/** A card of the summary: the first items of its list, and how many more there are. */
function Section<T>({
  name,
  list,
  children,
}: {
  name: CardName;
  list: { total: number; items: T[] };
  children: (item: T) => ReactNode;
}) {
  const t = useT();
  const title = t(`home.${name}`);
  const { total, items } = list;
  const testId = `home-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return (
    <section className="home-card" data-testid={testId} aria-label={title}>
      <h3 className="home-card__title">
        {title} <span className="home-card__count">{total}</span>
      </h3>
      {total === 0 ? (
        <p className="muted">{t(`home.${name}None`)}</p>
      ) : (
        <ul className="home-list">{items.map(children)}</ul>
      )}
      {total > items.length && (
        <p className="muted">{t('home.more', { n: total - items.length })}</p>
      )}
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

/**
 * The two cards of directives by deadline (late, due this week): each directive's task, its lead
 * unit and date, and a badge that says how late or how near.
 */
function DueCard({
  name,
  list,
  badge,
}: {
  name: 'overdue' | 'dueSoon';
  list: { total: number; items: DueDirective[] };
  badge: (item: DueDirective) => ReactNode;
}) {
  const t = useT();
  const open = useNavigationStore((n) => n.openRecord);
  return (
    <Section name={name} list={list}>
      {(item) => (
        <Item key={item.id} onOpen={() => open('directive', item.id)} aside={badge(item)}>
          <span className="home-item__title">{item.task}</span>
          <span className="muted">
            {item.leadUnit || t('home.noLeadUnit')} · {t('home.deadline')}{' '}
            {formatShortDate(item.deadline)}
          </span>
        </Item>
      )}
    </Section>
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
        <DueCard
          name="overdue"
          list={overdue}
          badge={(d) => (
            <span className="badge badge--danger">{t('home.daysOverdue', { n: d.days })}</span>
          )}
        />
        <DueCard
          name="dueSoon"
          list={dueSoon}
          badge={(d) => (
            <span className="badge badge--warn">
              {d.days === 0 ? t('home.dueToday') : t('home.daysLeft', { n: d.days })}
            </span>
          )}
        />
        <Section name="upcoming" list={upcomingMeetings}>
          {(m) => (
            <Item
              key={m.id}
              onOpen={() => open('meeting', m.id)}
              aside={<span className="badge">{formatShortDate(m.date)}</span>}
            >
              <span className="home-item__title">{m.title}</span>
            </Item>
          )}
        </Section>
        <Section name="recent" list={recent}>
          {(r) => (
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
          )}
        </Section>
        <Section name="missingRo" list={missingRo}>
          {(d) => (
            <Item key={d.id} onOpen={() => open('directive', d.id)}>
              <span className="home-item__title">{d.task || t('home.noTask')}</span>
              <span className="muted">
                {t('home.missing', { list: d.missing.map((f) => t(RO_LABEL[f])).join(', ') })}
              </span>
            </Item>
          )}
        </Section>
      </div>
    </div>
  );
}
