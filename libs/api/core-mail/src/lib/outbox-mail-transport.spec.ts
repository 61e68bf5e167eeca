import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxMailTransport, readOutbox } from './outbox-mail-transport';

const FROM = 'Karaganda Business Map <no-reply@kbdm.local>';

describe('OutboxMailTransport', () => {
  let dir: string;
  let outbox: OutboxMailTransport;

  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'kbdm-outbox-')), 'outbox');
    outbox = new OutboxMailTransport({ dir, from: FROM });
  });

  afterEach(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('writes an RFC 5322 message a mail client opens, named by its time and id', async () => {
    const { messageId } = await outbox.send({
      to: 'aigerim@example.kz',
      subject: 'Өтінім мақұлданды',
      text: 'Сәлеметсіз бе!\nСіздің өтініміңіз мақұлданды.',
    });

    const [name] = await readdir(dir);
    expect(name).toMatch(/^\d{8}T\d{6}\.\d{3}Z-[0-9a-f-]{36}\.eml$/);
    const eml = await readFile(join(dir, name), 'utf8');
    const [head, body] = eml.split('\r\n\r\n');
    expect(head.split('\r\n')).toEqual([
      'From: Karaganda Business Map <no-reply@kbdm.local>',
      'To: aigerim@example.kz',
      expect.stringMatching(/^Subject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/),
      expect.stringMatching(/^Date: \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/),
      `Message-ID: ${messageId}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ]);
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@kbdm\.local>$/);
    expect(body).toBe('Сәлеметсіз бе!\r\nСіздің өтініміңіз мақұлданды.\r\n');
    expect(head).toMatch(/^[\x20-\x7e\r\n]*$/);
  });

  it('reads back the Kazakh subject, the recipient and the text exactly', async () => {
    await outbox.send({
      to: 'Айгерім Сапарова <aigerim@example.kz>',
      subject: 'Өтінім мақұлданды',
      text: 'Құттықтаймыз!\n',
    });

    const [message] = await readOutbox(dir);

    expect(message).toMatchObject({
      from: FROM,
      to: 'Айгерім Сапарова <aigerim@example.kz>',
      subject: 'Өтінім мақұлданды',
      text: 'Құттықтаймыз!\n',
    });
    expect(message.html).toBeUndefined();
    expect(Math.abs(message.date.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('lists the messages oldest first and newest last, even within one millisecond', async () => {
    for (const n of [1, 2, 3, 4, 5])
      await outbox.send({ to: 'officer@example.kz', subject: `Заявка №${n}`, text: `${n}` });

    expect((await readOutbox(dir)).map((message) => message.subject)).toEqual([
      'Заявка №1',
      'Заявка №2',
      'Заявка №3',
      'Заявка №4',
      'Заявка №5',
    ]);
  });

  it('splits a long subject into encoded words of whole characters that fold onto short lines', async () => {
    const subject = 'Ваша заявка на участие в программе «Бизнес дорожная карта» одобрена 🎉, өтінім мақұлданды 🇰🇿';
    await outbox.send({ to: 'aigerim@example.kz', subject, text: '.' });

    const [name] = await readdir(dir);
    const eml = await readFile(join(dir, name), 'utf8');
    const subjectLines = (/^Subject: [^]*?(?=\r\nDate:)/m.exec(eml)?.[0] ?? '').split('\r\n');
    expect(subjectLines.length).toBeGreaterThan(2);
    expect(subjectLines.every((line) => line.length <= 78)).toBe(true);
    expect((await readOutbox(dir))[0].subject).toBe(subject);
  });

  it('keeps the HTML beside the text as alternatives', async () => {
    await outbox.send({
      to: 'aigerim@example.kz',
      subject: 'Заявка одобрена',
      text: 'Заявка одобрена.',
      html: '<p>Заявка <b>одобрена</b>.</p>',
    });

    const eml = await readFile(join(dir, (await readdir(dir))[0]), 'utf8');
    expect(eml).toMatch(/Content-Type: multipart\/alternative; boundary="kbdm-[0-9a-f-]{36}"/);
    expect(await readOutbox(dir)).toMatchObject([{ text: 'Заявка одобрена.', html: '<p>Заявка <b>одобрена</b>.</p>' }]);
  });

  it('writes a text with lines too long for 8bit as base64', async () => {
    const text = `${'ұзын жол '.repeat(200)}\nend`;
    await outbox.send({ to: 'aigerim@example.kz', subject: 'Long', text });

    const eml = await readFile(join(dir, (await readdir(dir))[0]), 'utf8');
    expect(eml).toContain('Content-Transfer-Encoding: base64');
    expect(eml.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    expect((await readOutbox(dir))[0].text).toBe(text);
  });

  it('refuses a recipient that would add a header, and writes nothing', async () => {
    await expect(
      outbox.send({ to: 'aigerim@example.kz\r\nBcc: everyone@example.kz', subject: 'Hi', text: 'Hi' }),
    ).rejects.toThrow(/line break/);
    await expect(outbox.send({ to: 'not an address', subject: 'Hi', text: 'Hi' })).rejects.toThrow(/address/);
    expect(await readOutbox(dir)).toEqual([]);
  });

  it('keeps a subject with a line break on its header line', async () => {
    await outbox.send({ to: 'aigerim@example.kz', subject: 'Hi\r\nBcc: everyone@example.kz', text: 'Hi' });

    const eml = await readFile(join(dir, (await readdir(dir))[0]), 'utf8');
    expect(eml).not.toMatch(/^Bcc:/m);
    expect((await readOutbox(dir))[0].subject).toBe('Hi\r\nBcc: everyone@example.kz');
  });

  it('reads an outbox nothing was written to yet as empty', async () => {
    expect(await readOutbox(join(dir, 'never-created'))).toEqual([]);
  });
});
