/** A mailbox as headers carry it: `address` or `Name <address>`. */
export type Mailbox = { name: string | null; address: string };

const ADDRESS = /^[^\s<>@"]+@[^\s<>@"]+$/;
const NAMED = /^(.*?)\s*<([^<>]+)>$/;

/** Reads `address` or `Name <address>`; refuses anything else, a line break above all (it would add headers). */
export function parseMailbox(value: string): Mailbox {
  if (/[\r\n]/.test(value)) throw new Error('A mail address cannot contain a line break');
  const trimmed = value.trim();
  const named = NAMED.exec(trimmed);
  const name = named ? named[1].replace(/^"(.*)"$/, '$1').trim() : null;
  const address = named ? named[2].trim() : trimmed;
  if (!ADDRESS.test(address)) throw new Error('Not a mail address');
  return { name: name === '' ? null : name, address };
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// An encoded-word may have 75 characters (RFC 2047 §2); 39 bytes make 52 of base64, and with
// `=?UTF-8?B?` and `?=` the word keeps even `Subject: ` within a 78-character line.
const WORD_BYTES = 39;

/**
 * A header value as RFC 2047 encoded-words when it is not plain printable ASCII: UTF-8 in base64,
 * each word whole characters, folded onto continuation lines. Subjects here are Kazakh and Russian.
 */
export function encodeHeaderText(value: string): string {
  if (PRINTABLE_ASCII.test(value) && !value.includes('=?') && value.length <= 900) return value;
  const words: string[] = [];
  let chunk = '';
  for (const character of value) {
    if (Buffer.byteLength(chunk + character) > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '' || words.length === 0) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`).join('\r\n ');
}

/** The text of a header with RFC 2047 encoded-words (B or Q) decoded; whitespace between two words is dropped. */
export function decodeHeaderText(value: string): string {
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g, (_word, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      return decoderFor(charset).decode(bytes);
    });
}

/** A decoder for the word's charset (`UTF-8*kk`: RFC 2231's language suffix is dropped); UTF-8 for an unknown one. */
function decoderFor(charset: string): TextDecoder {
  try {
    return new TextDecoder(charset.replace(/\*.*$/, ''));
  } catch {
    return new TextDecoder();
  }
}

// RFC 5322's specials: a display name with one of them must be a quoted string.
const SPECIALS = /[()<>[\]:;@\\,."]/;

/** A mailbox for a header: a name that is not plain ASCII as encoded-words, one with specials quoted. */
export function formatMailbox({ name, address }: Mailbox): string {
  if (name === null) return address;
  const shown =
    !PRINTABLE_ASCII.test(name) || name.includes('=?')
      ? encodeHeaderText(name)
      : SPECIALS.test(name)
        ? `"${name.replace(/(["\\])/g, '\\$1')}"`
        : name;
  return `${shown} <${address}>`;
}

/** An RFC 5322 date: `Thu, 12 Mar 2026 08:03:31 +0000`. */
export function formatMailDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/** A MIME part's transfer encoding and body: 8bit when every line fits the 998-byte limit, base64 otherwise. */
export function encodeBody(text: string): { encoding: '8bit' | 'base64'; body: string } {
  const crlf = text.replace(/\r\n|\r|\n/g, '\r\n');
  const fits = crlf.split('\r\n').every((line) => Buffer.byteLength(line) <= 998) && !crlf.includes('\0');
  if (fits) return { encoding: '8bit', body: crlf };
  const base64 = Buffer.from(crlf).toString('base64');
  return { encoding: 'base64', body: base64.replace(/.{76}(?=.)/g, '$&\r\n') };
}

/** Headers (names lower-cased, folded lines joined) and the body of a message or a MIME part. */
export function splitEntity(source: string): { headers: Map<string, string>; body: string } {
  const end = source.indexOf('\r\n\r\n');
  const head = end < 0 ? source : source.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n(?=[ \t])/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end < 0 ? '' : source.slice(end + 4) };
}

/** A part's body as text, its transfer encoding undone and its line ends back to `\n`. */
export function decodeBody(body: string, encoding: string | undefined): string {
  const text =
    encoding?.toLowerCase() === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  return text.replace(/\r\n/g, '\n');
}
