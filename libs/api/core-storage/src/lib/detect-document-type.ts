/** The kinds of document an application may carry. */
export type DocumentType = 'pdf' | 'jpeg' | 'png' | 'docx';

/** The media type each document is served with. */
export const DOCUMENT_MEDIA_TYPES: Record<DocumentType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** How much of a document's start `detectDocumentType` wants to see: a DOCX's first entries lie well within it. */
export const DOCUMENT_HEAD_BYTES = 64 * 1024;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_LOCAL_FILE = 0x04034b50; // PK\x03\x04, little-endian
const LOCAL_HEADER_LENGTH = 30;
const HAS_DATA_DESCRIPTOR = 0x0008;

const startsWith = (head: Uint8Array, signature: number[]): boolean =>
  head.length >= signature.length && signature.every((byte, i) => head[i] === byte);

/**
 * The document's type from its first bytes (at least `DOCUMENT_HEAD_BYTES` of it, or all of a
 * shorter one), never from its name or the type a browser claims: null for anything else.
 */
export function detectDocumentType(head: Uint8Array): DocumentType | null {
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, JPEG)) return 'jpeg';
  if (startsWith(head, PNG)) return 'png';
  if (isWordprocessingZip(head)) return 'docx';
  return null;
}

/**
 * A DOCX is an Office Open XML package: a ZIP whose entries include `[Content_Types].xml` (every
 * OOXML package has it) and the `word/` part. Word writes `[Content_Types].xml` first, LibreOffice
 * last; either way one of them appears among the first local file headers. An `xl/` or `ppt/`
 * entry marks a spreadsheet or a presentation, which is not a DOCX.
 */
function isWordprocessingZip(head: Uint8Array): boolean {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const decoder = new TextDecoder();
  let contentTypes = false;
  let word = false;
  let offset = 0;
  if (head.length < 4 || view.getUint32(0, true) !== ZIP_LOCAL_FILE) return false;
  while (offset + LOCAL_HEADER_LENGTH <= head.length && view.getUint32(offset, true) === ZIP_LOCAL_FILE) {
    const flags = view.getUint16(offset + 6, true);
    const compressedSize = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const nameStart = offset + LOCAL_HEADER_LENGTH;
    if (nameStart + nameLength > head.length) break;
    const name = decoder.decode(head.subarray(nameStart, nameStart + nameLength));
    if (name === '[Content_Types].xml') contentTypes = true;
    else if (name.startsWith('word/')) word = true;
    else if (name.startsWith('xl/') || name.startsWith('ppt/')) return false;
    const dataStart = nameStart + nameLength + extraLength;
    // A writer that streamed the entry gives its size only after the data: look for the next header.
    offset = flags & HAS_DATA_DESCRIPTOR ? nextLocalHeader(view, dataStart) : dataStart + compressedSize;
  }
  return contentTypes || word;
}

function nextLocalHeader(view: DataView, from: number): number {
  for (let at = from; at + 4 <= view.byteLength; at++) {
    if (view.getUint32(at, true) === ZIP_LOCAL_FILE) return at;
  }
  return view.byteLength;
}
