import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { StartPendingWorkflows } from '@dondoc/application';
import { RuntimeConfig } from '@dondoc/platform';

/** Per sweep: a burst after a long outage is worked off over a few sweeps, not at once. */
const BATCH = 2000;

/**
 * Starts the workflows of tasks that were stored but never started — Temporal was down when
 * the directive was issued, or a process died between its commit and the start — whenever
 * that happens, not only when an api process restarts. Several workers may sweep at once:
 * a start of a running workflow counts as done, so nothing starts twice.
 */
@Injectable()
export class PendingStartsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PendingStartsSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly starts: StartPendingWorkflows,
    private readonly config: RuntimeConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.values.PENDING_STARTS_SWEEP_SECONDS;
    if (seconds === 0) return;
    this.timer = setInterval(() => void this.sweep(seconds), seconds * 1000);
    void this.sweep(seconds);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One sweep at a time; tasks younger than one interval are left to whoever issued them. */
  private sweep(seconds: number): Promise<void> {
    if (this.running) return this.running;
    this.running = this.starts
      .sweep(new Date(Date.now() - seconds * 1000), BATCH)
      .then(({ tasks, series }) => {
        if (tasks || series)
          this.logger.log(`started ${tasks} pending task and ${series} series workflows`);
      })
      .catch((err) => this.logger.warn(`pending starts: ${String(err)}`))
      .finally(() => (this.running = null));
    return this.running;
  }
}
