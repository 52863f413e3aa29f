// A structural pre-check of every payload that crosses the contract boundary, run before the
// schemas. Zod strips unknown keys of nested objects silently; a key such as `__proto__` is
// never legitimate in our data, so rather than drop it we refuse the whole request — the
// sender is either broken or hostile. Depth and node counts are bounded so a deeply nested or
// enormous structure cannot exhaust the stack or the CPU before the schemas see it.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;
const MAX_NODES = 200_000;

export type ShapeProblem = 'forbidden-key' | 'too-deep' | 'too-large';

export function payloadShapeProblem(value: unknown): ShapeProblem | null {
  let nodes = 0;
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH) return 'too-deep';
    for (const key of Object.keys(v)) {
      if (++nodes > MAX_NODES) return 'too-large';
      if (FORBIDDEN_KEYS.has(key)) return 'forbidden-key';
      stack.push({ v: (v as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
