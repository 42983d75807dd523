import { createTransport, Transporter } from 'nodemailer';
import { MailRefusedError, Mailer, OutgoingMail, SendResult } from './mailer';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
}

/** Most relays accept a handful of parallel sessions from one client; more are refused or throttled. */
const SMTP_CONNECTIONS = 5;

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
      // A few long-lived connections, each carrying many mails: a connection per mail (TCP,
      // greeting, EHLO, and QUIT after) was most of a send's time when thousands fall due
      // together. Sends beyond the pool wait their turn in nodemailer's queue.
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      maxMessages: 500,
      // Well inside the activity's 20 s, so a stuck relay fails the attempt, which is retried.
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 10_000,
    });
  }

  async send(mail: OutgoingMail): Promise<SendResult> {
    try {
      const info = await this.transport.sendMail({
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to,
        cc: mail.cc,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments,
      });
      return { rejected: (info.rejected ?? []).map(String) };
    } catch (err) {
      // nodemailer marks a 5xx reply as permanent; a 4xx or a lost connection is not.
      const e = err as { permanent?: boolean; response?: string; message?: string };
      if (e.permanent === true) throw new MailRefusedError(e.response ?? e.message ?? 'refused');
      throw err;
    }
  }

  close(): void {
    this.transport.close();
  }
}
