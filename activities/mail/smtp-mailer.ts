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
      // Well inside the activity's 20 s, so a stuck relay fails the attempt, which is retried.
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 10_000,
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
