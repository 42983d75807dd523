import { DataSource } from 'typeorm';
import { EmailLinkEntity } from '@dondoc/persistence';
import { LinkAction, signLink, uuidFromKey } from '@dondoc/platform/link-token';

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
    // The link a retry already made is kept as it was: same id, same expiry.
    const inserted = await repo
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
      .returning(['expiresAt'])
      .execute();
    const row = (inserted.raw as { expires_at: Date }[])[0];
    const expiresAt = row ? row.expires_at : (await repo.findOneByOrFail({ id })).expiresAt;
    const token = signLink(
      {
        linkId: id,
        taskId,
        unitCode,
        action,
        expiresAt: Math.floor(new Date(expiresAt).getTime() / 1000),
      },
      this.settings.secret,
    );
    return `${this.settings.baseUrl}/links/${token}`;
  }
}
