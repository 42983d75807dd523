export { taskWorkflow } from './task.workflow';
export { taskSeriesWorkflow } from './task-series.workflow';
