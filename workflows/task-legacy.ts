/**
 * What runs started before the `single-writer` patch need, and only they: their input, the
 * first version's updates and the one-step completion. New runs never reach this code.
 * Delete it (and the v1/v2 replay fixtures) once no such run is open: see
 * docs/operations.md, "Retiring old workflow code".
 */
import { ApplicationFailure, defineUpdate } from '@temporalio/workflow';
import { Actor, INVALID_TRANSITION, TaskWorkflowInput, TaskWorkflowState } from '@dondoc/contracts';
import {
  Decision,
  TaskCommand,
  TaskState,
  TaskStatus,
  WORKING_STATUSES,
  decide,
  outcomeOf,
} from '@dondoc/domain';

/** The first version's input: bare fields, no `state`. */
interface FirstVersionInput {
  status: TaskStatus;
  assignedAt: string;
  dueAt: string | null;
  dueRevision: number;
}

/** A command of the runs before review existed: `complete` took a task straight to done. */
export type LegacyCommand = TaskCommand | { action: 'complete'; result?: string };

export const acknowledgeUpdate = defineUpdate<TaskWorkflowState, [{ actor: Actor }]>('acknowledge');
export const completeUpdate = defineUpdate<TaskWorkflowState, [{ actor: Actor; result?: string }]>(
  'complete',
);

/** New requests to the first version's updates are refused: only their replay is served. */
export const RETIRED_UPDATE =
  'Thao tác này không còn được hỗ trợ; hãy dùng tiếp nhận hoặc báo cáo hoàn thành để lãnh đạo nghiệm thu.';

export function retired(): never {
  throw ApplicationFailure.nonRetryable(RETIRED_UPDATE, INVALID_TRANSITION);
}

export function legacyInitialState(input: TaskWorkflowInput): TaskState {
  if (input.state) return input.state;
  const v1 = input as unknown as FirstVersionInput;
  return {
    status: v1.status,
    leadUnitCode: '',
    assignedAt: v1.assignedAt,
    dueAt: v1.dueAt,
    dueDate: null,
    planRevision: v1.dueRevision,
    plannedFrom: v1.assignedAt,
    submittedAt: null,
    outcome: null,
    percent: null,
    extension: null,
  };
}

/** As the runs before the patch decided: `complete` included. */
export function legacyDecide(state: TaskState, command: LegacyCommand, at: Date): Decision {
  if (command.action !== 'complete') return decide(state, command, at);
  if (!WORKING_STATUSES.includes(state.status)) {
    return { ok: false, reason: 'Không thể hoàn thành nhiệm vụ ở trạng thái này.' };
  }
  return {
    ok: true,
    state: {
      ...state,
      status: 'done',
      outcome: outcomeOf(at, state.dueAt === null ? null : new Date(state.dueAt)),
    },
  };
}
