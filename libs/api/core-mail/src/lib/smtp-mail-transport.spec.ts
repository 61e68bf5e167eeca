import { createServer, type Server, type Socket } from 'node:net';
import { decodeHeaderText, splitEntity } from './mime';
import { SmtpMailTransport } from './smtp-mail-transport';

type Envelope = { mailFrom: string; rcptTo: string[]; data: string };

/**
 * Just enough of an SMTP server, on a free port of 127.0.0.1: a greeting, EHLO without extensions
 * (so no STARTTLS and no AUTH), MAIL, RCPT, DATA up to the lone dot, and QUIT.
 */
async function startFakeSmtpServer(): Promise<{ port: number; received: Envelope[]; close: () => Promise<void> }> {
  const received: Envelope[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let pending = '';
    let envelope: Envelope = { mailFrom: '', rcptTo: [], data: '' };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    socket.setEncoding('utf8');
    reply('220 fake.kbdm.local ESMTP');
    socket.on('data', (chunk: string) => {
      pending += chunk;
      for (;;) {
        if (inData) {
          const end = pending.indexOf('\r\n.\r\n');
          if (end < 0) return;
          envelope.data = pending.slice(0, end).replace(/^\.\./gm, '.');
          pending = pending.slice(end + 5);
          inData = false;
          received.push(envelope);
          reply('250 2.0.0 Ok: queued');
          continue;
        }
        const eol = pending.indexOf('\r\n');
        if (eol < 0) return;
        const line = pending.slice(0, eol);
        pending = pending.slice(eol + 2);
        const verb = line.split(' ')[0].toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 fake.kbdm.local');
        else if (verb === 'MAIL') {
          envelope = { mailFrom: line.slice('MAIL FROM:'.length), rcptTo: [], data: '' };
          reply('250 2.1.0 Ok');
        } else if (verb === 'RCPT') {
          envelope.rcptTo.push(line.slice('RCPT TO:'.length));
          reply('250 2.1.5 Ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'QUIT') {
          reply('221 2.0.0 Bye');
          socket.end();
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 2.0.0 Ok');
        else reply('502 5.5.2 Command not recognised');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The fake SMTP server has no port');
  return {
    port: address.port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('SmtpMailTransport', () => {
  let smtp: Awaited<ReturnType<typeof startFakeSmtpServer>>;

  beforeEach(async () => {
    smtp = await startFakeSmtpServer();
  });

  afterEach(async () => {
    await smtp.close();
  });

  it('hands the message to the SMTP server: envelope, Kazakh subject and text', async () => {
    const transport = new SmtpMailTransport({
      url: `smtp://127.0.0.1:${smtp.port}`,
      from: 'Karaganda Business Map <no-reply@kbdm.local>',
    });

    const { messageId } = await transport.send({
      to: 'Айгерім Сапарова <aigerim@example.kz>',
      subject: 'Өтінім мақұлданды',
      text: 'Your application was approved.',
    });
    transport.onModuleDestroy();

    expect(smtp.received).toHaveLength(1);
    const [envelope] = smtp.received;
    expect(envelope.mailFrom).toBe('<no-reply@kbdm.local>');
    expect(envelope.rcptTo).toEqual(['<aigerim@example.kz>']);
    const { headers, body } = splitEntity(envelope.data);
    expect(decodeHeaderText(headers.get('subject') ?? '')).toBe('Өтінім мақұлданды');
    expect(decodeHeaderText(headers.get('to') ?? '')).toMatch(/^"?Айгерім Сапарова"? <aigerim@example\.kz>$/);
    expect(headers.get('from')).toBe('Karaganda Business Map <no-reply@kbdm.local>');
    expect(headers.get('message-id')).toBe(messageId);
    expect(body).toContain('Your application was approved.');
  });

  it('does not authenticate or send in plain text when TLS is required and the server offers none', async () => {
    const transport = new SmtpMailTransport({
      url: `smtp://portal:s3cret@127.0.0.1:${smtp.port}?requireTLS=true`,
      from: 'no-reply@kbdm.local',
    });

    await expect(transport.send({ to: 'aigerim@example.kz', subject: 'Hi', text: 'Hi' })).rejects.toMatchObject({
      message: expect.stringMatching(/STARTTLS/i),
    });
    transport.onModuleDestroy();

    expect(smtp.received).toEqual([]);
  });

  it('fails a send the server cannot take without naming the password', async () => {
    const closed = await startFakeSmtpServer();
    const port = closed.port;
    await closed.close();
    const transport = new SmtpMailTransport({
      url: `smtp://portal:s3cret@127.0.0.1:${port}`,
      from: 'no-reply@kbdm.local',
    });

    const failure: unknown = await transport.send({ to: 'aigerim@example.kz', subject: 'Hi', text: 'Hi' }).then(
      () => null,
      (error: unknown) => error,
    );
    transport.onModuleDestroy();

    // nodemailer's errors come from outside Jest's realm, so they are checked by shape.
    expect(failure).toMatchObject({ message: expect.stringContaining('ECONNREFUSED') });
    expect(JSON.stringify(failure)).not.toContain('s3cret');
    expect(String((failure as { stack?: string }).stack)).not.toContain('s3cret');
    expect(smtp.received).toEqual([]);
  });
});
