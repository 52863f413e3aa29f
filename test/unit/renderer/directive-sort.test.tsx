// @vitest-environment jsdom
// The directive register's headers sort it (issue 13 §6): a click on a column orders by it, a
// second click on the deadline reverses it, and the header says which order is on (aria-sort).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DirectiveSort } from '../../../shared/contract';
import { directiveTable } from './directive-views';

afterEach(cleanup);

function table(sort: DirectiveSort | '', asked: (DirectiveSort | '')[]) {
  return directiveTable({
    items: [],
    today: '2025-09-15',
    sort,
    onSort: (s) => asked.push(s),
  });
}

describe('sorting the directive register', () => {
  it('orders by the clicked column, reverses the deadline, and says the order', () => {
    const asked: (DirectiveSort | '')[] = [];
    const { rerender } = render(table('', asked));
    const deadline = screen.getByTestId('sort-deadline-asc');
    expect(deadline.parentElement!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(deadline);
    expect(asked).toEqual(['deadline-desc']);

    rerender(table('deadline-desc', asked));
    expect(deadline.parentElement!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(deadline);
    expect(asked.at(-1)).toBe('');

    fireEvent.click(screen.getByTestId('sort-status'));
    expect(asked.at(-1)).toBe('status');
    rerender(table('status', asked));
    expect(screen.getByTestId('sort-status').parentElement!.getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(deadline.parentElement!.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByTestId('sort-lead-unit'));
    expect(asked.at(-1)).toBe('lead-unit');
  });
});
