import { Test } from '@nestjs/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreMailModule } from './core-mail.module';
import { MailTransport } from './mail-transport';
import { OutboxMailTransport, readOutbox } from './outbox-mail-transport';
import { SmtpMailTransport } from './smtp-mail-transport';

describe('CoreMailModule', () => {
  const saved = { ...process.env };
  let tmp: string;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'kbdm-mail-module-'));
    for (const name of ['MAIL_TRANSPORT', 'SMTP_URL', 'MAIL_FROM']) delete process.env[name];
    process.env['MAIL_OUTBOX_DIR'] = join(tmp, 'outbox');
  });

  afterEach(async () => {
    process.env = { ...saved };
    await rm(tmp, { recursive: true, force: true });
  });

  it('writes to the outbox unless told otherwise', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [CoreMailModule] }).compile();
    moduleRef.useLogger(false);
    const mail = moduleRef.get(MailTransport);

    expect(mail).toBeInstanceOf(OutboxMailTransport);
    await mail.send({ to: 'aigerim@example.kz', subject: 'Өтінім мақұлданды', text: 'Құттықтаймыз!' });
    expect(await readOutbox(join(tmp, 'outbox'))).toMatchObject([
      { from: 'Karaganda Business Map <no-reply@kbdm.local>', to: 'aigerim@example.kz', subject: 'Өтінім мақұлданды' },
    ]);
    await moduleRef.close();
  });

  it('sends over SMTP with MAIL_TRANSPORT=smtp', async () => {
    process.env['MAIL_TRANSPORT'] = 'smtp';
    process.env['SMTP_URL'] = 'smtp://portal:secret@127.0.0.1:2525';

    const moduleRef = await Test.createTestingModule({ imports: [CoreMailModule] }).compile();

    expect(moduleRef.get(MailTransport)).toBeInstanceOf(SmtpMailTransport);
    await moduleRef.close();
  });
});
