// The package preview's differences (issue 9 §5) point at what changed in a long text.
import { describe, expect, it } from 'vitest';
import { diffExcerpts } from '../../../renderer/features/exchange/diff-excerpt';

const shown = (e: { before: string; changed: string; after: string }) =>
  `${e.before}[${e.changed}]${e.after}`;

describe('diffExcerpts', () => {
  const long =
    'Các báo cáo và ý kiến thành viên coi Nghị quyết 59 là bước đổi mới về tư duy, cách tiếp cận và phương thức hội nhập, giúp tận dụng thời cơ và hạn chế tác động xấu từ biến động bên ngoài.';

  it('cuts a long text to the added sentence with some words before it', () => {
    const [mine, theirs] = diffExcerpts(
      `${long} (Bộ Ngoại giao bổ sung)`,
      `${long} (Bộ Công Thương bổ sung)`,
    );
    expect(mine.changed).toBe('Ngoại giao');
    expect(theirs.changed).toBe('Công Thương');
    expect(mine.before.startsWith('…')).toBe(true);
    expect(mine.before.length).toBeLessThan(80);
    expect(shown(mine)).toMatch(/biến động bên ngoài\. \(Bộ \[Ngoại giao\] bổ sung\)$/);
    expect(mine.after).toBe(' bổ sung)');
  });

  it('marks whole words, keeps short texts whole, and shows an insertion as empty on the other side', () => {
    const [mine, theirs] = diffExcerpts('Hoàn thành trong quý IV', 'Hoàn thành trong quý IV/2025');
    expect(shown(mine)).toBe('Hoàn thành trong quý [IV]');
    expect(shown(theirs)).toBe('Hoàn thành trong quý [IV/2025]');
    const [a, b] = diffExcerpts('', 'mới');
    expect(shown(a)).toBe('[]');
    expect(shown(b)).toBe('[mới]');
  });

  it('identical texts mark nothing', () => {
    const [a] = diffExcerpts(long, long);
    expect(a.changed).toBe('');
    expect(a.before + a.after).toContain('…');
  });
});
