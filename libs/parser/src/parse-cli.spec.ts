import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { typescriptEntry } from '@dondoc/devkit/typescript-entry';

/** `npm run -s parse -- FILE`, the contract DESIGN.md states, run as a user would. */
const ROOT = resolve(__dirname, '../../..');
const SEED = resolve(ROOT, 'libs/parser/fixtures/seeds/tb-vkstc-2021-07-20.txt');
const EXPECTED = resolve(ROOT, 'libs/parser/fixtures/seeds/tb-vkstc-2021-07-20.expected.json');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [...typescriptEntry('scripts/parse.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the parse CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('prints one JSON object shaped like the seed expected.json, exit 0', () => {
    const r = cli(SEED);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    const expected = JSON.parse(readFileSync(EXPECTED, 'utf8'));
    expect(Object.keys(out)).toEqual(Object.keys(expected));
    expect(Object.keys(out.tasks[0])).toEqual(Object.keys(expected.tasks[0]));
    expect(out.tasks).toHaveLength(expected.tasks.length);
    expect(out.issued_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('runs through npm as `npm run -s parse -- FILE`', () => {
    const r = spawnSync('npm', ['run', '-s', 'parse', '--', SEED], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).doc_type).toBe('THÔNG BÁO');
  });

  it('adds spans and unresolved names with --full', () => {
    const out = JSON.parse(cli(SEED, '--full').stdout);
    expect(out.tasks[0].span).toEqual({ start: expect.any(Number), end: expect.any(Number) });
    expect(out.unresolved_units).toContain('Ban Tuyên giáo các cấp');
  });

  it.each<[string, () => string]>([
    ['a missing file', () => join(dir, 'nope.txt')],
    ['a directory', () => dir],
    ['an empty file', () => file('empty.txt', '')],
    ['white space only', () => file('blank.txt', ' \n\r\n\t')],
    [
      'a binary file',
      () => file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff])),
    ],
    [
      'bytes that are not UTF-8',
      () => file('latin1.txt', Buffer.from('Vi\xeat Nam c\xf4ng v\xe3n', 'latin1')),
    ],
    [
      'a text that is no directive',
      () => file('en.txt', 'The quick brown fox jumps over the lazy dog.\n'),
    ],
  ])('refuses %s: non-zero exit, one line on stderr, nothing on stdout', (_label, path) => {
    const r = cli(path());
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^parse: \S/);
  });

  it('reads UTF-16 with a byte order mark and Windows line ends', () => {
    const text = readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n');
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = cli(file('utf16.txt', bom));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tasks).toHaveLength(13);
  });

  it('says how to use it when given no file', () => {
    const r = cli();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
