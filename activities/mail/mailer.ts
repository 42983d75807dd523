export interface OutgoingMail {
  messageId: string;
  from: string;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** What the relay said of a mail it took: recipients it refused, if any. */
export interface SendResult {
  rejected: string[];
}

/**
 * The relay refused the mail for good (a 5xx answer, or every recipient refused): sending it
 * again would be refused again. A temporary failure is any other error, and is retried.
 */
export class MailRefusedError extends Error {
  constructor(readonly reply: string) {
    super(reply);
  }
}

/** One implementation per transport; activities only see this. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): void;
}
