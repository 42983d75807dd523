import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { LetterModel } from '@dondoc/domain';

/** Half-points, as Word counts font sizes. */
const pt = (n: number) => n * 2;
const FONT = 'Times New Roman';

const run = (
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) =>
  new TextRun({
    text,
    font: FONT,
    bold: o.bold,
    italics: o.italics,
    size: pt(o.size ?? 14),
    underline: o.underline ? {} : undefined,
  });

const centred = (runs: TextRun[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: runs });

const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(12.7) },
    spacing: { before: 120, after: 120, line: 312 },
    children: [run(text)],
  });

const cell = (children: Paragraph[], width: number, borders = true) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.TOP,
    ...(borders ? {} : { borders: TableBorders.NONE }),
  });

/** A short line under the issuing body and the motto, as the decree draws it. */
const rule = () =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 60 },
    children: [run('────────', { size: 10 })],
  });

/**
 * The letter on A4 in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): margins 20/20/30/15
 * mm, Times New Roman, the header in two columns, "Kính gửi", a justified body with the
 * table of overdue tasks, "Nơi nhận" on the left and the signer on the right.
 */
export async function letterDocx(m: LetterModel): Promise<Buffer> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...(m.headerLeft.parent ? [centred([run(m.headerLeft.parent, { size: 13 })])] : []),
              centred([run(m.headerLeft.body, { size: 13, bold: true })]),
              rule(),
              centred([run(m.headerLeft.number, { size: 13 })], 60),
              centred([run(m.headerLeft.subject, { size: 12 })]),
            ],
            42,
            false,
          ),
          cell(
            [
              centred([run(m.headerRight.nation, { size: 13, bold: true })]),
              centred([run(m.headerRight.motto, { size: 14, bold: true })]),
              rule(),
              centred([run(m.headerRight.placeDate, { size: 14, italics: true })]),
            ],
            58,
            false,
          ),
        ],
      }),
    ],
  });

  const tableBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const widths = [6, 20, 32, 16, 13, 13];
  const tasks = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: tableBorder,
      bottom: tableBorder,
      left: tableBorder,
      right: tableBorder,
      insideHorizontal: tableBorder,
      insideVertical: tableBorder,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: m.table.headers.map((h, i) =>
          cell([centred([run(h, { bold: true, size: 12 })])], widths[i]),
        ),
      }),
      ...m.table.rows.map(
        (r) =>
          new TableRow({
            children: r.map((v, i) =>
              cell(
                [
                  new Paragraph({
                    alignment: [0, 4, 5].includes(i) ? AlignmentType.CENTER : AlignmentType.LEFT,
                    children: [run(v, { size: 12 })],
                  }),
                ],
                widths[i],
              ),
            ),
          }),
      ),
    ],
  });

  const footer = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({
                children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })],
              }),
              ...m.placesToReceive.map((l) => new Paragraph({ children: [run(l, { size: 11 })] })),
            ],
            50,
            false,
          ),
          cell(
            [
              ...m.signature.lines.map((l) => centred([run(l, { bold: true, size: 14 })])),
              ...Array.from({ length: 4 }, () => centred([run('')])),
              centred([run(m.signature.name, { bold: true, size: 14 })]),
            ],
            50,
            false,
          ),
        ],
      }),
    ],
  });

  const doc = new Document({
    creator: 'Đôn Đốc',
    title: m.headerLeft.subject,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            // A4; top and bottom 20 mm, left 30 mm, right 15 mm (twips, 1 mm ≈ 56.7).
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 851 },
          },
        },
        children: [
          header,
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          ...m.salutation.map((s, i) =>
            i === 0 || m.salutation.length === 1
              ? centred([run(s)], 120)
              : new Paragraph({
                  indent: { left: convertMillimetersToTwip(40) },
                  children: [run(s)],
                }),
          ),
          body(m.opening),
          tasks,
          ...m.request.map(body),
          body(m.closing),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          footer,
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
