import { DataSource } from 'typeorm';
import { DigestKind, OPEN_STATUSES, TaskStatus, WORKING_STATUSES } from '@dondoc/domain';

export interface DigestRecipient {
  userId: string;
  name: string;
  email: string;
  unitCode: string;
}

export interface DigestTaskRow {
  id: string;
  directiveNumber: string | null;
  directiveDocType: string;
  directiveIssuedOn: string;
  item: string;
  summary: string;
  leadUnitCode: string;
  dueAt: Date | null;
  dueDate: string | null;
  status: TaskStatus;
  extensionPending: boolean;
  committedDate: string | null;
}

const ROLE: Record<DigestKind, string> = { weekly: 'leader', daily: 'unit_head' };

/** Who gets a digest, and the tasks a digest lists that the summary query does not. */
export class DigestRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * Weekly: leaders of a unit that has open work it issued. Daily: unit heads whose unit
   * has open work, or whose unit split work it must decide on. Each with their own address
   * (a shared unit mailbox would get one copy per person) and the digest not switched off.
   */
  async recipients(kind: DigestKind): Promise<DigestRecipient[]> {
    const work =
      kind === 'weekly'
        ? 't.issuer_unit_code = u.unit_code'
        : '(t.lead_unit_code = u.unit_code OR (t.issuer_unit_code = u.unit_code AND t.parent_task_id IS NOT NULL))';
    return this.ds.query(
      `SELECT u.id AS "userId", u.display_name AS name, u.email, u.unit_code AS "unitCode"
         FROM app_user u
         LEFT JOIN digest_preference d ON d.user_id = u.id
        WHERE NOT u.disabled AND u.email IS NOT NULL AND $1::text = ANY(u.roles)
          AND COALESCE(d.${kind === 'weekly' ? 'weekly' : 'daily'}, true)
          AND EXISTS (SELECT 1 FROM task t WHERE t.status = ANY($2) AND ${work})
        ORDER BY u.id`,
      [ROLE[kind], OPEN_STATUSES],
    );
  }

  async recipient(userId: string): Promise<DigestRecipient | null> {
    const [row] = await this.ds.query(
      `SELECT id AS "userId", display_name AS name, email, unit_code AS "unitCode"
         FROM app_user WHERE id = $1 AND NOT disabled AND email IS NOT NULL`,
      [userId],
    );
    return row ?? null;
  }

  async enabled(userId: string, kind: DigestKind): Promise<boolean> {
    const [row] = await this.ds.query(
      `SELECT ${kind === 'weekly' ? 'weekly' : 'daily'} AS on FROM digest_preference WHERE user_id = $1`,
      [userId],
    );
    return row ? row.on : true;
  }

  /** Work the unit split to units below it that waits for its head: a report or a request. */
  waitingForDecision(unitCode: string): Promise<DigestTaskRow[]> {
    return this.rows(
      `t.issuer_unit_code = $1 AND t.parent_task_id IS NOT NULL
       AND (t.status = 'submitted' OR (t.status = ANY($2) AND t.extension IS NOT NULL))`,
      [unitCode, WORKING_STATUSES],
    );
  }

  /** The unit's open tasks whose explanation promised a date that has passed. */
  brokenCommitments(unitCode: string, now: Date): Promise<DigestTaskRow[]> {
    return this.rows(`t.lead_unit_code = $1 AND t.status = ANY($2) AND x.committed_at <= $3`, [
      unitCode,
      WORKING_STATUSES,
      now,
    ]);
  }

  private async rows(where: string, params: unknown[]): Promise<DigestTaskRow[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT t.id, d.number, d.doc_type, d.issued_on::text AS issued_on, t.item, t.summary,
              t.lead_unit_code, t.due_at, t.due_date::text AS due_date, t.status,
              t.extension IS NOT NULL AS extension_pending, x.committed_date::text AS committed_date
         FROM task t
         JOIN directive d ON d.id = t.directive_id
         LEFT JOIN LATERAL (
           SELECT committed_date, committed_at FROM task_explanation e
            WHERE e.task_id = t.id ORDER BY e.id DESC LIMIT 1
         ) x ON true
        WHERE ${where}
        ORDER BY t.due_at NULLS LAST, t.id
        LIMIT 200`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      directiveNumber: r.number as string | null,
      directiveDocType: r.doc_type as string,
      directiveIssuedOn: r.issued_on as string,
      item: r.item as string,
      summary: r.summary as string,
      leadUnitCode: r.lead_unit_code as string,
      dueAt: r.due_at as Date | null,
      dueDate: r.due_date as string | null,
      status: r.status as TaskStatus,
      extensionPending: r.extension_pending as boolean,
      committedDate: r.committed_date as string | null,
    }));
  }
}
