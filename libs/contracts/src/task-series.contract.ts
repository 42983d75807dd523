import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Recurrence } from '@dondoc/domain';
import type { Actor, TaskWorkflowInput } from './task-workflow.contract';

/** One workflow per recurring series: it opens each period's task when the period starts. */
export function seriesWorkflowId(seriesId: string): string {
  return `series-${seriesId}`;
}

export interface SeriesWorkflowInput {
  seriesId: string;
  /** The first period's deadline; every later one is counted from it. */
  first: { dueAt: string; dueDate: string };
  recurrence: Recurrence;
  startedAt: string;
  /** The next period to open (the API opens period 0 with the directive). */
  nextIndex: number;
  historyLimit?: number;
  /** Passed on to each period's task workflow. */
  taskHistoryLimit?: number;
}

export interface SeriesState {
  seriesId: string;
  status: 'active' | 'ended' | 'cancelled';
  nextIndex: number;
  nextOpensAt: string | null;
}

export interface CancelSeriesCommand {
  actor: Actor;
  reason: string;
}

export const cancelSeriesUpdate = defineUpdate<SeriesState, [CancelSeriesCommand]>('cancel');
export const seriesStateQuery = defineQuery<SeriesState>('state');

export interface OpenPeriodInput {
  seriesId: string;
  periodIndex: number;
  dueAt: string;
  dueDate: string;
}

/** A period's task as stored, with what its workflow needs to start. */
export interface OpenedPeriod {
  taskId: string;
  workflowId: string;
  directiveId: string;
  unitCode: string;
  input: TaskWorkflowInput;
}

export interface CloseSeriesInput {
  seriesId: string;
  status: 'ended' | 'cancelled';
  actor: Actor;
  reason?: string;
}
