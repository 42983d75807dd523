import { gazetteerNames } from '../data/gazetteer';

/**
 * Bodies outside the procuracy that directives often name as partners, in their official
 * spelling, then the gazetteer of state bodies (../data/gazetteer.ts). They are never tracked units, but naming them the same way every time lets a
 * person map them once ("Bộ Thông tin và truyền thông" → "Bộ Thông tin và Truyền thông").
 */
const NAMED: readonly string[] = [
  'Bộ Quốc phòng',
  'Bộ Công an',
  'Bộ Ngoại giao',
  'Bộ Nội vụ',
  'Bộ Tư pháp',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Tài chính',
  'Bộ Công Thương',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Giao thông vận tải',
  'Bộ Xây dựng',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Thông tin và Truyền thông',
  'Bộ Lao động - Thương binh và Xã hội',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Khoa học và Công nghệ',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Y tế',
  'Ủy ban Dân tộc',
  'Ngân hàng Nhà nước Việt Nam',
  'Thanh tra Chính phủ',
  'Văn phòng Chính phủ',
  'Chính phủ',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
  'Ủy ban Tư pháp của Quốc hội',
  'Tòa án nhân dân tối cao',
  'Kiểm toán nhà nước',
  'Ban Tuyên giáo Trung ương',
  'Ban Nội chính Trung ương',
  'Ban Tổ chức Trung ương',
  'Ban Bí thư Trung ương Đảng',
  'Đài Truyền hình Việt Nam',
  'Đài Tiếng nói Việt Nam',
  'Thông tấn xã Việt Nam',
  'Tổng cục Thi hành án dân sự',
  'Viện kiểm sát quân sự Trung ương',
];

export const EXTERNAL_BODIES: readonly string[] = [...new Set([...NAMED, ...gazetteerNames()])];
