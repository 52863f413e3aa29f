// @vitest-environment jsdom
// The body is reported after a pause in typing, not on every key (issue 9: typing in a
// 100-page brief must stay under a frame): nothing is lost by it — whoever reads the body can
// take the waiting edit at once, leaving the editor hands it over, and an edit of a body the
// store has replaced (a reload, a restore) is dropped rather than laid over the new one.
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodyDoc } from '../../../../shared/brief';
import { doc, mountEditor, para, typeText } from './helpers';

const text = (d: BodyDoc | undefined) => JSON.stringify(d ?? null);
const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

describe('the body editor reports after a pause', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('waits for the pause, can be asked at once, and hands over the last keys when it goes', async () => {
    let pending: (() => void) | null = null;
    const keys: string[] = [];
    const m = mountEditor(doc(para('Mở đầu.')), {
      reportPauseMs: 300,
      onPending: (report) => {
        pending = report;
      },
      onChange: (d, key) => {
        m.changes.push(d);
        keys.push(key);
      },
    });
    typeText(m, 'Một ');
    typeText(m, 'hai ');
    expect(m.changes).toHaveLength(0);
    expect(pending).not.toBeNull();
    await wait(299);
    expect(m.changes).toHaveLength(0);
    await wait(1);
    expect(m.changes).toHaveLength(1);
    expect(text(m.changes[0])).toContain('Một hai Mở đầu.');
    expect(keys).toEqual(['brief-1:1']);
    expect(pending).toBeNull();

    typeText(m, 'ba ');
    act(() => pending!());
    expect(m.changes).toHaveLength(2);
    expect(text(m.changes[1])).toContain('Một hai ba Mở đầu.');
    expect(pending).toBeNull();

    typeText(m, 'bốn ');
    cleanup();
    expect(m.changes).toHaveLength(3);
    expect(text(m.changes[2])).toContain('Một hai ba bốn Mở đầu.');
  });

  it('drops a waiting edit of a body the store replaced', async () => {
    const m = mountEditor(doc(para('Bản cũ.')), { reportPauseMs: 300 });
    typeText(m, 'Gõ vào bản cũ ');
    m.rerender({ value: doc(para('Bản mới từ kho.')), docKey: 'brief-1:2' });
    await wait(1000);
    expect(m.changes).toEqual([]);
    expect(m.pm().textContent).toBe('Bản mới từ kho.');
  });
});
