// A value that follows its input once the input has stopped changing for `ms`: what is
// derived from a whole document (the A4 preview's pagination, the pre-export check) is
// computed once after a pause in typing, not on every key of a 100-page brief.
import { useEffect, useState } from 'react';

export function useSettledValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
