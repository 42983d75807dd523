/** `YYYY-MM-DD` when day, month and year make a real date, else null. */
export function realDate(y: number, m: number, d: number): string | null {
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d)
    return null;
  return probe.toISOString().slice(0, 10);
}
