// Inline SVG icons: no icon font and no emoji, so nothing depends on fonts the machine may lack.
const base = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
} as const;

/** An icon drawn with paths alone, in the house stroke: most of the sidebar's are. */
function strokes(...paths: string[]) {
  return function PathIcon() {
    return (
      <svg {...base}>
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  };
}

export const HomeIcon = strokes('M3 11l9-7 9 7', 'M5 10v10h5v-6h4v6h5V10');

export const MeetingsIcon = () => (
  <svg {...base}>
    <rect x="3" y="4" width="18" height="17" rx="2" />
    <path d="M3 9h18M8 2v4M16 2v4" />
  </svg>
);

export const DirectivesIcon = strokes(
  'M9 6h11M9 12h11M9 18h11',
  'M3.5 6l1.5 1.5L7.5 5M3.5 12l1.5 1.5L7.5 11M3.5 18l1.5 1.5L7.5 17',
);

export const BriefsIcon = strokes('M6 2h9l5 5v15H6z', 'M15 2v5h5M9 12h8M9 16h8M9 8h3');

export const IndicatorsIcon = strokes('M4 20V10M10 20V4M16 20v-7M22 20H2');

/** Two arrows passing: packages sent and received. */
export const ExchangeIcon = strokes('M4 7h14l-3-3M20 17H6l3 3');

/** A clock turning back: history, the trash, undo. */
export const HistoryIcon = strokes('M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5M12 7v5l3 2');

export const LockIcon = () => (
  <svg {...base} width={16} height={16}>
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V7a4 4 0 0 1 8 0v4" />
  </svg>
);

export const SearchIcon = () => (
  <svg {...base} width={16} height={16}>
    <circle cx="11" cy="11" r="7" />
    <path d="M20 20l-4-4" />
  </svg>
);
