export * from './task-workflow.contract';
