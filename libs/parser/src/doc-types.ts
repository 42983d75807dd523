import { fold } from './vietnamese-text';

/** Kinds of document, as their heading writes them, and the code their symbol uses. */
const TYPES: [name: string, code: string][] = [
  // Longer names first: "THÔNG TƯ LIÊN TỊCH" is not "THÔNG TƯ" with a title "LIÊN TỊCH".
  ['THÔNG TƯ LIÊN TỊCH', 'TTLT'],
  ['THÔNG TƯ', 'TT'],
  ['NGHỊ ĐỊNH', 'NĐ'],
  ['CHỈ THỊ', 'CT'],
  ['KẾ HOẠCH', 'KH'],
  ['THÔNG BÁO', 'TB'],
  ['CÔNG VĂN', ''],
  ['QUYẾT ĐỊNH', 'QĐ'],
  ['NGHỊ QUYẾT', 'NQ'],
  ['BÁO CÁO', 'BC'],
  ['HƯỚNG DẪN', 'HD'],
  ['KẾT LUẬN', 'KL'],
  ['CHƯƠNG TRÌNH', 'CTr'],
  ['QUY CHẾ', 'QC'],
  ['QUY ĐỊNH', 'QyĐ'],
  ['TỜ TRÌNH', 'TTr'],
  ['CÔNG ĐIỆN', 'CĐ'],
  ['THÔNG TRI', ''],
  ['ĐỀ ÁN', 'ĐA'],
  ['PHƯƠNG ÁN', 'PA'],
  ['GIẤY MỜI', 'GM'],
  ['BIÊN BẢN', 'BB'],
];

export interface DocType {
  name: string;
  folded: string;
  code: string;
}

export const DOC_TYPES: readonly DocType[] = TYPES.map(([name, code]) => ({
  name,
  folded: fold(name),
  code,
}));

/** The type a symbol's code names ("78/KH-VKSTC" → KẾ HOẠCH); a bare org code means a công văn. */
export function typeOfSymbol(symbol: string): DocType | null {
  // "120-TB/HU", "45-CV/TU": a Party body writes the type before the slash
  const party = /^\d+-(\p{L}+)\//u.exec(symbol);
  const partyHit = party && DOC_TYPES.find((t) => t.code && fold(t.code) === fold(party[1]));
  if (partyHit) return partyHit;
  // "24/2014/QĐ-UBND": the year is no code.
  const parts = symbol
    .split('/')
    .slice(1)
    .join('/')
    .split(/[-/]/)
    .filter((p) => !/^\d+$/.test(p));
  const code = fold(parts[0] ?? '');
  if (!code) return null;
  const hit = DOC_TYPES.find((t) => t.code && fold(t.code) === code);
  return hit ?? DOC_TYPES.find((t) => t.name === 'CÔNG VĂN')!;
}
