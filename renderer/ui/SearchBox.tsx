// The global search box (Ctrl+K or /): results grouped by record type, matched words marked,
// arrow keys to move and Enter to open. An ARIA combobox, so it reads right with a screen reader.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../shared/contract';
import { useT } from '../i18n';
import { flatHits, SEARCH_GROUPS, type SearchView } from '../lib/search-groups';
import { ErrorMessage } from './ErrorMessage';
import { Highlighted } from './Highlighted';

interface Props extends SearchView {
  onQuery: (q: string) => void;
  onMove: (delta: number) => void;
  onHover: (index: number) => void;
  onOpenHit: (hit: SearchHit) => void;
  onShow: () => void;
  onClose: () => void;
}

export function SearchBox(props: Props) {
  const {
    query,
    result,
    error,
    open,
    active,
    focusRequest,
    onQuery,
    onMove,
    onHover,
    onOpenHit,
    onShow,
    onClose,
  } = props;
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  // Focus on a new request only: a request made before this box mounted (e.g. before the
  // vault was locked and unlocked again) must not steal focus on mount.
  const handled = useRef(focusRequest);
  useEffect(() => {
    if (focusRequest === handled.current) return;
    handled.current = focusRequest;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const hits: SearchHit[] = flatHits(result);
  const activeHit = hits[active];
  const optionId = (i: number) => `${id}-opt-${i}`;
  const showPanel = open && query.trim().length > 0;

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      onMove(1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(-1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (activeHit) {
        onOpenHit(activeHit);
        onClose();
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      input.current?.blur();
    }
  }

  let index = 0;
  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        className="search__input"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showPanel}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showPanel && activeHit ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onFocus={onShow}
        onBlur={onClose}
        onKeyDown={onKeyDown}
        data-testid="search-box"
        spellCheck={false}
      />
      <kbd className="search__kbd" aria-hidden="true">
        Ctrl K
      </kbd>
      {showPanel && (
        <div
          className="search__panel"
          id={`${id}-list`}
          role="listbox"
          aria-label={t('search.results')}
          data-testid="search-results"
        >
          <ErrorMessage error={error} />
          {result && hits.length === 0 && (
            <p className="search__empty">{t('search.none', { q: query })}</p>
          )}
          {result &&
            SEARCH_GROUPS.map((g) => {
              const list = result[g.key];
              if (list.length === 0) return null;
              return (
                <div key={g.key} role="group" aria-label={t(g.label)} className="search__group">
                  <p className="search__group-title" aria-hidden="true">
                    {t(g.label)} <span className="muted">({list.length})</span>
                  </p>
                  {list.map((hit) => {
                    const i = index++;
                    return (
                      <div
                        key={`${hit.type}-${hit.id}`}
                        id={optionId(i)}
                        role="option"
                        aria-selected={i === active}
                        className={`search__hit${i === active ? ' search__hit--active' : ''}`}
                        onMouseDown={(e) => e.preventDefault()}
                        onMouseEnter={() => onHover(i)}
                        onClick={() => {
                          onOpenHit(hit);
                          onClose();
                        }}
                        data-testid="search-result"
                        data-type={hit.type}
                      >
                        <span className="search__hit-title">
                          {hit.recommendation && (
                            <span className="badge badge--kind" data-testid="search-hit-kind">
                              {t('directiveKind.recommendation')}
                            </span>
                          )}
                          <Highlighted text={hit.title} query={query} />
                        </span>
                        {hit.snippet && hit.snippet !== hit.title && (
                          <span className="search__hit-snippet">
                            <Highlighted text={hit.snippet} query={query} />
                          </span>
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
        </div>
      )}
    </div>
  );
}
