import { readFileSync } from 'node:fs';
import { gluedAt } from '@dondoc/parser/glued-words';
const seen = new Set<string>();
for (const [w] of readFileSync(process.argv[2], 'utf8').normalize('NFC').matchAll(/\p{L}+/gu))
  if (gluedAt(w) > 0 && !seen.has(w)) { seen.add(w); console.log(w, '->', w.slice(0, gluedAt(w)) + ' ' + w.slice(gluedAt(w))); }
