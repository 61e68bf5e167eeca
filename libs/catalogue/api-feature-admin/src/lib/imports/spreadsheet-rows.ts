import type { ImportFormat } from '@kbdm/catalogue/domain';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { pipeline, Readable, Transform } from 'node:stream';

/** A row of the sheet: its number as a spreadsheet program shows it (the header is 1) and its cells. */
export type SheetRow = { row: number; cells: string[] };

/** The file cannot be read as a table at all: nothing of it is imported. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

/** Counts the bytes passing through, for the progress bar. */
export function byteCounter(onBytes: (total: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      onBytes(total);
      done(null, chunk);
    },
  });
}

/** Whether the bytes start as a ZIP archive does (an XLSX is one). */
export function looksLikeXlsx(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** The rows of the first sheet of an XLSX or of a CSV, header first, empty rows left out. */
export function sheetRows(stream: Readable, format: ImportFormat): AsyncGenerator<SheetRow> {
  return format === 'xlsx' ? xlsxRows(stream) : csvRows(stream);
}

/** The delimiter of the header line: a spreadsheet program set to Russian saves `;`. */
function delimiterOf(head: string): string {
  const line = head.split(/\r?\n/, 1)[0] ?? '';
  const [best] = [',', ';', '\t'].map((d) => ({ d, n: line.split(d).length - 1 })).sort((a, b) => b.n - a.n);
  return best && best.n > 0 ? best.d : ',';
}

async function* csvRows(stream: Readable): AsyncGenerator<SheetRow> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = Buffer.from(first.value as Buffer);
  if (looksLikeXlsx(head)) throw new UnreadableFileError('The file is an XLSX workbook, not a CSV.');
  const delimiter = delimiterOf(head.toString('utf8').replace(/^\uFEFF/, ''));
  const rest = async function* () {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
  };
  const parser = parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, info: true });
  // A failure upstream (the file's stream closed early) reaches the loop below through the parser.
  pipeline(Readable.from(rest()), parser, () => undefined);
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      const cells = record.record;
      if (cells.every((c) => c.trim() === '')) continue;
      yield { row: record.info.records, cells };
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('CSV_')) {
      throw new UnreadableFileError(`The CSV cannot be read: ${error.message}`);
    }
    throw error;
  }
}

type CellValue = ExcelJS.CellValue;

/** A cell as the text a person sees in it: a number as digits, a date as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part: { text: string }) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText((value.result ?? null) as CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function* xlsxRows(stream: Readable): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    hyperlinks: 'cache',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        // `values` is 1-based: index 0 is always empty.
        const values = (row.values as CellValue[]).slice(1);
        const cells = Array.from(values, (v) => cellText(v ?? null));
        if (cells.every((c) => c.trim() === '')) continue;
        yield { row: row.number, cells };
      }
      // Only the first sheet is the catalogue; notes on other sheets are left alone.
      return;
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`The XLSX cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
