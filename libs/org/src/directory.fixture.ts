import type { DirectoryUnit } from './directory';

/** A directory unit for specs: a procuracy under `parent`, every optional field empty. */
export function fixtureUnit(
  code: string,
  parent: string | null,
  extra: Partial<DirectoryUnit> = {},
): DirectoryUnit {
  return {
    code,
    short_name: `Đơn vị ${code}`,
    full_name: `Đơn vị ${code}`,
    level: parent === null ? 'toi_cao' : 'tinh',
    kind: 'vien',
    parent,
    aliases: [],
    emails: [`${code.toLowerCase().replace(/[^a-z0-9]/g, '-')}@dondoc.test`],
    head: null,
    active_from: null,
    active_to: null,
    replaced_by: null,
    ...extra,
  };
}
