import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { DomainException, ErrorCode } from '@dondoc/domain';
import { readTextBody } from './text-body';

const RULE = { types: ['application/yaml', 'text/plain'], limitBytes: 16, what: 'tệp YAML' };

function request(chunks: (string | Buffer)[], headers: Record<string, string>): IncomingMessage {
  const stream = Readable.from(
    chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)),
    {
      objectMode: false,
    },
  );
  return Object.assign(stream, { headers }) as unknown as IncomingMessage;
}

async function refusal(req: IncomingMessage): Promise<DomainException> {
  try {
    await readTextBody(req, RULE);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainException);
    return e as DomainException;
  }
  throw new Error('accepted');
}

describe('readTextBody', () => {
  it.each([
    'application/yaml',
    'application/yaml; charset=utf-8',
    'Application/YAML; Charset="UTF-8"',
    'text/plain;charset=utf8',
  ])('reads a body sent as %s', async (type) => {
    await expect(
      readTextBody(request(['version: ', '1'], { 'content-type': type }), RULE),
    ).resolves.toBe('version: 1');
  });

  it('joins chunks that split a character', async () => {
    const bytes = Buffer.from('Vụ 8');
    const req = request([bytes.subarray(0, 2), bytes.subarray(2)], {
      'content-type': 'text/plain',
    });
    await expect(readTextBody(req, RULE)).resolves.toBe('Vụ 8');
  });

  it('drops a byte-order mark', async () => {
    const req = request(['\ufeffa: 1'], { 'content-type': 'text/plain' });
    await expect(readTextBody(req, RULE)).resolves.toBe('a: 1');
  });

  it('reads an empty body as empty text', async () => {
    await expect(readTextBody(request([], { 'content-type': 'text/plain' }), RULE)).resolves.toBe(
      '',
    );
  });

  it.each([undefined, 'application/json', 'multipart/form-data; boundary=x', 'text/html'])(
    'refuses the media type %s',
    async (type) => {
      const e = await refusal(request(['a: 1'], type ? { 'content-type': type } : {}));
      expect(e.code).toBe(ErrorCode.ValidationFailed);
      expect(e.message).toBe('Nội dung gửi lên phải là tệp YAML.');
      expect(e.errors).toEqual([
        {
          field: 'content-type',
          message: 'Content-Type phải là một trong: application/yaml, text/plain.',
        },
      ]);
    },
  );

  it('refuses another charset', async () => {
    const e = await refusal(
      request(['a: 1'], { 'content-type': 'text/plain; charset=windows-1258' }),
    );
    expect(e.errors).toEqual([{ field: 'content-type', message: 'Chỉ nhận bảng mã UTF-8.' }]);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const e = await refusal(
      request([Buffer.from([0x61, 0xff, 0x62])], { 'content-type': 'text/plain' }),
    );
    expect(e.code).toBe(ErrorCode.ValidationFailed);
    expect(e.errors).toEqual([
      { field: '(body)', message: 'Nội dung không phải văn bản UTF-8 hợp lệ.' },
    ]);
  });

  it('refuses a body declared larger than the limit before reading it', async () => {
    const e = await refusal(
      request(['x'], { 'content-type': 'text/plain', 'content-length': '17' }),
    );
    expect(e.code).toBe(ErrorCode.PayloadTooLarge);
  });

  it('refuses a body that grows past the limit while it is read', async () => {
    const e = await refusal(
      request(['0123456789', '0123456789'], { 'content-type': 'text/plain' }),
    );
    expect(e.code).toBe(ErrorCode.PayloadTooLarge);
    expect(e.message).toBe('Dữ liệu gửi lên vượt quá 0 MB.');
  });

  it('accepts a body of exactly the limit', async () => {
    const req = request(['0123456789', '012345'], { 'content-type': 'text/plain' });
    await expect(readTextBody(req, RULE)).resolves.toHaveLength(16);
  });
});
