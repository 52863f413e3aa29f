// Vietnamese formatting and parsing helpers: pure functions, usable in every environment.
export * from './parsed';
export * from './number';
export * from './date';
export * from './period';
export * from './legal-types';
export * from './legal-number';
export * from './time';
export * from './tabular';
