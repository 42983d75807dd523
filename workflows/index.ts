export { taskWorkflow } from './task.workflow';
export { taskSeriesWorkflow } from './task-series.workflow';
export { digestWorkflow } from './digest.workflow';
