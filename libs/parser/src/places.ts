import { PROVINCES_2021, PROVINCES_2025 } from '../data/gazetteer';
import { fold } from './vietnamese-text';

/** A province's or city's name as the gazetteer writes it, with its level, by its folded name. */
const PROVINCE_BY_NAME = new Map(
  [...PROVINCES_2021, ...PROVINCES_2025].map((p) => [
    fold(p.replace(/^(?:tỉnh|thành phố)\s+/u, '')),
    p,
  ]),
);
/** How a text shortens the two big cities: "TPHCM", "TP.HCM", "TP HCM", "TP. Hồ Chí Minh". */
const CITY_SHORT = /^(?:tp\.?\s*(?:hcm|ho chi minh)|tphcm|hcm)$/;

/** "Lai Châu" → "tỉnh Lai Châu", "Hà Nội" → "thành phố Hà Nội"; null for no province's name. */
export function provinceNamed(written: string): string | null {
  const f = fold(written.trim()).replace(/\s+/g, ' ');
  if (CITY_SHORT.test(f)) return PROVINCE_BY_NAME.get('ho chi minh') ?? null;
  return PROVINCE_BY_NAME.get(f) ?? null;
}
