// Time as the session sees it. The idle lock and the unlock throttle read the clock through
// this interface so tests can move time by hand instead of sleeping.
export interface Clock {
  now(): number;
  /** Runs fn once after ms; returns a function that cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const handle = setTimeout(fn, ms);
    // A pending idle-lock timer must never keep a CLI command or a test process alive.
    handle.unref();
    return () => clearTimeout(handle);
  },
};
