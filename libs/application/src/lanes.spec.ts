import { inLanes } from './lanes';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('inLanes', () => {
  it('does every item, never more than `lanes` at once', async () => {
    let running = 0;
    let peak = 0;
    const items = Array.from({ length: 50 }, (_, i) => i);
    const { done, error } = await inLanes(items, 7, async () => {
      running++;
      peak = Math.max(peak, running);
      await tick(Math.random() * 3);
      running--;
    });
    expect(error).toBeNull();
    expect([...done].sort((a, b) => a - b)).toEqual(items);
    expect(peak).toBe(7);
  });

  it('stops taking items after the first failure and reports it', async () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const started: number[] = [];
    const { done, error } = await inLanes(items, 4, async (i) => {
      started.push(i);
      await tick(1);
      if (i === 5) throw new Error('Temporal unreachable');
    });
    expect(String(error)).toContain('Temporal unreachable');
    expect(started.length).toBeLessThan(12);
    expect(done).not.toContain(5);
    expect(done.length).toBe(started.length - 1);
  });

  it('handles fewer items than lanes, and none', async () => {
    expect((await inLanes([1, 2], 10, async () => undefined)).done).toHaveLength(2);
    expect(await inLanes([], 10, async () => undefined)).toEqual({ done: [], error: null });
  });
});
