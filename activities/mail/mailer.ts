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

/** One implementation per transport; activities only see this. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}
