/**
 * A web page pasted with its markup: tags are no text. Block tags end a line, a table cell is
 * a column break, script and style are dropped, entities become their characters.
 */

/** The text looks like HTML source, not a text that mentions a tag. */
export function looksLikeHtml(raw: string): boolean {
  if (/^\s*<(?:!doctype|html|head|body|\?xml)\b/i.test(raw)) return true;
  const tags = raw
    .slice(0, 200_000)
    .match(
      /<\/?(?:p|div|br|span|td|tr|li|h[1-6]|table|body|strong|b|i|em|a|font)\b[^<>]{0,500}>/gi,
    );
  return (tags?.length ?? 0) >= 3;
}

const SKIPPED = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/iy;
const TAG = /<\/?([a-z][a-z0-9]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*\/?>|<![^<>]*>|<\?[^<>]*\?>/iy;
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'table',
  'tbody',
  'thead',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'title',
  'hr',
  'pre',
  'dd',
  'dt',
]);
const CELL = new Set(['td', 'th']);
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,8}));/iy;
/** Named entities a Vietnamese page uses: spaces, marks, and the Latin-1 letters. */
const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  laquo: '«',
  raquo: '»',
};
const LATIN1 =
  'Agrave:À Aacute:Á Acirc:Â Atilde:Ã Egrave:È Eacute:É Ecirc:Ê Igrave:Ì Iacute:Í Ograve:Ò Oacute:Ó Ocirc:Ô Otilde:Õ Ugrave:Ù Uacute:Ú Yacute:Ý';
for (const pair of LATIN1.split(' ')) {
  const [name, upper] = pair.split(':');
  NAMED[name] = upper;
  NAMED[name[0].toLowerCase() + name.slice(1)] = upper.toLowerCase();
}

/** What the markup at `raw[i]` stands for and where it ends, or null when it is text. */
export function markupAt(raw: string, i: number): { text: string; end: number } | null {
  if (raw[i] === '<') {
    SKIPPED.lastIndex = i;
    const skipped = SKIPPED.exec(raw);
    if (skipped) return { text: '\n', end: i + skipped[0].length };
    TAG.lastIndex = i;
    const tag = TAG.exec(raw);
    if (!tag) return null;
    const name = (tag[1] ?? '').toLowerCase();
    const text = BLOCK.has(name) ? '\n' : CELL.has(name) && !tag[0].startsWith('</') ? '|' : '';
    return { text, end: i + tag[0].length };
  }
  if (raw[i] === '&') {
    ENTITY.lastIndex = i;
    const e = ENTITY.exec(raw);
    if (!e) return null;
    const code = e[1] ? Number(e[1]) : e[2] ? parseInt(e[2], 16) : -1;
    const text =
      code >= 0 ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '') : NAMED[e[3]];
    return text === undefined ? null : { text, end: i + e[0].length };
  }
  return null;
}
