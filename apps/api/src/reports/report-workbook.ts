import ExcelJS from 'exceljs';

/** One column of a sheet: its Vietnamese header and how to read a row. */
export interface SheetColumn<T> {
  header: string;
  value: (row: T) => string | number | Date | null;
  /** Dates are written as dates (dd/mm/yyyy); rates as numbers with one decimal. */
  kind?: 'text' | 'number' | 'date' | 'percent';
}

export interface SheetSpec<T> {
  name: string;
  title: string;
  /** Lines above the table: the period, who it covers, the rules used. */
  notes: string[];
  columns: SheetColumn<T>[];
  rows: T[];
  /** Rows after the table (a total). */
  footer?: T[];
  /** A row's fill, e.g. red or green against a target. */
  fill?: (row: T) => 'red' | 'green' | null;
}

/** A local date (YYYY-MM-DD) as a spreadsheet date: midnight UTC, so no zone shifts the day. */
export function sheetDate(localDate: string | null): Date | null {
  if (!localDate) return null;
  const [y, m, d] = localDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const FILL = { red: 'FFF8CBAD', green: 'FFC6EFCE' } as const;

/**
 * Adds a sheet as a clerk pastes it into a unit's report: title and notes on top, a bold
 * header row frozen with filters, dates as dd/mm/yyyy, widths that fit the longest cell.
 */
export function addSheet<T>(wb: ExcelJS.Workbook, spec: SheetSpec<T>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name.slice(0, 31));
  ws.addRow([spec.title]).font = { bold: true, size: 14 };
  for (const n of spec.notes) ws.addRow([n]).font = { italic: true };
  ws.addRow([]);
  const headerRow = ws.addRow(spec.columns.map((c) => c.header));
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const write = (r: T, bold = false) => {
    const row = ws.addRow(spec.columns.map((c) => c.value(r)));
    if (bold) row.font = { bold: true };
    const fill = spec.fill?.(r);
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.kind === 'date') cell.numFmt = 'dd/mm/yyyy';
      if (c.kind === 'percent') cell.numFmt = '0.0';
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[fill] } };
    });
  };
  spec.rows.forEach((r) => write(r));
  spec.footer?.forEach((r) => write(r, true));
  const headerAt = headerRow.number;
  ws.views = [{ state: 'frozen', ySplit: headerAt, xSplit: 0 }];
  ws.autoFilter = {
    from: { row: headerAt, column: 1 },
    to: { row: headerAt + spec.rows.length, column: spec.columns.length },
  };
  spec.columns.forEach((c, i) => {
    const lengths = [
      c.header,
      ...[...spec.rows, ...(spec.footer ?? [])].map((r) => display(c.value(r), c.kind)),
    ].map((s) => s.length);
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, ...lengths) + 2);
  });
  return ws;
}

function display(v: string | number | Date | null, kind: SheetColumn<unknown>['kind']): string {
  if (v === null) return '';
  if (v instanceof Date) return '00/00/0000';
  if (kind === 'percent' && typeof v === 'number') return v.toFixed(1);
  return String(v);
}

export async function workbookBuffer(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Đôn Đốc';
  wb.created = new Date();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
