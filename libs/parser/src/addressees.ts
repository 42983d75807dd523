import type { Actor } from './actor-list';
import { fromRef } from './actor-list';
import { HEAD_TITLES, QUANTIFIERS } from './lexicon';
import { ADDRESSEES_LINE } from './layout';
import type { MappedText } from './mapped-text';
import { provinceNamed } from './places';
import { tokenize } from './tokens';
import type { UnitResolver } from './unit-resolver';
import { capitalizeFirst, fold } from './vietnamese-text';

/**
 * The bodies under "Kính gửi:", each by its name without its head's title ("Thủ trưởng các
 * đơn vị thuộc VKSND tối cao" → the group; "Viện KSND các huyện- thành phố" as written): what
 * "các đơn vị" means in the letter's body.
 */
export function readAddressees(cells: readonly MappedText[], resolver: UnitResolver): Actor[] {
  const texts = cells.map((c) => c.text.trim());
  const at = texts.findIndex((t) => ADDRESSEES_LINE.test(fold(t)));
  if (at < 0) return [];
  const items: string[] = [];
  const first = texts[at].replace(/^[^:]*:?\s*/, '');
  for (const line of [first, ...texts.slice(at + 1)]) {
    if (!line) continue;
    // "..., điện:" then "Kính gửi:" alone: the list is under the second
    if (!items.length && ADDRESSEES_LINE.test(fold(line)) && /:\s*$/.test(line)) continue;
    // "- Các bộ, cơ quan ngang bộ, cơ quan" / "thuộc Chính phủ;": an item broken over lines
    if (items.length && /^\p{Ll}/u.test(line) && !/[;.]\s*$/.test(items.at(-1)!)) {
      const [rest, ...more] = line.split(/\s*[;]\s*|(?:^|\s)[-–+•]\s+/);
      items[items.length - 1] += ` ${rest}`;
      items.push(...more);
      continue;
    }
    if (items.length && !/^[-–+•]/.test(line)) break;
    items.push(...keepingDashedPlaces(line).split(/\s*[;]\s*|(?:^|\s)[-–+•]\s+/));
  }
  const out: Actor[] = [];
  for (const raw of items.map((i) => i.replaceAll(TIED_DASH, '-')).flatMap(distributed)) {
    const name = raw
      .replace(/^[-–+•]\s*/, '')
      .replace(/[\s;.,]+$/, '')
      .trim();
    if (!name) continue;
    const ref = resolver.resolve(name);
    const actor: Actor = ref
      ? fromRef(ref)
      : { name: withoutTitle(name), kind: 'unresolved', code: null, root: false };
    if (!out.some((a) => a.name === actor.name)) out.push(actor);
  }
  return out;
}

/** A dash inside a place's name while a list is split ("Thừa Thiên – Huế"). */
const TIED_DASH = '\u2060-\u2060';

/** The line with the dash of a dashed province ("Thừa Thiên – Huế") tied so no split cuts it. */
function keepingDashedPlaces(line: string): string {
  return line.replace(
    /(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)?)\s+[–-]\s+(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)?)/gu,
    (all, a: string, b: string) =>
      provinceNamed(`${a} ${b}`) || provinceNamed(`${a} - ${b}`) ? `${a} ${TIED_DASH} ${b}` : all,
  );
}

/**
 * "Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái" → one addressee a place; "Bộ trưởng
 * các Bộ: Quốc phòng, Công an" → "Bộ Quốc phòng", "Bộ Công an".
 */
function distributed(item: string): string[] {
  const m =
    /^(?:[-–+•]\s*)?(.*?)\s*\bcác\s+(tỉnh, thành phố|tỉnh|thành phố|Bộ|bộ|Sở|sở)\s*:\s*(.+?)[\s;.,]*$/u.exec(
      item,
    );
  if (!m) return namedProvinces(item);
  const head = withoutTitle(m[1].trim());
  const kind = m[2];
  return m[3]
    .split(/\s*,\s*|\s+và\s+/u)
    .filter(Boolean)
    .map((place) => {
      if (/^(?:bộ|sở)$/iu.test(kind)) return `${capitalizeFirst(kind)} ${place}`;
      const named =
        provinceNamed(place) ?? `${kind.startsWith('thành') ? 'thành phố' : 'tỉnh'} ${place}`;
      return `${head} ${named}`.trim();
    });
}

/**
 * "Ủy ban nhân dân các tỉnh Gia Lai, Đắk Lắk, ..., Thừa Thiên – Huế": with no colon, the
 * places after the plural, when every one of them is a province by name.
 */
function namedProvinces(item: string): string[] {
  const m = /^(?:[-–+•]\s*)?(.*?)\s*\bcác\s+tỉnh\s+(\p{Lu}.+?)[\s;.,]*$/u.exec(item);
  if (!m) return [item];
  const places = m[2].split(/\s*,\s*|\s+và\s+/u).filter(Boolean);
  const named = places.map((p) => provinceNamed(p.replace(/\s*[–-]\s*/gu, ' ')));
  if (places.length < 2 || named.some((n) => !n)) return [item];
  const head = withoutTitle(m[1].trim());
  return named.map((n) => `${head} ${n}`.trim());
}

function withoutTitle(name: string): string {
  const tokens = tokenize(name);
  let i = 0;
  for (let n = HEAD_TITLES.matchAt(tokens, i); n; n = HEAD_TITLES.matchAt(tokens, i)) i += n;
  if (i === 0 || i >= tokens.length) return name;
  const rest = name.slice(tokens[i].start);
  return QUANTIFIERS.matchAt(tokens, i) ? capitalizeFirst(rest) : capitalizeFirst(rest);
}
