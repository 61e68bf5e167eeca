import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { cellText, looksLikeXlsx, type SheetRow, sheetRows, UnreadableFileError } from './spreadsheet-rows';

const all = async (rows: AsyncGenerator<SheetRow>) => {
  const out: SheetRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
};
const csvOf = (text: string, chunk = 7) => {
  const bytes = Buffer.from(text);
  // Small chunks: a row split across chunks must still come out whole.
  return Readable.from(
    Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk)),
  );
};

describe('sheetRows', () => {
  it('reads a CSV with a BOM, quoted cells and a line break inside a cell, numbering rows as a spreadsheet does', async () => {
    const rows = await all(
      sheetRows(csvOf('\uFEFFcode,name_ru\r\nA-1,"Кирпич, облицовочный"\r\n\r\nA-2,"две\nстроки"\r\n'), 'csv'),
    );
    expect(rows).toEqual([
      { row: 1, cells: ['code', 'name_ru'] },
      { row: 2, cells: ['A-1', 'Кирпич, облицовочный'] },
      { row: 4, cells: ['A-2', 'две\nстроки'] },
    ]);
  });

  it('takes the delimiter from the header: semicolons as a Russian-language spreadsheet program saves them', async () => {
    const rows = await all(sheetRows(csvOf('code;import_value_usd\nA;12,5\n'), 'csv'));
    expect(rows.map((r) => r.cells)).toEqual([
      ['code', 'import_value_usd'],
      ['A', '12,5'],
    ]);
  });

  it('refuses a CSV it cannot parse, and an XLSX sent as a CSV', async () => {
    await expect(all(sheetRows(csvOf('code,name\n"unclosed,x\n'), 'csv'))).rejects.toBeInstanceOf(UnreadableFileError);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(looksLikeXlsx(zip)).toBe(true);
    await expect(all(sheetRows(Readable.from([zip]), 'csv'))).rejects.toThrow('XLSX');
  });

  it('reads the first sheet of a workbook, numbers as digits, formulas as their results', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('catalogue');
    sheet.addRow(['code', 'jobs', 'total']);
    sheet.addRow(['B-1', 120, { formula: 'B2*2', result: 240 }]);
    workbook.addWorksheet('notes').addRow(['ignored']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const rows = await all(sheetRows(Readable.from([bytes]), 'xlsx'));
    expect(rows).toEqual([
      { row: 1, cells: ['code', 'jobs', 'total'] },
      { row: 2, cells: ['B-1', '120', '240'] },
    ]);
  });

  it('refuses bytes that are no workbook', async () => {
    await expect(
      all(sheetRows(Readable.from([Buffer.from('PK\u0003\u0004 not really')]), 'xlsx')),
    ).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('shows a cell as the text a person sees', () => {
    expect(cellText(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01');
    expect(cellText({ richText: [{ text: 'Кар' }, { text: 'ағанды' }] } as ExcelJS.CellValue)).toBe('Карағанды');
    expect(cellText(null)).toBe('');
  });
});
