import { Injectable } from '@nestjs/common';
import { OrgRepository } from '@dondoc/persistence';

const TTL_MS = 30_000;

/**
 * The unit tree, cached briefly: access checks ask it on every request. Directory writes in
 * this process invalidate it; another api process sees them within the TTL.
 */
@Injectable()
export class OrgTreeService {
  private parents = new Map<string, string | null>();
  private loadedAt = 0;

  constructor(private readonly units: OrgRepository) {}

  /** The unit and every unit above it, nearest first. */
  async ancestry(code: string): Promise<string[]> {
    await this.fresh();
    const out: string[] = [];
    for (let c: string | null | undefined = code; c && !out.includes(c); c = this.parents.get(c))
      out.push(c);
    return out;
  }

  /** The unit and every unit below it. */
  async subtree(code: string): Promise<string[]> {
    await this.fresh();
    const children = new Map<string, string[]>();
    for (const [c, p] of this.parents) if (p) children.set(p, [...(children.get(p) ?? []), c]);
    const out: string[] = [];
    const walk = (c: string) => {
      out.push(c);
      (children.get(c) ?? []).forEach(walk);
    };
    walk(code);
    return out;
  }

  async exists(code: string): Promise<boolean> {
    await this.fresh();
    return this.parents.has(code);
  }

  /** After a change to the directory: the next question reloads it. */
  invalidate(): void {
    this.loadedAt = 0;
  }

  private async fresh(): Promise<void> {
    if (Date.now() - this.loadedAt < TTL_MS) return;
    this.parents = await this.units.parentMap();
    this.loadedAt = Date.now();
  }
}
