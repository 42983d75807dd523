import { SMTPServer } from 'smtp-server';

/** One message as the relay took it: its Message-ID and when its data ended. */
export interface CountedMail {
  messageId: string;
  receivedAt: number;
}

/**
 * A real SMTP server that keeps only each message's Message-ID and arrival time. Benches
 * receive thousands of mails a minute in their own process: parsing each whole (as the
 * tests' capture does) would take the CPU the worker is being measured with.
 */
export class MailCounter {
  readonly mails: CountedMail[] = [];
  private readonly byId = new Map<string, number[]>();
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, cb) => {
        let head = '';
        let done = false;
        stream.on('data', (chunk: Buffer) => {
          if (done) return;
          head += chunk.toString('latin1');
          const end = head.indexOf('\r\n\r\n');
          if (end >= 0) {
            head = head.slice(0, end);
            done = true;
          }
        });
        stream.on('end', () => {
          const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
          const id = /^message-id:\s*(\S+)/im.exec(unfolded)?.[1] ?? '';
          const receivedAt = Date.now();
          this.mails.push({ messageId: id, receivedAt });
          const times = this.byId.get(id);
          if (times) times.push(receivedAt);
          else this.byId.set(id, [receivedAt]);
          cb();
        });
      },
    });
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  /** Arrival times of the mail with this Message-ID (more than one: a doubled mail). */
  arrivals(messageId: string): readonly number[] {
    return this.byId.get(messageId) ?? [];
  }

  /** How many of `ids` have arrived at least once. */
  countArrived(ids: Iterable<string>): number {
    let n = 0;
    for (const id of ids) if (this.byId.has(id)) n++;
    return n;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
