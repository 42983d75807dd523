import { DataSource } from 'typeorm';
import { EmailLinkEntity } from '../../libs/persistence/src';
import { LinkAction, signLink, uuidFromKey } from '../../libs/platform/src/link-token';

export interface LinkSettings {
  secret: string;
  ttlHours: number;
  baseUrl: string;
}

/** One-click links for mail: one row per (notification, action), so a retry reuses it. */
export class LinkStore {
  constructor(
    private readonly ds: DataSource,
    private readonly settings: LinkSettings,
  ) {}

  async urlFor(
    notificationKey: string,
    action: LinkAction,
    taskId: string,
    unitCode: string,
    sentTo: string[],
  ): Promise<string> {
    const id = uuidFromKey(`${notificationKey}:${action}`);
    const repo = this.ds.getRepository(EmailLinkEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({
        id,
        taskId,
        unitCode,
        action,
        sentTo,
        expiresAt: new Date(Date.now() + this.settings.ttlHours * 3600_000),
      })
      .orIgnore()
      .execute();
    const link = await repo.findOneByOrFail({ id });
    const token = signLink(
      {
        linkId: id,
        taskId,
        unitCode,
        action,
        expiresAt: Math.floor(link.expiresAt.getTime() / 1000),
      },
      this.settings.secret,
    );
    return `${this.settings.baseUrl}/links/${token}`;
  }
}
