// The search box wired to the search store; opening a hit goes through the navigation guard.
import { useSearchStore } from '../../stores/searchStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { SearchBox } from '../../ui/SearchBox';

export function GlobalSearch() {
  const s = useSearchStore();
  const openHit = useNavigationStore((n) => n.openHit);
  return (
    <SearchBox
      query={s.query}
      result={s.result}
      error={s.error}
      open={s.open}
      active={s.active}
      focusRequest={s.focusRequest}
      onQuery={(q) => void s.search(q)}
      onMove={s.moveActive}
      onHover={s.setActive}
      onOpenHit={openHit}
      onShow={s.openResults}
      onClose={s.closeResults}
    />
  );
}
