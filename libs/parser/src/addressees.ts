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
    // "- Các bộ, cơ quan ngang bộ, cơ quan" / "thuộc Chính phủ;": an item broken over lines
    if (items.length && /^\p{Ll}/u.test(line) && !/[;.]\s*$/.test(items.at(-1)!)) {
      const [rest, ...more] = line.split(/\s*[;]\s*|(?:^|\s)[-–+•]\s+/);
      items[items.length - 1] += ` ${rest}`;
      items.push(...more);
      continue;
    }
    if (items.length && !/^[-–+•]/.test(line)) break;
    items.push(...line.split(/\s*[;]\s*|(?:^|\s)[-–+•]\s+/));
  }
  const out: Actor[] = [];
  for (const raw of items.flatMap(distributed)) {
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

/**
 * "Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái" → one addressee a place; "Bộ trưởng
 * các Bộ: Quốc phòng, Công an" → "Bộ Quốc phòng", "Bộ Công an".
 */
function distributed(item: string): string[] {
  const m =
    /^(?:[-–+•]\s*)?(.*?)\s*\bcác\s+(tỉnh, thành phố|tỉnh|thành phố|Bộ|bộ|Sở|sở)\s*:\s*(.+?)[\s;.,]*$/u.exec(
      item,
    );
  if (!m) return [item];
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

function withoutTitle(name: string): string {
  const tokens = tokenize(name);
  let i = 0;
  for (let n = HEAD_TITLES.matchAt(tokens, i); n; n = HEAD_TITLES.matchAt(tokens, i)) i += n;
  if (i === 0 || i >= tokens.length) return name;
  const rest = name.slice(tokens[i].start);
  return QUANTIFIERS.matchAt(tokens, i) ? capitalizeFirst(rest) : capitalizeFirst(rest);
}
