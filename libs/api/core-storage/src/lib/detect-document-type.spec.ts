import { crc32 } from 'node:zlib';
import { detectDocumentType, DOCUMENT_MEDIA_TYPES } from './detect-document-type';

type ZipEntry = { name: string; content: string; streamed?: boolean };

/**
 * A ZIP archive of stored (uncompressed) entries, as the format describes it: a local file header
 * before each entry's bytes, the central directory and its end record. A `streamed` entry leaves
 * its sizes out of the local header and gives them in a data descriptor after the bytes.
 */
function zip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const content = Buffer.from(entry.content);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.streamed ? 0x0008 : 0, 6);
    local.writeUInt32LE(entry.streamed ? 0 : crc, 14);
    local.writeUInt32LE(entry.streamed ? 0 : content.length, 18);
    local.writeUInt32LE(entry.streamed ? 0 : content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(entry.streamed ? 16 : 0);
    if (entry.streamed) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(content.length, 8);
      descriptor.writeUInt32LE(content.length, 12);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(entry.streamed ? 0x0008 : 0, 8);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(content.length, 20);
    header.writeUInt32LE(content.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, content, descriptor);
    offset += local.length + name.length + content.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
const DOCUMENT =
  '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';

describe('detectDocumentType', () => {
  it('knows a PDF by %PDF-', () => {
    expect(detectDocumentType(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'))).toBe('pdf');
  });

  it('knows a JPEG by its start-of-image marker', () => {
    expect(detectDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]))).toBe(
      'jpeg',
    );
    expect(detectDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34, 0x45, 0x78, 0x69, 0x66]))).toBe('jpeg');
  });

  it('knows a PNG by its eight-byte signature', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(detectDocumentType(png)).toBe('png');
    expect(detectDocumentType(png.subarray(0, 7))).toBeNull();
  });

  it('knows a DOCX as Word writes it: [Content_Types].xml first, then word/', () => {
    const docx = zip([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: '_rels/.rels', content: RELS },
      { name: 'word/document.xml', content: DOCUMENT },
    ]);
    expect(detectDocumentType(docx)).toBe('docx');
    expect(detectDocumentType(zip([{ name: '[Content_Types].xml', content: CONTENT_TYPES }]))).toBe('docx');
  });

  it('knows a DOCX whose writer streamed its entries and put [Content_Types].xml last', () => {
    const docx = zip([
      { name: '_rels/.rels', content: RELS, streamed: true },
      { name: 'docProps/core.xml', content: '<cp:coreProperties/>', streamed: true },
      { name: 'word/document.xml', content: DOCUMENT, streamed: true },
      { name: '[Content_Types].xml', content: CONTENT_TYPES, streamed: true },
    ]);
    expect(detectDocumentType(docx)).toBe('docx');
  });

  it('finds the word/ entry from the first 64 KiB of a larger package', () => {
    const docx = zip([
      { name: '_rels/.rels', content: RELS },
      { name: 'word/document.xml', content: DOCUMENT + ' '.repeat(200_000) },
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
    ]);
    expect(detectDocumentType(docx.subarray(0, 64 * 1024))).toBe('docx');
  });

  it('does not take an ordinary ZIP for a DOCX', () => {
    const archive = zip([
      { name: 'notes.txt', content: 'word/ is only mentioned here' },
      { name: 'photos/site.jpg', content: '\xff\xd8\xff' },
    ]);
    expect(detectDocumentType(archive)).toBeNull();
  });

  it('does not take a spreadsheet, another Office Open XML package, for a DOCX', () => {
    const xlsx = zip([
      { name: '[Content_Types].xml', content: CONTENT_TYPES.replace('word/document', 'xl/workbook') },
      { name: '_rels/.rels', content: RELS },
      { name: 'xl/workbook.xml', content: '<workbook/>' },
    ]);
    expect(detectDocumentType(xlsx)).toBeNull();
  });

  it('does not believe a file name: text renamed to .pdf is nothing', () => {
    expect(detectDocumentType(Buffer.from('Business plan, see attached PDF-1.7\n'))).toBeNull();
    expect(detectDocumentType(Buffer.from(' %PDF-1.7'))).toBeNull();
  });

  it('finds nothing in an empty or truncated start', () => {
    expect(detectDocumentType(new Uint8Array(0))).toBeNull();
    expect(detectDocumentType(Buffer.from('%PD'))).toBeNull();
    expect(detectDocumentType(Buffer.from('PK\x03\x04', 'latin1'))).toBeNull();
  });

  it('reads a head that is a view into a larger buffer', () => {
    const pool = Buffer.concat([Buffer.from('garbage'), zip([{ name: 'word/document.xml', content: DOCUMENT }])]);
    expect(detectDocumentType(pool.subarray(7))).toBe('docx');
  });

  it('names the media type of every kind', () => {
    expect(DOCUMENT_MEDIA_TYPES).toEqual({
      pdf: 'application/pdf',
      jpeg: 'image/jpeg',
      png: 'image/png',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });
});
