import { SMTPServer } from 'smtp-server';
import { ParsedMail, simpleParser } from 'mailparser';

export interface CapturedMail {
  messageId: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
  receivedAt: Date;
  raw: ParsedMail;
}

/** A real SMTP server in the test process that keeps every message it is given. */
export class SmtpCapture {
  readonly messages: CapturedMail[] = [];
  private server?: SMTPServer;
  port = 0;
  /** While set, every RCPT is refused with a temporary failure (an "outage"). */
  refuse = false;
  /** Addresses refused for good (550), as a relay refuses a mailbox that does not exist. */
  readonly refuseForGood = new Set<string>();

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (addr, _session, cb) => {
        if (this.refuseForGood.has(addr.address.toLowerCase())) {
          return cb(Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 }));
        }
        if (this.refuse) return cb(Object.assign(new Error('try later'), { responseCode: 451 }));
        cb();
      },
      onData: (stream, _session, cb) => {
        simpleParser(stream)
          .then((mail) => {
            const addresses = (field: ParsedMail['to']) =>
              (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) =>
                a.value.map((v) => v.address ?? ''),
              );
            const to = addresses(mail.to);
            this.messages.push({
              messageId: mail.messageId ?? '',
              from: mail.from?.text ?? '',
              to,
              cc: addresses(mail.cc),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              receivedAt: new Date(),
              raw: mail,
            });
            cb();
          })
          .catch(cb);
      },
    });
    // A client that vanishes mid-session (a killed worker) resets its socket: not a failure
    // of the server, which keeps serving the next one.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  /** Waits until `predicate` holds for the captured mail, or fails after `timeoutMs`. */
  async waitFor(
    predicate: (m: CapturedMail[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<CapturedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      if (Date.now() > deadline)
        throw new Error(
          `mail not captured in ${timeoutMs} ms; have ${this.messages.map((m) => m.subject).join(' | ')}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
    return this.messages;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
