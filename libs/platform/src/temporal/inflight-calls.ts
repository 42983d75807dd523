import { Injectable } from '@nestjs/common';

/** Temporal calls still running, so the connection closes under none of them. */
@Injectable()
export class InflightCalls {
  private readonly calls = new Set<Promise<unknown>>();

  track<T>(call: Promise<T>): Promise<T> {
    this.calls.add(call);
    void call.finally(() => this.calls.delete(call)).catch(() => undefined);
    return call;
  }

  /** Resolves when every call in flight has settled. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.calls]);
  }
}
