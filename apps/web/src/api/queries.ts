import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { WorkingDays } from '../lib/working-days';
import { api, call, type Unit } from './client';

/** The directory changes rarely: one load per page visit. */
export function useUnits() {
  const q = useQuery({
    queryKey: ['units'],
    queryFn: () => call(api.GET('/units')),
    staleTime: 10 * 60_000,
  });
  const byCode = useMemo(() => new Map((q.data ?? []).map((u) => [u.code, u])), [q.data]);
  return { ...q, units: q.data ?? [], byCode };
}

export function useGroups() {
  return useQuery({
    queryKey: ['groups'],
    queryFn: () => call(api.GET('/org/groups')),
    staleTime: 10 * 60_000,
  });
}

export function unitName(byCode: Map<string, Unit>, code: string | null | undefined): string {
  if (!code) return '';
  return byCode.get(code)?.shortName ?? code;
}

/** The working calendar of the given years (this year and the next by default). */
export function useWorkingDays(years?: number[]): WorkingDays {
  const thisYear = new Date().getFullYear();
  const wanted = years ?? [thisYear - 1, thisYear, thisYear + 1];
  const results = useQueries({
    queries: wanted.map((year) => ({
      queryKey: ['calendar', year],
      queryFn: () => call(api.GET('/calendar/{year}', { params: { path: { year } } })),
      staleTime: 5 * 60_000,
    })),
  });
  const loaded = results.map((r) => r.data).filter((d) => d !== undefined);
  const key = loaded.map((d) => `${d.year}:${d.holidays.length}:${d.makeUpDays.length}`).join();
  return useMemo(() => new WorkingDays(loaded), [key]);
}
