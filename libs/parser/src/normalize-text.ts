import { restoreLineBreaks, unglueWords } from './glued-words';
import { looksLikeHtml, markupAt } from './html-text';
import { MappedText } from './mapped-text';

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;

/** C0 control characters other than tab, line feed, vertical tab, form feed, return. */
export function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return code <= 8 || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

/**
 * The pasted text, cleaned without losing where each character came from: Windows and old
 * Mac line ends become "\n", a form feed (page break) too, letters are composed (NFC),
 * exotic spaces become spaces, a tab or a "|" becomes a wide gap (a column break in copies
 * of a two-column header or a web table), a look-alike eth becomes Đ, "\r\n" written out as
 * characters becomes a line end, invisible and control
 * characters go; a web page
 * pasted with its markup loses the markup (tags, scripts, entities).
 */
export function normalizeText(raw: string): MappedText {
  const b = MappedText.builder();
  const html = looksLikeHtml(raw);
  const escapedBreaks = (raw.match(/\\r\\n|\\n(?=\s|\p{Lu})/gu) ?? []).length >= 2;
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    // A page pasted with its markup: a tag is a line break, a cell break or nothing.
    if (html && (c === '<' || c === '&')) {
      const m = markupAt(raw, i);
      if (m) {
        const text = m.text.replace(/\|/g, ' '.repeat(8)).replace(/\u00a0/g, ' ');
        if (text) b.push(text, i, m.end);
        i = m.end;
        continue;
      }
    }
    // "\r\n" written out as characters (a page's source copied as text): a line break
    if (escapedBreaks && c === '\\' && /[rn]/.test(raw[i + 1] ?? '')) {
      const end = raw.startsWith('\\r\\n', i) ? i + 4 : i + 2;
      b.push('\n', i, end);
      i = end;
      continue;
    }
    if (c === '\r') {
      const end = raw[i + 1] === '\n' ? i + 2 : i + 1;
      b.push('\n', i, end);
      i = end;
      continue;
    }
    if (c === '\f') {
      b.push('\n', i, i + 1);
      i++;
      continue;
    }
    // "các ông (bà) có tên tại Điều 1": one class of persons, not an aside in brackets
    if (
      c === '(' &&
      /^\(\s*bà\s*\)/iu.test(raw.slice(i, i + 8)) &&
      /ông\s*$/iu.test(raw.slice(Math.max(0, i - 5), i))
    ) {
      const end = raw.indexOf(')', i) + 1;
      b.push(' bà ', i, end);
      i = end;
      continue;
    }
    // A tab, or the "|" of a table copied from a web page: a column break.
    if (c === '\t' || c === '|') {
      b.push(' '.repeat(8), i, i + 1);
      i++;
      continue;
    }
    // "1478⁄CĐ-TTg": a fraction slash for the slash of a symbol.
    if (c === '\u2044' || c === '\u2215') {
      b.push('/', i, i + 1);
      i++;
      continue;
    }
    // "2146/BTÐKT-VI": the look-alike eth (Ð, ð) typed for the Vietnamese Đ, đ
    if (c === '\u00d0' || c === '\u00f0') {
      b.push(c === '\u00d0' ? 'Đ' : 'đ', i, i + 1);
      i++;
      continue;
    }
    if (INVISIBLE.test(c) || isControl(c)) {
      i++;
      continue;
    }
    if (SPACE.test(c) || c === '\v') {
      b.push(' ', i, i + 1);
      i++;
      continue;
    }
    // A base character and the combining marks after it, composed together.
    const cp = raw.codePointAt(i)!;
    let end = i + (cp > 0xffff ? 2 : 1);
    while (end < raw.length && /\p{M}/u.test(raw[end])) end++;
    b.push(raw.slice(i, end).normalize('NFC'), i, end);
    i = end;
  }
  return restoreLineBreaks(unglueWords(b.build()));
}

/** Lines of a text, each still mapped to the original. */
export function splitLines(text: MappedText): MappedText[] {
  return text.split(/\n/g);
}
