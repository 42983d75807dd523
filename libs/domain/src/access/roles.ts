export const ROLES = ['leader', 'secretariat', 'unit_head', 'unit_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  leader: 'Lãnh đạo',
  secretariat: 'Văn thư, tổng hợp',
  unit_head: 'Thủ trưởng đơn vị',
  unit_officer: 'Chuyên viên',
  admin: 'Quản trị hệ thống',
};
