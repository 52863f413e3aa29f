export * from './render';
export * from './stats-chart';
