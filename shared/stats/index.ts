export * from './directive-stats';
export * from './schema';
export * from './period-change';
