// The home screen's lists (issue 13 §1), read from the vault each time the screen is shown:
// what is due changes with the day and with every save, and the query is a few LIMITed rows.
import { create } from 'zustand';
import type { HomeSummary } from '../../shared/home-calls';
import type { AppError } from '../../shared/result';
import { getApi } from '../api/client';
import { clock } from './directivesStore';
import { failed } from './failed';

interface HomeState {
  summary: HomeSummary | null;
  error: AppError | null;
  load(): Promise<void>;
  reset(): void;
}

let seq = 0;

export const useHomeStore = create<HomeState>()((set) => ({
  summary: null,
  error: null,
  async load() {
    const mine = ++seq;
    const r = await getApi()['home.summary']({ today: clock.today() });
    if (mine !== seq) return;
    if (!failed(r, set)) set({ summary: r.value, error: null });
  },
  reset() {
    seq++;
    set({ summary: null, error: null });
  },
}));
