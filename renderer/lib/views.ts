// The app's pages, once: the navigation store moves between them, the shell lists them in its
// sidebar (ui/ may not import stores, so both take the type from here).
export type View =
  | 'home'
  | 'meetings'
  | 'directives'
  | 'indicators'
  | 'briefs'
  | 'exchange'
  | 'stats'
  | 'trash'
  | 'reports';
