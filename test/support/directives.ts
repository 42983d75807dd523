import type { ApiClient } from './api-client';

export interface IssuedDirective {
  id: string;
  tasks: { id: string; leadUnit: string; seriesId: string | null }[];
}

/** Issues a directive through the API as `clerk` would, expecting it to be created. */
export async function issueDirective(
  clerk: ApiClient,
  d: {
    title: string;
    tasks: Record<string, unknown>[];
    policy?: object;
    issuerUnit?: string;
    docType?: string;
  },
): Promise<IssuedDirective> {
  const res = await clerk
    .post('/directives')
    .send({
      docType: d.docType ?? 'CÔNG VĂN',
      title: d.title,
      issuedOn: '2026-12-01',
      issuerUnit: d.issuerUnit ?? clerk.user.unitCode,
      ...(d.policy ? { policy: d.policy } : {}),
      tasks: d.tasks,
    })
    .expect(201);
  return res.body as IssuedDirective;
}
