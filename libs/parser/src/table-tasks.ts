import { DueContext, findDuePhrases, findRecurrences } from './due-phrase';
import { ClauseReader, ReadingContext } from './responsibility';
import { summarize } from './summary';
import type { TableRow } from './task-table';
import { tokenize } from './tokens';
import type { ParsedTask } from './types';

/**
 * Tasks of a task table: its units read as the sentence the row stands for ("<chủ trì> chủ
 * trì, phối hợp với <phối hợp> thực hiện"), so a cell is read like prose is.
 */
export function tableTasks(
  rows: readonly TableRow[],
  ctx: ReadingContext,
  due: Omit<DueContext, 'masked'>,
): ParsedTask[] {
  return rows.map((row) => {
    const sentence = row.partners.trim()
      ? `${row.lead} chủ trì, phối hợp với ${row.partners} thực hiện.`
      : `${row.lead} thực hiện.`;
    const reader = new ClauseReader(sentence, tokenize(sentence), ctx);
    const reading = reader.read(0, sentence.length, 0).find((r) => r.subject);
    const leads = reading?.subject ?? [];
    const partners = (reading?.partners ?? []).filter((p) => !leads.some((l) => l.name === p.name));
    const phrase = row.due ? findDuePhrases(row.due, due)[0] : undefined;
    // "Hằng năm", "Định kỳ hằng quý" in the completion cell, or in the work's own words
    const recurrence =
      findRecurrences(row.dueWritten)[0]?.recurrence ??
      findRecurrences(row.content.text)[0]?.recurrence ??
      null;
    const task: ParsedTask = {
      item: row.item,
      lead_units: leads.map((a) => a.name),
      coordinating_units: partners.map((a) => a.name),
      due: phrase?.due ?? null,
      due_phrase: phrase || recurrence ? row.dueWritten || null : null,
      recurrence,
      ...(phrase?.rule ? { due_rule: phrase.rule } : {}),
      summary: summarize(row.content.text),
      span: row.content.span(),
      unresolved_units: [...leads, ...partners]
        .filter((a) => a.kind !== 'unit' && a.kind !== 'group')
        .map((a) => a.name),
    };
    return task;
  });
}
