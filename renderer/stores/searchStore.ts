// Global search. The vault searches a folded copy, so `hoi nhap` finds "hội nhập"; the store
// only keeps the newest answer (typing fast sends several queries) and the keyboard cursor.
import { create } from 'zustand';
import type { SearchHit } from '../../shared/contract';
import { getApi } from '../api/client';
import { flatHits, type SearchView } from '../lib/search-groups';

export { flatHits };

interface SearchState extends SearchView {
  search(query: string): Promise<void>;
  moveActive(delta: number): void;
  setActive(index: number): void;
  requestFocus(): void;
  openResults(): void;
  closeResults(): void;
  reset(): void;
}

let seq = 0;

export const useSearchStore = create<SearchState>()((set, get) => ({
  query: '',
  result: null,
  error: null,
  open: false,
  active: -1,
  focusRequest: 0,

  async search(query) {
    const mine = ++seq;
    set({ query, open: true });
    if (!query.trim()) {
      set({ result: null, error: null, active: -1 });
      return;
    }
    const r = await getApi()['search.query']({ q: query, limit: 30 });
    if (mine !== seq) return; // an older answer arriving late must not replace a newer one
    if (r.ok) set({ result: r.value, error: null, active: flatHits(r.value).length > 0 ? 0 : -1 });
    else set({ result: null, error: r.error, active: -1 });
  },

  moveActive(delta) {
    const n = flatHits(get().result).length;
    if (n === 0) return;
    const next = (get().active + delta + n) % n;
    set({ active: next, open: true });
  },

  setActive(index) {
    set({ active: index });
  },

  requestFocus() {
    set({ focusRequest: get().focusRequest + 1, open: true });
  },

  openResults() {
    set({ open: true });
  },

  closeResults() {
    set({ open: false });
  },

  reset() {
    seq++;
    set({ query: '', result: null, error: null, open: false, active: -1 });
  },
}));

export const selectActiveHit = (s: SearchState): SearchHit | null =>
  flatHits(s.result)[s.active] ?? null;
