import { isControl } from './normalize-text';
import type { ParsedDirective } from './types';

/**
 * The text in a file's bytes, or why there is none: UTF-8; UTF-16 with a byte order mark, or
 * without one when every other byte is zero (Latin letters and digits); else Windows-1258, the
 * Vietnamese code page of older Word and mail files, when it reads as Vietnamese.
 */
export function decodeText(bytes: Uint8Array): { reason: string } | { text: string } {
  if (bytes.length === 0) return { reason: 'tệp rỗng / empty file' };
  let text: string;
  const utf16 = bomless16(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (utf16) text = new TextDecoder(utf16).decode(bytes);
  else {
    if (bytes.includes(0))
      return { reason: 'tệp nhị phân, không phải văn bản / binary file, not text' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const legacy = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
      if (!readsVietnamese(legacy)) return { reason: 'không phải văn bản UTF-8 / not UTF-8 text' };
      text = legacy;
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

/** "utf-16le"/"utf-16be" for BOM-less UTF-16 (a zero in most high bytes), else null. */
function bomless16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  const n = Math.min(bytes.length, 4000) >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (odd > n * 0.3 && even < n * 0.05) return 'utf-16le';
  if (even > n * 0.3 && odd < n * 0.05) return 'utf-16be';
  return null;
}

/** Enough Vietnamese letters among the letters to be Vietnamese, not some other code page. */
function readsVietnamese(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const vietnamese =
    text.match(/[đăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu)?.length ?? 0;
  return letters > 0 && vietnamese / letters > 0.03;
}
