// Briefs: the model, the templates that draft them from the records, the pre-export check and
// the layout both exporters (and the in-app preview) draw from. Pure: no Node, no DOM.
export * from './model';
export * from './chart-node';
export * from './numbering';
export * from './live';
export * from './check';
export * from './number-line';
export * from './file-name';
export { layoutBrief, runsText, tableGrid } from './layout';
export type {
  DocumentLayout,
  LayoutBlock,
  LayoutParagraph,
  LayoutRun,
  LayoutTable,
  GridSlot,
} from './layout';
export * from './templates';
export * from './lifecycle';
export * from './blank';
export { findPlaceholder } from './placeholders';
export * from './register';
