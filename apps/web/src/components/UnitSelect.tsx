import { Select } from 'antd';
import { useGroups, useUnits } from '../api/queries';

interface Props {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  /** Also offer the directory's groups ("VKSND cấp tỉnh"). */
  groups?: boolean;
  /** Only these unit codes. */
  only?: string[];
  placeholder?: string;
  id?: string;
  'aria-label'?: string;
  allowClear?: boolean;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/** A unit (or group) of the directory, searched by name without accents. */
export function UnitSelect({ value, onChange, multiple, groups, only, ...rest }: Props) {
  const { units } = useUnits();
  const groupList = useGroups().data ?? [];
  const today = new Date().toISOString().slice(0, 10);
  const active = units.filter((u) => !u.activeTo || u.activeTo > today);
  const options = [
    ...(groups
      ? [
          {
            label: 'Nhóm đơn vị',
            options: groupList.map((g) => ({ value: g.code, label: g.name })),
          },
        ]
      : []),
    {
      label: 'Đơn vị',
      options: active
        .filter((u) => !only || only.includes(u.code))
        .map((u) => ({ value: u.code, label: u.shortName })),
    },
  ];
  return (
    <Select
      {...rest}
      showSearch={{
        filterOption: (input, option) =>
          fold(String(option?.label ?? '')).includes(fold(input)) ||
          (option !== undefined &&
            'value' in option &&
            fold(String(option.value)).includes(fold(input))),
      }}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
