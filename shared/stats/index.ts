export * from './directive-stats';
