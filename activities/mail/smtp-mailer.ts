import { createTransport, Transporter } from 'nodemailer';
import { Mailer, OutgoingMail } from './mailer';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
}

export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(settings: SmtpSettings) {
    this.transport = createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
      // A local sink has no certificate; the production relay negotiates STARTTLS itself.
      ignoreTLS: !settings.secure && !settings.user,
      connectionTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      messageId: mail.messageId,
      from: mail.from,
      to: mail.to,
      cc: mail.cc,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
    });
  }

  close(): void {
    this.transport.close();
  }
}
