import { retryDelayMs } from './mail-dispatcher';
import { notificationMail } from './notification-text';

describe('notification e-mails', () => {
  it('say a status change in Kazakh, Russian and English with a link to the application', () => {
    const mail = notificationMail(
      'application.status_changed',
      { reference: 'KBDM-2026-000012', applicationId: 'a1', status: 'approved', subject: 'Bakery' },
      'https://kbdm.example.kz/',
    );
    expect(mail.subject).toBe('Заявка KBDM-2026-000012: одобрена / KBDM-2026-000012 өтінімі: мақұлданды');
    expect(mail.text).toContain('Application KBDM-2026-000012: approved');
    expect(mail.text).toContain('https://kbdm.example.kz/applications/a1');
    expect(mail.text).toContain('«Bakery»');
  });

  it('tell an investor of their request, with a link to it', () => {
    const mail = notificationMail(
      'investor_request.status_changed',
      { reference: 'INV-2026-000003', requestId: 'r1', status: 'under_negotiation' },
      'https://kbdm.example.kz',
    );
    expect(mail.subject).toBe('Запрос INV-2026-000003: идут переговоры / INV-2026-000003 сұрауы: келіссөз жүріп жатыр');
    expect(mail.text).toContain('Request INV-2026-000003: under negotiation');
    expect(mail.text).toContain('https://kbdm.example.kz/investors/requests/r1');
  });

  it('back off from 30 seconds to at most an hour', () => {
    expect([1, 2, 3, 10, 50].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 3_600_000, 3_600_000]);
  });
});
