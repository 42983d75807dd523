import { DueContext, findDuePhrases, findRecurrences } from './due-phrase';
import { ClauseReader, Reading, ReadingContext } from './responsibility';
import { summarize } from './summary';
import { MappedText } from './mapped-text';
import { splitClauses } from './clauses';
import { CellTable, TableRow, asDeadline } from './task-table';
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
    // a table with no column of who leads names them in the work's own words, if at all
    const reading = row.lead.trim()
      ? new ClauseReader(sentence, tokenize(sentence), ctx)
          .read(0, sentence.length, 0)
          .find((r) => r.subject)
      : subjectOfWork(row.content.text, ctx);
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

/** The first clause of a table's work cell that names who does it. */
function subjectOfWork(text: string, ctx: ReadingContext): Reading | undefined {
  const reader = new ClauseReader(text, tokenize(text), ctx);
  for (const c of splitClauses(text)) {
    const found = reader.read(c.start, c.end, c.sentence).find((r) => r.subject && !r.past);
    if (found) return found;
  }
  return undefined;
}

/**
 * The rows of a table copied one cell a line, as rows of named columns: the cell that names
 * only bodies leads (the next one, if it does too, helps), the last cell that reads as a
 * deadline is the completion time, and the cells before who leads are the work.
 */
export function cellTableRows(
  tables: readonly CellTable[],
  ctx: ReadingContext,
  due: Omit<DueContext, 'masked'>,
): TableRow[] {
  return tables.flatMap((table) =>
    table.rows.map((row) => {
      const cells = row.cells;
      const namesBodies = (c: MappedText) =>
        new ClauseReader(c.text, tokenize(c.text), ctx).isBareList(0, c.text.length);
      const isTime = (c: MappedText) =>
        findDuePhrases(asDeadline(c.text), due).length > 0 || findRecurrences(c.text).length > 0;
      let timeAt = -1;
      if (table.roles.includes('time'))
        for (let x = cells.length - 1; x > 0 && timeAt < 0; x--) if (isTime(cells[x])) timeAt = x;
      let leadAt = -1;
      if (table.roles.includes('lead'))
        for (let x = 1; x < cells.length && x !== timeAt && leadAt < 0; x++)
          if (namesBodies(cells[x])) leadAt = x;
      const partnerAt =
        leadAt > 0 &&
        table.roles.includes('partner') &&
        leadAt + 1 < cells.length &&
        leadAt + 1 !== timeAt &&
        namesBodies(cells[leadAt + 1])
          ? leadAt + 1
          : -1;
      const contentEnd = leadAt > 0 ? leadAt : timeAt > 0 ? timeAt : cells.length;
      const time = timeAt > 0 ? cells[timeAt].text : '';
      return {
        item: row.item,
        content: MappedText.join(cells.slice(0, contentEnd), '. '),
        lead: leadAt > 0 ? cells[leadAt].text : '',
        partners: partnerAt > 0 ? cells[partnerAt].text : '',
        due: asDeadline(time),
        dueWritten: time.trim(),
      };
    }),
  );
}
