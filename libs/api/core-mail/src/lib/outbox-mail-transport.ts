import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type MailMessage, MailTransport } from './mail-transport';
import {
  decodeBody,
  decodeHeaderText,
  encodeBody,
  encodeHeaderText,
  formatMailbox,
  formatMailDate,
  parseMailbox,
  splitEntity,
} from './mime';

/** A message read back from the outbox folder. */
export type OutboxMessage = {
  /** The `.eml` file's path. */
  file: string;
  messageId: string;
  date: Date;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
};

// File names begin with the time, so that their order is the order of sending; two messages
// in the same millisecond are given consecutive milliseconds.
let lastStamp = 0;
function nextStamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

/** ISO 8601 in its basic form (`20260312T080331.123Z`): no colons, which some file systems refuse. */
const fileTime = (date: Date): string => date.toISOString().replace(/[-:]/g, '');

/**
 * Writes each message as an RFC 5322 `.eml` file to a folder instead of sending it, for
 * development and the embedded default: `<dir>/<ISO time>-<id>.eml`, which any mail client opens.
 */
export class OutboxMailTransport extends MailTransport {
  private readonly from: string;
  private readonly domain: string;

  constructor(private readonly options: { dir: string; from: string }) {
    super();
    const from = parseMailbox(options.from);
    this.from = formatMailbox(from);
    this.domain = from.address.split('@')[1];
  }

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const id = randomUUID();
    const date = new Date(nextStamp());
    const messageId = `<${id}@${this.domain}>`;
    const headers = [
      `From: ${this.from}`,
      `To: ${formatMailbox(parseMailbox(message.to))}`,
      `Subject: ${encodeHeaderText(message.subject)}`,
      `Date: ${formatMailDate(date)}`,
      `Message-ID: ${messageId}`,
      'MIME-Version: 1.0',
    ];
    const file = join(this.options.dir, `${fileTime(date)}-${id}.eml`);
    await mkdir(this.options.dir, { recursive: true });
    // Written under another name first, so that a reader of the folder never finds half a message.
    await writeFile(`${file}.partial`, `${[...headers, ...bodyOf(message, id)].join('\r\n')}\r\n`, { flag: 'wx' });
    await rename(`${file}.partial`, file);
    return { messageId };
  }
}

/** The body's headers and the body: plain text alone, or text and HTML as alternatives. */
function bodyOf(message: MailMessage, id: string): string[] {
  const part = (type: 'plain' | 'html', content: string): string[] => {
    const { encoding, body } = encodeBody(content);
    return [`Content-Type: text/${type}; charset=utf-8`, `Content-Transfer-Encoding: ${encoding}`, '', body];
  };
  if (message.html === undefined) return part('plain', message.text);
  const boundary = `kbdm-${id}`;
  return [
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    ...part('plain', message.text),
    `--${boundary}`,
    ...part('html', message.html),
    `--${boundary}--`,
  ];
}

/** The messages in an outbox folder, oldest first and newest last; none if nothing was written yet. */
export async function readOutbox(dir: string): Promise<OutboxMessage[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = names.filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (name) => parseOutboxFile(join(dir, name), await readFile(join(dir, name), 'utf8'))),
  );
}

function parseOutboxFile(file: string, source: string): OutboxMessage {
  const { headers, body } = splitEntity(source);
  const header = (name: string): string => decodeHeaderText(headers.get(name) ?? '');
  const content = { text: '', html: undefined as string | undefined };
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    for (const section of body.split(`--${boundary}`).slice(1)) {
      if (section.startsWith('--')) break;
      const part = splitEntity(section.replace(/^\r\n/, ''));
      const text = decodeBody(part.body.replace(/\r\n$/, ''), part.headers.get('content-transfer-encoding'));
      if (part.headers.get('content-type')?.toLowerCase().startsWith('text/html')) content.html = text;
      else content.text = text;
    }
  } else {
    content.text = decodeBody(body.replace(/\r\n$/, ''), headers.get('content-transfer-encoding'));
  }
  return {
    file,
    messageId: header('message-id'),
    date: new Date(header('date')),
    from: header('from'),
    to: header('to'),
    subject: header('subject'),
    text: content.text,
    ...(content.html === undefined ? {} : { html: content.html }),
  };
}
