/** A cell of an exported table: a number, a text, or a count withheld (written as `fewer`). */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';

function cell(value: CsvCell, fewer: string): string {
  const text = value === null ? fewer : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180, CRLF), starting with a UTF-8 byte order mark so that spreadsheets
 * read Cyrillic names right; a null count is written as the "fewer than 3" words.
 */
export function toCsv(header: string[], rows: CsvCell[][], fewer: string): string {
  return BOM + [header, ...rows].map((row) => row.map((value) => cell(value, fewer)).join(',')).join('\r\n') + '\r\n';
}

/** Saves the text as a CSV file in the browser, without asking the API. */
export function downloadCsv(document: Document, fileName: string, csv: string): void {
  saveBlob(document, fileName, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

/** Saves a file the browser holds (made here, or fetched from the API with the bearer token). */
export function saveBlob(document: Document, fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
