import { refusalOf } from '@dondoc/domain/testing/refusals';
import { ActCommand } from '@dondoc/contracts';
import { ErrorCode, Principal } from '@dondoc/domain';
import {
  InMemoryUnitOfWork,
  storedTask,
  unit,
} from '@dondoc/persistence/testing/in-memory-repositories';
import type { TaskEntity } from '@dondoc/persistence';
import type { CalendarService } from '../calendar/calendar.service';
import { OrgTreeService } from '../org/org-tree.service';
import type { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { TaskAccessService } from './task-access.service';
import { TasksService } from './tasks.service';

/** Records what would go to the task's workflow. */
class FakeGateway {
  readonly sent: { workflowId: string; command: ActCommand; updateId?: string }[] = [];
  async act(workflowId: string, command: ActCommand, updateId?: string) {
    this.sent.push({ workflowId, command, updateId });
    return {} as never;
  }
}

const officer: Principal = { userId: 'u-off', unitCode: 'VKSTC.V8', roles: ['unit_officer'] };
const leader: Principal = { userId: 'u-lead', unitCode: 'VKSTC', roles: ['leader'] };

function setup(status: TaskEntity['status'] = 'assigned') {
  const uow = new InMemoryUnitOfWork();
  uow.state.units.push(unit('VKSTC'), unit('VKSTC.V8', { parentCode: 'VKSTC' }));
  const now = new Date('2030-01-02T01:00:00Z');
  uow.state.directives.push({
    id: 'd-1',
    number: null,
    docType: 'CÔNG VĂN',
    title: 'Thử',
    issuedOn: '2030-01-01',
    issuedPlace: null,
    issuerUnitCode: 'VKSTC',
    signer: null,
    body: null,
    status: 'issued',
    policy: null,
    draft: null,
    idempotencyKey: null,
    requestHash: null,
    createdAt: now,
  });
  uow.state.tasks.push(storedTask({ status }));
  const gateway = new FakeGateway();
  const access = new TaskAccessService(uow, new OrgTreeService(uow.repositories.org));
  const calendars = { adminOverrides: async () => ({}) } as unknown as CalendarService;
  const tasks = new TasksService(uow, gateway as unknown as TaskWorkflowGateway, access, calendars);
  return { uow, gateway, tasks };
}

describe('TasksService.act', () => {
  it('sends a unit’s action to the workflow for the unit the officer acts for', async () => {
    const { gateway, tasks } = setup();
    await tasks.act(officer, 't-1', { action: 'acknowledge' });
    expect(gateway.sent).toEqual([
      {
        workflowId: 'task-t-1',
        command: {
          actor: { userId: 'u-off', source: 'api' },
          command: { action: 'acknowledge' },
          actingFor: { unitCode: 'VKSTC.V8' },
        },
        updateId: undefined,
      },
    ]);
  });

  it('gives a retried action the same update id, and another user’s or task’s a different one', async () => {
    const { gateway, tasks } = setup();
    await tasks.act(officer, 't-1', { action: 'acknowledge' }, 'key-1');
    await tasks.act(officer, 't-1', { action: 'acknowledge' }, 'key-1');
    await tasks.act(officer, 't-1', { action: 'acknowledge' }, 'key-2');
    const [a, b, c] = gateway.sent.map((s) => s.updateId);
    expect(a).toMatch(/^act-[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('answers a closed task from its record, without asking the workflow', async () => {
    const { gateway, tasks } = setup('cancelled');
    const err = await refusalOf(tasks.act(officer, 't-1', { action: 'acknowledge' }));
    expect(err.code).toBe(ErrorCode.InvalidTransition);
    expect(gateway.sent).toEqual([]);
  });

  it('refuses a reassignment to a unit not in the directory, and files of another task', async () => {
    const { gateway, tasks } = setup();
    const unknown = await refusalOf(
      tasks.act(leader, 't-1', { action: 'reassign', unitCode: 'VU_99', reason: 'x' }),
    );
    expect(unknown.code).toBe(ErrorCode.UnknownUnit);
    const files = await refusalOf(
      tasks.act(officer, 't-1', {
        action: 'report_progress',
        text: 'x',
        percent: 10,
        attachmentIds: ['00000000-0000-4000-8000-000000000000'],
      }),
    );
    expect(files.errors[0].field).toBe('attachmentIds');
    expect(gateway.sent).toEqual([]);
  });

  it('keeps the issuer’s decisions from a unit officer (403) and the task from other units (404)', async () => {
    const { tasks } = setup();
    const decide = await refusalOf(tasks.act(officer, 't-1', { action: 'cancel', reason: 'x' }));
    expect(decide.code).toBe(ErrorCode.Forbidden);
    const stranger: Principal = { userId: 'u-x', unitCode: 'VKSTC.V2', roles: ['unit_officer'] };
    const hidden = await refusalOf(tasks.act(stranger, 't-1', { action: 'acknowledge' }));
    expect(hidden.code).toBe(ErrorCode.NotFound);
  });
});
