/**
 * Runs `work` over `items`, at most `lanes` at a time. The first failure stops the lanes
 * from taking more items; it is thrown once those in flight have settled. Returns the
 * items whose work succeeded, in order of completion.
 */
export async function inLanes<T>(
  items: readonly T[],
  lanes: number,
  work: (item: T) => Promise<void>,
): Promise<{ done: T[]; error: unknown }> {
  const done: T[] = [];
  let next = 0;
  let error: unknown = null;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
        done.push(item);
      } catch (err) {
        if (!failed) error = err;
        failed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  return { done, error };
}
