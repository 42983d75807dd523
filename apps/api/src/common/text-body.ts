import type { IncomingMessage } from 'node:http';
import { DomainException, ErrorCode } from '@dondoc/domain';

export interface TextBodyRule {
  /** Media types accepted, lower case, without parameters. */
  types: readonly string[];
  limitBytes: number;
  /** What the body should be, for messages: "tệp YAML". */
  what: string;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Reads a text body that the JSON parser left alone (a file sent as is), refusing other
 * media types, other charsets than UTF-8, bytes that are not UTF-8 and anything over the limit.
 */
export async function readTextBody(req: IncomingMessage, rule: TextBodyRule): Promise<string> {
  const [type, ...params] = (req.headers['content-type'] ?? '').split(';').map((s) => s.trim());
  if (!rule.types.includes(type.toLowerCase())) {
    throw new DomainException(
      ErrorCode.ValidationFailed,
      `Nội dung gửi lên phải là ${rule.what}.`,
      [
        {
          field: 'content-type',
          message: `Content-Type phải là một trong: ${rule.types.join(', ')}.`,
        },
      ],
    );
  }
  const charset = params
    .map((p) => /^charset\s*=\s*"?([^"]*)"?$/i.exec(p)?.[1])
    .find((c) => c !== undefined);
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    throw new DomainException(
      ErrorCode.ValidationFailed,
      `Nội dung gửi lên phải là ${rule.what}.`,
      [{ field: 'content-type', message: 'Chỉ nhận bảng mã UTF-8.' }],
    );
  }
  const tooLarge = () =>
    new DomainException(
      ErrorCode.PayloadTooLarge,
      `Dữ liệu gửi lên vượt quá ${megabytes(rule.limitBytes)}.`,
    );
  if (Number(req.headers['content-length'] ?? 0) > rule.limitBytes) {
    req.resume(); // drain, so the answer reaches the client
    throw tooLarge();
  }
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    if (req.readableEnded) return resolve(Buffer.alloc(0));
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > rule.limitBytes) {
        req.off('data', onData);
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
  try {
    // A byte-order mark, if any, is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainException(
      ErrorCode.ValidationFailed,
      `Nội dung gửi lên phải là ${rule.what}.`,
      [{ field: '(body)', message: 'Nội dung không phải văn bản UTF-8 hợp lệ.' }],
    );
  }
}
