export * from './directive-stats';
export * from './schema';
