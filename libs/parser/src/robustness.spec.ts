import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeText, notADirectiveReason, parseDirective } from './index';
import { directory, resolver } from './test-directory';

/**
 * What users paste beside directives (issue 14, round 2): other encodings, web pages with
 * their markup, floods of brackets or names. Never a crash, never a hang, and a text with an
 * instruction in it is read, not refused.
 */
const SEED = readFileSync(resolve(__dirname, '../fixtures/seeds/tb-vkstc-2021-07-20.txt'), 'utf8');
const read = (text: string) => parseDirective(text, directory, { resolver });
const decoded = (bytes: Uint8Array) => {
  const r = decodeText(bytes);
  if ('reason' in r) throw new Error(r.reason);
  return r.text;
};

/** Windows-1258 as old Word files write it: ê, ô, ơ, ư, ă precomposed, tones as marks. */
function windows1258(text: string): Buffer {
  const shapes = new Set(['\u0302', '\u0306', '\u031b']);
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (table.has(ch)) {
      out.push(table.get(ch)!);
      continue;
    }
    const [base, ...marks] = ch.normalize('NFD');
    const shaped = (base + marks.filter((m) => shapes.has(m)).join('')).normalize('NFC');
    for (const c of [shaped, ...marks.filter((m) => !shapes.has(m))])
      out.push(table.get(c) ?? 0x3f);
  }
  return Buffer.from(out);
}

describe('other encodings', () => {
  it('reads UTF-16 without a byte order mark', () => {
    expect(decoded(Buffer.from(SEED, 'utf16le'))).toBe(SEED);
    const be = Buffer.from(SEED, 'utf16le').swap16();
    expect(decoded(be)).toBe(SEED);
  });

  it('reads Windows-1258, the Vietnamese code page', () => {
    const text = decoded(windows1258(SEED)).normalize('NFC');
    expect(text).toBe(SEED.normalize('NFC'));
    expect(read(text).tasks).toHaveLength(13);
  });

  it('still refuses bytes that are no Vietnamese in any of them', () => {
    expect(decodeText(Buffer.from('Gr\xfc\xdfe aus M\xfcnchen', 'latin1'))).toEqual({
      reason: expect.any(String),
    });
  });
});

describe('a web page pasted with its markup', () => {
  it('reads the text, not the tags, scripts and entities', () => {
    const body = SEED.split('\n')
      .filter((l) => l.trim())
      .map((l) => `<p>${l.replace('Hà Nội', 'H&agrave; N&#7897;i')}</p>`)
      .join('\n');
    const html = `<!DOCTYPE html><html><head><title>Thông báo</title><style>p{color:red}</style><script>var x = "Vụ 9 báo cáo trước ngày 1/1/2020";</script></head><body><div class="content">${body}</div></body></html>`;
    const parsed = read(html);
    expect(parsed.doc_type).toBe('THÔNG BÁO');
    expect(parsed.issued_at_place).toBe('Hà Nội');
    expect(parsed.tasks).toHaveLength(13);
    expect(JSON.stringify(parsed.tasks)).not.toMatch(/<|&nbsp;|1\/1\/2020/);
  });

  it('leaves a text that only mentions a tag as it is', () => {
    expect(read('Vụ 8 báo cáo kết quả <b> trước ngày 10/7/2020.').tasks[0].due).toBe('2020-07-09');
  });
});

describe('floods', () => {
  it('reads an instruction inside twenty thousand brackets, quickly', () => {
    const text = `${'('.repeat(20_000)} Vụ 8 báo cáo trước ngày 10/7/2020. ${')'.repeat(20_000)}`;
    const t0 = Date.now();
    const parsed = read(text);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(parsed.tasks.map((t) => [t.lead_units, t.due])).toEqual([[['Vụ 8'], '2020-07-09']]);
  });

  it('keeps an instruction whose list of names defeats the reading, for a person to assign', () => {
    const text = `Yêu cầu ${Array.from({ length: 3000 }, () => 'các sở').join(', ')} báo cáo trước ngày 10/7/2020.`;
    const parsed = read(text);
    expect(notADirectiveReason(parsed)).toBeNull();
    expect(parsed.tasks[0].due).toBe('2020-07-09');
  });

  it('reads a text of one very long line and one very long word without failing', () => {
    const line = Array.from({ length: 2000 }, (_, i) => `Vụ ${(i % 15) + 1} báo cáo.`).join(' ');
    expect(read(line).tasks.length).toBeGreaterThan(0);
    expect(read('a'.repeat(200_000)).tasks).toEqual([]);
  });
});
