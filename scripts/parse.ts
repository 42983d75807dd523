/**
 * `npm run -s parse -- FILE [--full] [--directory FILE]`: reads a directive's text and
 * prints one JSON object shaped like `seeds/tb-vkstc-2021-07-20.expected.json` (with
 * `--full`: spans and unresolved names too). Exit 0 when it read a directive; otherwise
 * a one-line reason on stderr and exit 1 (2 for a usage error).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDirectory } from '@dondoc/org/directory';
import { notADirectiveReason, parseDirective, toContractJson, decodeText } from '@dondoc/parser';

function fail(reason: string, code = 1): never {
  process.stderr.write(`parse: ${reason.replace(/\s+/g, ' ')}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  const full = argv.includes('--full');
  const d = argv.indexOf('--directory');
  const directoryPath =
    d >= 0 ? argv[d + 1] : join(__dirname, '..', 'libs', 'org', 'data', 'vksnd-directory.yaml');
  const files = argv.filter((a, i) => !a.startsWith('--') && (d < 0 || i !== d + 1));
  if (files.length !== 1) fail('cách dùng / usage: npm run -s parse -- FILE [--full]', 2);

  let bytes: Buffer;
  try {
    bytes = readFileSync(files[0]);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'không có tệp / no such file'
        : code === 'EISDIR'
          ? 'là thư mục, không phải tệp / is a directory'
          : `không đọc được tệp / cannot read file (${code ?? 'error'})`;
    fail(`${why}: ${files[0]}`);
  }
  const readable = decodeText(bytes);
  if ('reason' in readable) fail(`${readable.reason}: ${files[0]}`);

  let directory;
  try {
    directory = parseDirectory(readFileSync(directoryPath, 'utf8'));
  } catch (err) {
    fail(`danh bạ đơn vị / unit directory ${directoryPath}: ${(err as Error).message}`);
  }
  const parsed = parseDirective(readable.text, directory);
  const notDirective = notADirectiveReason(parsed);
  if (notDirective) fail(`${notDirective}: ${files[0]}`);
  process.stdout.write(`${JSON.stringify(full ? parsed : toContractJson(parsed), null, 2)}\n`);
}

main(process.argv.slice(2));
