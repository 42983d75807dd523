import { Provider } from '@nestjs/common';
import { SmtpMailer } from '../../../activities';
import { RuntimeConfig } from '@dondoc/platform';

/** The mail transport, by class: SMTP everywhere (a local sink in development and tests). */
export const mailerProvider: Provider = {
  provide: SmtpMailer,
  inject: [RuntimeConfig],
  useFactory: (config: RuntimeConfig) =>
    new SmtpMailer({
      host: config.values.SMTP_HOST,
      port: config.values.SMTP_PORT,
      secure: config.values.SMTP_SECURE,
      user: config.values.SMTP_USER,
      password: config.values.SMTP_PASSWORD,
    }),
};
