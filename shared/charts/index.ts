export * from './render';
export * from './stats-chart';
export * from './indicator-chart';
