// The frame of the unlocked app: sidebar navigation, top bar (search, menu, language, lock),
// and the page. Purely presentational; App.tsx wires it to the stores.
import { useState, type ReactNode } from 'react';
import type { Language } from '../../shared/contract';
import { useT, type MessageKey } from '../i18n';
import {
  BriefsIcon,
  DirectivesIcon,
  ExchangeIcon,
  HistoryIcon,
  HomeIcon,
  IndicatorsIcon,
  LockIcon,
  MeetingsIcon,
} from './Icons';
import type { View } from '../lib/views';
import { Button } from './Button';

/** The sidebar's pages: every view of the app. */
export type NavView = View;

const NAV: { view: NavView; label: MessageKey; Icon: () => ReactNode }[] = [
  { view: 'home', label: 'nav.home', Icon: HomeIcon },
  { view: 'meetings', label: 'nav.meetings', Icon: MeetingsIcon },
  { view: 'directives', label: 'nav.directives', Icon: DirectivesIcon },
  { view: 'indicators', label: 'nav.indicators', Icon: IndicatorsIcon },
  { view: 'stats', label: 'nav.stats', Icon: IndicatorsIcon },
  { view: 'reports', label: 'nav.reports', Icon: BriefsIcon },
  { view: 'briefs', label: 'nav.briefs', Icon: BriefsIcon },
  { view: 'exchange', label: 'nav.exchange', Icon: ExchangeIcon },
  { view: 'trash', label: 'nav.trash', Icon: HistoryIcon },
];

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  testId?: string;
}

interface Props {
  view: NavView;
  onNavigate: (v: NavView) => void;
  organisation: string | null;
  vaultPath: string | null;
  search: ReactNode;
  language: Language;
  onLanguage: (l: Language) => void;
  onLock: () => void;
  menu: MenuItem[];
  /** A line in the top bar (when the last draft was written): it takes no room of the page's. */
  status?: ReactNode;
  /** Notices that ask for an action, above the page (the page shrinks to make room). */
  notices?: ReactNode;
  children: ReactNode;
}

export function LanguageSwitch({
  language,
  onLanguage,
}: {
  language: Language;
  onLanguage: (l: Language) => void;
}) {
  const t = useT();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {(['vi', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          className="lang-switch__btn"
          aria-pressed={language === l}
          onClick={() => onLanguage(l)}
          lang={l}
          data-testid={`lang-${l}`}
        >
          {l === 'vi' ? 'VI' : 'EN'}
        </button>
      ))}
    </div>
  );
}

export function Shell({
  view,
  onNavigate,
  organisation,
  vaultPath,
  search,
  language,
  onLanguage,
  onLock,
  menu,
  status,
  notices,
  children,
}: Props) {
  const t = useT();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="sidebar__brand">
          <span className="brand">Briefing Desk</span>
          {organisation && <span className="sidebar__org">{organisation}</span>}
        </div>
        <ul className="sidebar__nav">
          {NAV.map((n) => (
            <li key={n.view}>
              <button
                type="button"
                className={`sidebar__link${view === n.view ? ' sidebar__link--active' : ''}`}
                aria-current={view === n.view ? 'page' : undefined}
                onClick={() => onNavigate(n.view)}
                data-testid={`nav-${n.view}`}
              >
                <n.Icon />
                {t(n.label)}
              </button>
            </li>
          ))}
        </ul>
        {vaultPath && (
          <p className="sidebar__vault" title={vaultPath}>
            <LockIcon />
            {vaultPath.split(/[\\/]/).pop()}
          </p>
        )}
      </nav>
      <div className="shell__main">
        <header className="topbar">
          {search}
          <div className="topbar__status">{status}</div>
          <div className="topbar__right">
            <div className="menu">
              <Button
                small
                aria-haspopup="menu"
                aria-expanded={menuOpen}
                onClick={() => setMenuOpen(!menuOpen)}
                testId="app-menu"
              >
                {t('menu.label')} ▾
              </Button>
              {menuOpen && (
                <ul
                  className="menu__list"
                  role="menu"
                  onMouseLeave={() => setMenuOpen(false)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setMenuOpen(false);
                  }}
                >
                  {menu.map((m) => (
                    <li key={m.id} role="none">
                      <button
                        type="button"
                        role="menuitem"
                        className="menu__item"
                        onClick={() => {
                          setMenuOpen(false);
                          m.onSelect();
                        }}
                        data-testid={m.testId}
                      >
                        {m.label}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <LanguageSwitch language={language} onLanguage={onLanguage} />
            <button
              type="button"
              className="button button--small button--lock"
              onClick={onLock}
              data-testid="lock-button"
            >
              <LockIcon />
              {t('vault.lock')}
            </button>
          </div>
        </header>
        {notices}
        <main className="page">{children}</main>
      </div>
    </div>
  );
}
