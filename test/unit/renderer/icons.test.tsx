// @vitest-environment jsdom
// The sidebar's icons are drawn, not taken from a font: each is an SVG in the house stroke
// (no fill, the text's colour), hidden from screen readers, with every path of its drawing.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import * as Icons from '../../../renderer/ui/Icons';

afterEach(cleanup);

describe('the path-drawn icons', () => {
  it.each([
    ['home', Icons.HomeIcon, 2],
    ['directives', Icons.DirectivesIcon, 2],
    ['briefs', Icons.BriefsIcon, 2],
    ['indicators', Icons.IndicatorsIcon, 1],
    ['exchange', Icons.ExchangeIcon, 1],
    ['history', Icons.HistoryIcon, 1],
  ])('%s: an 18 px SVG in the house stroke, all its paths drawn', (_name, Icon, paths) => {
    const { container } = render(<Icon />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe('18');
    expect(svg.getAttribute('fill')).toBe('none');
    expect(svg.getAttribute('stroke')).toBe('currentColor');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const drawn = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d'));
    expect(drawn).toHaveLength(paths);
    expect(drawn.every((d) => d && /^M[\d.]/.test(d))).toBe(true);
  });
});
