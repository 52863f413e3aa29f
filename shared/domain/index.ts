export * from './common';
export * from './marks';
export * from './legal-ref';
export * from './meeting';
export * from './directive';
export * from './period';
export * from './indicator';
export * from './field-changes';
