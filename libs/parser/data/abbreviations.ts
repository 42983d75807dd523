/**
 * How officials shorten the names of state bodies, as data: each entry's written forms all
 * mean its spelled-out words. The resolver compares names through this table, so "Sở GDĐT",
 * "Sở GD&ĐT" and "Sở Giáo dục và Đào tạo" are one body and a short name in a text finds the
 * gazetteer's official one. A form is matched word by word however it is cased or accented;
 * ".", "-" and "&" between its words do not matter ("GD-ĐT", "GD & ĐT"). Only forms that
 * mean nothing else in a directive are listed ("BTC" is also a congress's organising board).
 */
export interface Abbreviation {
  forms: readonly string[];
  means: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  // The procuracy and the courts.
  { forms: ['Viện kiểm sát nhân dân', 'Viện KSND', 'Viện KS', 'VKS'], means: 'VKSND' },
  { forms: ['Viện kiểm sát quân sự'], means: 'VKSQS' },
  { forms: ['Viện kiểm sát'], means: 'VKSND' },
  { forms: ['VKSNDTC', 'VKSTC', 'VKSND TC'], means: 'VKSND tối cao' },
  { forms: ['TANDTC'], means: 'Tòa án nhân dân tối cao' },
  { forms: ['TAND'], means: 'Tòa án nhân dân' },
  { forms: ['CQĐT'], means: 'Cơ quan điều tra' },
  { forms: ['CSĐT'], means: 'Cảnh sát điều tra' },
  { forms: ['TCTHADS'], means: 'Tổng cục Thi hành án dân sự' },
  { forms: ['THADS'], means: 'Thi hành án dân sự' },
  { forms: ['BVPL'], means: 'Bảo vệ pháp luật' },
  // Places and levels.
  { forms: ['TPHCM', 'TP HCM'], means: 'thành phố Hồ Chí Minh' },
  { forms: ['HCM'], means: 'Hồ Chí Minh' },
  { forms: ['TP'], means: 'thành phố' },
  { forms: ['TX'], means: 'thị xã' },
  { forms: ['ĐBSCL'], means: 'Đồng bằng sông Cửu Long' },
  // Councils, committees and the Front.
  { forms: ['UBND'], means: 'Ủy ban nhân dân' },
  { forms: ['HĐND'], means: 'Hội đồng nhân dân' },
  { forms: ['ĐBQH'], means: 'đại biểu Quốc hội' },
  { forms: ['UBMTTQVN', 'UBMTTQ'], means: 'Ủy ban Mặt trận Tổ quốc' },
  { forms: ['MTTQVN', 'MTTQ'], means: 'Mặt trận Tổ quốc' },
  { forms: ['BCĐ'], means: 'Ban Chỉ đạo' },
  // Central bodies written by their initials.
  { forms: ['TTCP'], means: 'Thanh tra Chính phủ' },
  { forms: ['VPCP'], means: 'Văn phòng Chính phủ' },
  { forms: ['KTNN'], means: 'Kiểm toán nhà nước' },
  { forms: ['NHNN'], means: 'Ngân hàng Nhà nước' },
  { forms: ['BHXH'], means: 'Bảo hiểm xã hội' },
  { forms: ['KBNN'], means: 'Kho bạc Nhà nước' },
  { forms: ['QLTT'], means: 'Quản lý thị trường' },
  { forms: ['BTP'], means: 'Bộ Tư pháp' },
  { forms: ['BCA'], means: 'Bộ Công an' },
  { forms: ['BQP'], means: 'Bộ Quốc phòng' },
  { forms: ['BYT'], means: 'Bộ Y tế' },
  { forms: ['BGDĐT', 'BGD&ĐT'], means: 'Bộ Giáo dục và Đào tạo' },
  // The fields ministries, departments and offices are named after ("Sở GDĐT", "Phòng TN&MT").
  { forms: ['SGDĐT', 'SGD&ĐT'], means: 'Sở Giáo dục và Đào tạo' },
  { forms: ['PGDĐT', 'PGD&ĐT'], means: 'Phòng Giáo dục và Đào tạo' },
  { forms: ['GDĐT', 'GD&ĐT'], means: 'Giáo dục và Đào tạo' },
  { forms: ['GDNN-GDTX'], means: 'Giáo dục nghề nghiệp - Giáo dục thường xuyên' },
  { forms: ['TNMT', 'TN&MT'], means: 'Tài nguyên và Môi trường' },
  { forms: ['KHĐT', 'KH&ĐT'], means: 'Kế hoạch và Đầu tư' },
  { forms: ['KHCN', 'KH&CN'], means: 'Khoa học và Công nghệ' },
  { forms: ['TTTT', 'TT&TT'], means: 'Thông tin và Truyền thông' },
  { forms: ['LĐTBXH', 'LĐ-TB&XH', 'LĐTB&XH'], means: 'Lao động - Thương binh và Xã hội' },
  { forms: ['VHTTDL', 'VHTT&DL', 'VH-TT&DL'], means: 'Văn hóa, Thể thao và Du lịch' },
  { forms: ['NNPTNT', 'NN&PTNT'], means: 'Nông nghiệp và Phát triển nông thôn' },
  { forms: ['NNMT', 'NN&MT'], means: 'Nông nghiệp và Môi trường' },
  { forms: ['GTVT'], means: 'Giao thông vận tải' },
  { forms: ['TC-KH'], means: 'Tài chính - Kế hoạch' },
  { forms: ['KT-HT', 'KT&HT'], means: 'Kinh tế và Hạ tầng' },
];
