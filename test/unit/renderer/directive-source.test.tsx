// @vitest-environment jsdom
// A directive whose last update came from another ministry's package says so in the register,
// with the organisation; the others carry no such mark.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { sampleContext } from '../brief/fixtures';
import { giveElementsASize } from './layout-shim';
import { directiveTable } from './directive-views';

afterEach(cleanup);

describe('directive register: source of the last update', () => {
  it('marks only the directive received from another ministry, naming it', () => {
    giveElementsASize();
    const directives = [...sampleContext().directives].slice(0, 3);
    const received = directives[1]!;
    render(
      directiveTable({
        items: directives,
        sources: {
          [received.id]: { sourceOrg: 'Bộ Công Thương', at: '2025-09-10T08:00:00.000Z' },
        },
        today: '2025-09-15',
      }),
    );
    const badges = screen.getAllByTestId('directive-source');
    expect(badges).toHaveLength(1);
    expect(badges[0]!.textContent).toBe('Nguồn: Bộ Công Thương');
    expect(badges[0]!.getAttribute('title')).toContain('10/9/2025');
    const rows = screen.getAllByTestId('directive-row');
    expect(rows.findIndex((r) => r.contains(badges[0]!))).toBe(1);
  });
});
