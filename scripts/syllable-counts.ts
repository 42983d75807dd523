/**
 * `node -r @swc-node/register scripts/syllable-counts.ts`: writes
 * libs/parser/data/syllable-counts.ts, how often each Vietnamese syllable occurs in the
 * corpus's tune texts and the seeds. The parser splits a word a copy ran together
 * ("chủtrì", "Chánhán") where both halves are the commonest syllables; the held-out texts
 * are left out so they stay unseen.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSyllable } from '@dondoc/parser/glued-words';

const root = join(__dirname, '..');
const fixtures = join(root, 'libs', 'parser', 'fixtures');
const corpus = join(fixtures, 'corpus');
const split = JSON.parse(readFileSync(join(corpus, 'split.json'), 'utf8')) as { heldout: string[] };
const texts = [
  ...readdirSync(corpus)
    .filter((f) => f.endsWith('.txt') && !split.heldout.includes(f.slice(0, -4)))
    .map((f) => join(corpus, f)),
  ...readdirSync(join(fixtures, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(fixtures, 'seeds', f)),
];
const counts = new Map<string, number>();
for (const file of texts)
  for (const [w] of readFileSync(file, 'utf8')
    .normalize('NFC')
    .matchAll(/\p{L}+/gu)) {
    const s = w.toLocaleLowerCase('vi');
    if (isSyllable(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
// Seen once may be a typo or a name; twice is a syllable the language uses.
const kept = [...counts]
  .filter(([, n]) => n >= 2)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const lines = [];
for (let i = 0; i < kept.length; i += 12)
  lines.push(
    `  '${kept
      .slice(i, i + 12)
      .map(([s, n]) => `${s}:${n}`)
      .join(' ')}',`,
  );
writeFileSync(
  join(root, 'libs', 'parser', 'data', 'syllable-counts.ts'),
  `/**
 * Vietnamese syllables and how often each occurs in the parser corpus's tune texts and the
 * seeds ("syllable:count", commonest first). Written by scripts/syllable-counts.ts; do not
 * edit by hand.
 */
export const SYLLABLE_COUNTS: readonly string[] = [
${lines.join('\n')}
];
`,
);
process.stdout.write(`${kept.length} syllables from ${texts.length} texts\n`);
