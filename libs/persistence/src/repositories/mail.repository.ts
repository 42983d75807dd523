import type { NotificationEntity } from '../entities/notification.entity';

export interface FailedMailFilter {
  from?: Date;
  to?: Date;
  unitCode?: string;
  limit: number;
}

/** A refused mail with what the admin needs to act on it: whose, to whom, and why. */
export interface FailedMail extends NotificationEntity {
  unitCode: string;
  directiveId: string;
}

/** The outbox as the admin reads it. */
export abstract class MailRepository {
  /** Mail the relay refused for good, newest first. */
  abstract failed(filter: FailedMailFilter): Promise<FailedMail[]>;
}
