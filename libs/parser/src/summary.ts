import { capitalizeFirst } from './vietnamese-text';

const MAX = 160;

/** The work a task asks for, from its verb on, in at most a line. */
export function summarize(text: string): string {
  let s = text
    .replace(/\s+/g, ' ')
    .trim()
    // "... (cơ quan chủ trì: Sở Nội vụ; thời gian: Quý II/2024)": the fields are the task's own
    .replace(/\s*\((?:cơ quan|đơn vị|thời gian|thời hạn)\s[^()]*:[^()]*\)/giu, '')
    // "Giao Sở Tư pháp làm đầu mối, phối hợp ...": the work starts after the role's comma
    .replace(/^[\s,;:.]+/, '')
    .replace(/[\s,;:.]+$/, '')
    .replace(/\.\/\.?$/, '');
  if (s.length > MAX) {
    const cut = s.lastIndexOf(' ', MAX);
    s = s.slice(0, cut > 40 ? cut : MAX).replace(/[\s,;:]+$/, '') + '…';
  }
  return capitalizeFirst(s);
}
