import { isControl } from './normalize-text';
import type { ParsedDirective } from './types';

/** The text in a file's bytes (UTF-8, or UTF-16 with a byte order mark), or why there is none. */
export function decodeText(bytes: Uint8Array): { reason: string } | { text: string } {
  if (bytes.length === 0) return { reason: 'tệp rỗng / empty file' };
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0))
      return { reason: 'tệp nhị phân, không phải văn bản / binary file, not text' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { reason: 'không phải văn bản UTF-8 / not UTF-8 text' };
    }
  }
  if (text.includes('\u0000'))
    return { reason: 'tệp nhị phân, không phải văn bản / binary file, not text' };
  const controls = [...text].filter(isControl).length;
  if (controls > Math.max(4, text.length / 100))
    return { reason: 'tệp nhị phân, không phải văn bản / binary file, not text' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { reason: 'tệp không có nội dung / no text in file' };
  return { text };
}

/** Why a parsed text is not a directive (no type, no number and no task), or null. */
export function notADirectiveReason(d: ParsedDirective): string | null {
  if (d.doc_type || d.doc_number || d.tasks.length) return null;
  return 'không nhận ra văn bản chỉ đạo (không có loại văn bản, số hiệu hay nhiệm vụ) / not a directive: no type, number or task found';
}
