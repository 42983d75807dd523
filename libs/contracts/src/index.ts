export * from './task-workflow.contract';
export * from './task-workflow-input';
export * from './task-series.contract';
export * from './search-attributes';
export * from './digest.contract';
