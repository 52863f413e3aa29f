export * from './table';
export * from './directive-register';
export * from './indicator-register';
export * from './stats-register';
export * from './outgoing-register';
